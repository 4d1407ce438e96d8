#include "app/rules/RuleReader.h"

#include "app/rules/RuleFile.h"

#include <QJsonArray>

#include <cmath>

namespace bd {

QString RuleReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void RuleReader::onlyKeys(const QJsonObject &object, const QString &path, const QStringList &keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            problem(join(path, it.key().left(40)),
                    tr("unknown key; expected one of: %1.").arg(keys.join(QStringLiteral(", "))));
    }
}

std::optional<qint64> RuleReader::integer(const QJsonObject &object, const QString &key,
                              const QString &path, qint64 minimum, qint64 maximum,
                              std::optional<qint64> fallback)
{
    const QJsonValue value = object.value(key);
    const QString at = join(path, key);
    if (value.isUndefined()) {
        if (!fallback)
            problem(at, tr("is missing."));
        return fallback;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number != std::trunc(number)) {
        problem(at, tr("must be a whole number."));
        return std::nullopt;
    }
    if (number < double(minimum) || number > double(maximum)) {
        problem(at, tr("must be between %1 and %2.").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> RuleReader::boolean(const QJsonObject &object, const QString &key, const QString &path,
                            bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        problem(join(path, key), tr("must be true or false."));
        return std::nullopt;
    }
    return value.toBool();
}

QString RuleReader::code(const QJsonObject &object, const QString &key, const QString &path,
             const QStringList &allowed, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    const QString at = join(path, key);
    if (value.isUndefined()) {
        if (fallback.isEmpty())
            problem(at, tr("is missing."));
        return fallback;
    }
    if (!value.isString() || !allowed.contains(value.toString())) {
        problem(at, tr("\"%1\" is not one of: %2.")
                            .arg(value.toVariant().toString().left(40),
                                 allowed.join(QStringLiteral(", "))));
        return {};
    }
    return value.toString();
}

bool RuleReader::text(const QJsonValue &value, const QString &at, bool required)
{
    if (value.isUndefined() && !required)
        return false;
    if (!value.isString()) {
        problem(at, tr("must be text."));
        return false;
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty()) {
        problem(at, tr("must not be empty."));
        return false;
    }
    if (text.size() > RuleFile::kMaxTextLength) {
        problem(at, tr("is longer than %1 characters.").arg(RuleFile::kMaxTextLength));
        return false;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            problem(at, tr("contains a control character."));
            return false;
        }
    }
    return true;
}

LocalText RuleReader::localText(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString at = join(path, key);
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        problem(at, tr("must be an object with \"en\" and \"zh_CN\" texts."));
        return {};
    }
    const QJsonObject texts = value.toObject();
    onlyKeys(texts, at, {QStringLiteral("en"), QStringLiteral("zh_CN")});
    bool ok = text(texts.value(QStringLiteral("en")), join(at, QStringLiteral("en")), true);
    ok = text(texts.value(QStringLiteral("zh_CN")), join(at, QStringLiteral("zh_CN")), true) && ok;
    return ok ? LocalText::fromJson(value) : LocalText();
}

LocalTextList RuleReader::talkingPoints(const QJsonValue &value, const QString &at)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        problem(at, tr("must be an object with \"en\" and \"zh_CN\" lists."));
        return {};
    }
    const QJsonObject lists = value.toObject();
    onlyKeys(lists, at, {QStringLiteral("en"), QStringLiteral("zh_CN")});
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QJsonValue list = lists.value(language);
        const QString listAt = join(at, language);
        if (!list.isArray() || list.toArray().isEmpty()) {
            problem(listAt, tr("must be a non-empty list of texts."));
            continue;
        }
        if (list.toArray().size() > RuleFile::kMaxTalkingPoints)
            problem(listAt, tr("has more than %1 points.").arg(RuleFile::kMaxTalkingPoints));
        const QJsonArray items = list.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            text(items.at(i), QStringLiteral("%1[%2]").arg(listAt).arg(i), true);
    }
    return LocalTextList::fromJson(value);
}

ContactSettings RuleReader::contact(const QJsonValue &value, const QString &at)
{
    ContactSettings settings;
    if (value.isUndefined())
        return settings;
    if (!value.isObject()) {
        problem(at, tr("must be an object."));
        return settings;
    }
    const QJsonObject object = value.toObject();
    onlyKeys(object, at,
             {QStringLiteral("require_marketing_consent"), QStringLiteral("max_marketing_contacts"),
              QStringLiteral("period_days"), QStringLiteral("quiet_from"),
              QStringLiteral("quiet_until")});
    settings.requireMarketingConsent
            = boolean(object, QStringLiteral("require_marketing_consent"), at, true).value_or(true);
    settings.maxMarketingContacts = int(
            integer(object, QStringLiteral("max_marketing_contacts"), at, 0, 100, 2).value_or(2));
    settings.periodDays
            = int(integer(object, QStringLiteral("period_days"), at, 1, 366, 30).value_or(30));
    for (const auto &[key, time] :
         {std::pair{QStringLiteral("quiet_from"), &settings.quietFrom},
          std::pair{QStringLiteral("quiet_until"), &settings.quietUntil}}) {
        const QJsonValue clock = object.value(key);
        if (clock.isUndefined())
            continue;
        const QTime parsed = QTime::fromString(clock.toString(), QStringLiteral("HH:mm"));
        if (!clock.isString() || !parsed.isValid())
            problem(join(at, key), tr("must be a time of day like 21:00."));
        else
            *time = parsed;
    }
    return settings;
}

} // namespace bd
