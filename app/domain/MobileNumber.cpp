#include "app/domain/MobileNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bd {

QString MobileNumber::normalized(const QString &typed)
{
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
    if (digits.startsWith(QStringLiteral("+86")))
        digits = digits.mid(3);
    else if (digits.startsWith(QStringLiteral("0086")))
        digits = digits.mid(4);
    return digits;
}

bool MobileNumber::isValid(const QString &typed)
{
    static const QRegularExpression pattern(QStringLiteral("^1[3-9]\\d{9}$"));
    return pattern.match(normalized(typed)).hasMatch();
}

QString MobileNumber::problemText()
{
    return QCoreApplication::translate("MobileNumber",
                                       "A mobile number has 11 digits and starts with 13 to 19.");
}

} // namespace bd
