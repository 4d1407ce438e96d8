#include "app/domain/Masking.h"

namespace bd::Masking {

namespace {
QString keepEnds(const QString &text, int head, int tail)
{
    if (text.size() <= head + tail)
        return QString(text.size(), QLatin1Char('*'));
    return text.left(head) + QString(text.size() - head - tail, QLatin1Char('*')) + text.right(tail);
}
} // namespace

QString idNumber(const QString &id)
{
    return id.isEmpty() ? QString() : keepEnds(id, 6, 4);
}

QString phone(const QString &phone)
{
    return phone.isEmpty() ? QString() : keepEnds(phone, 3, 4);
}

QString address(const QString &address)
{
    if (address.isEmpty())
        return {};
    // Keep the province/city/district part, which ends with one of these characters.
    for (const QChar marker : {QChar(u'区'), QChar(u'县'), QChar(u'市')}) {
        const qsizetype at = address.indexOf(marker);
        if (at > 0 && at < address.size() - 1)
            return address.left(at + 1) + QStringLiteral("****");
    }
    return address.left(qMin<qsizetype>(3, address.size())) + QStringLiteral("****");
}

QString accountNumber(const QString &account)
{
    return account.isEmpty() ? QString() : keepEnds(account, 4, 4);
}

QString name(const QString &name)
{
    if (name.size() <= 1)
        return name;
    if (name.size() == 2)
        return name.left(1) + QLatin1Char('*');
    return name.left(1) + QString(name.size() - 2, QLatin1Char('*')) + name.right(1);
}

} // namespace bd::Masking
