#include "app/rules/LocalText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace bd {

namespace {
const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");

bool chineseInUse()
{
    return QLocale().name().startsWith(QLatin1String("zh"));
}
} // namespace

QString LocalText::current() const
{
    return in(chineseInUse() ? kChinese : kEnglish);
}

QString LocalText::in(const QString &language) const
{
    const bool chineseFirst = language.startsWith(QLatin1String("zh"));
    const QString &first = chineseFirst ? chinese : english;
    return first.isEmpty() ? (chineseFirst ? english : chinese) : first;
}

QJsonValue LocalText::toJson() const
{
    return QJsonObject{{kEnglish, english}, {kChinese, chinese}};
}

LocalText LocalText::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(kEnglish).toString(), object.value(kChinese).toString()};
}

QStringList LocalTextList::current() const
{
    const QStringList &first = chineseInUse() ? chinese : english;
    return first.isEmpty() ? (chineseInUse() ? english : chinese) : first;
}

QJsonValue LocalTextList::toJson() const
{
    return QJsonObject{{kEnglish, QJsonArray::fromStringList(english)},
                       {kChinese, QJsonArray::fromStringList(chinese)}};
}

LocalTextList LocalTextList::fromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    auto list = [&](const QString &key) {
        QStringList items;
        for (const QJsonValue &item : object.value(key).toArray())
            items << item.toString();
        return items;
    };
    return {list(kEnglish), list(kChinese)};
}

} // namespace bd
