#pragma once

#include <QDate>
#include <QString>

namespace bd {

// A mainland resident identity number (GB 11643-1999): 6-digit area code, birth date
// YYYYMMDD, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
class ResidentIdNumber
{
public:
    enum class Problem { None, Length, Characters, BirthDate, CheckDigit };

    static Problem check(const QString &text, const QDate &today = QDate::currentDate());
    static bool isValid(const QString &text) { return check(text) == Problem::None; }
    static QString problemText(Problem problem);

    static QChar checkCharacter(QStringView first17Digits);
    // Builds a valid number; the generator and tests use it.
    static QString compose(const QString &areaCode, const QDate &birthDate, int sequence);

    static QDate birthDate(const QString &valid);
    static bool isMale(const QString &valid);
};

} // namespace bd
