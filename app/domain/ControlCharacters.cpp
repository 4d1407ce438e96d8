#include "app/domain/ControlCharacters.h"

namespace bd::ControlCharacters {

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069);
}

bool contains(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (isControl(c))
            return true;
    }
    return false;
}

QString strip(const QString &text)
{
    if (!contains(text, true))
        return text;
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || !isControl(c))
            clean += c;
    }
    return clean;
}

} // namespace bd::ControlCharacters
