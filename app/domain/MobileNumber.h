#pragma once

#include <QString>

namespace bd {

// A mainland mobile number: 11 digits starting 13-19. Staff type it with spaces, dashes
// or a +86 prefix; we keep the 11 digits.
class MobileNumber
{
public:
    static QString normalized(const QString &typed);
    static bool isValid(const QString &typed);
    static QString problemText();
};

} // namespace bd
