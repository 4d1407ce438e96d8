#include "app/domain/ResidentIdNumber.h"

#include <QCoreApplication>

namespace bd {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
} // namespace

QChar ResidentIdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheckChars[sum % 11]);
}

ResidentIdNumber::Problem ResidentIdNumber::check(const QString &text, const QDate &today)
{
    if (text.size() != 18)
        return Problem::Length;
    for (int i = 0; i < 17; ++i) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > '9')
            return Problem::Characters;
    }
    const QChar last = text.at(17).toUpper();
    if (!(last.isDigit() && last.unicode() <= '9') && last != QLatin1Char('X'))
        return Problem::Characters;
    const QDate birth = QDate::fromString(text.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth > today || birth.year() < 1900)
        return Problem::BirthDate;
    if (checkCharacter(QStringView(text).left(17)) != last)
        return Problem::CheckDigit;
    return Problem::None;
}

QString ResidentIdNumber::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Length:
        return QCoreApplication::translate("ResidentIdNumber", "An ID number has 18 characters.");
    case Problem::Characters:
        return QCoreApplication::translate("ResidentIdNumber",
                                           "An ID number is 17 digits followed by a digit or X.");
    case Problem::BirthDate:
        return QCoreApplication::translate("ResidentIdNumber",
                                           "The birth date in the ID number is not a real date.");
    case Problem::CheckDigit:
        return QCoreApplication::translate(
                "ResidentIdNumber", "The check digit does not match: please re-read the ID card.");
    }
    return {};
}

QString ResidentIdNumber::compose(const QString &areaCode, const QDate &birthDate, int sequence)
{
    const QString first17 = areaCode + birthDate.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + checkCharacter(first17);
}

QDate ResidentIdNumber::birthDate(const QString &valid)
{
    return QDate::fromString(valid.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

bool ResidentIdNumber::isMale(const QString &valid)
{
    return (valid.at(16).unicode() - '0') % 2 == 1;
}

} // namespace bd
