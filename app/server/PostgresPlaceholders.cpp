#include "app/server/PostgresPlaceholders.h"

namespace bd {

namespace {

// Characters that continue a name (PostgreSQL takes any non-ASCII character as a letter,
// and $ inside a name: x$y$ is a name, not the start of a dollar quote).
bool continuesName(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

bool startsTag(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool continuesTag(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.unicode() >= 0x80;
}

// Past the quote closing the one at `open`: a doubled quote stands for itself, and in an
// escape string a backslash takes the next character with it (E'it\'s').
qsizetype pastQuoted(const QString &text, qsizetype open, bool backslashEscapes)
{
    const QChar quote = text.at(open);
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (backslashEscapes && c == u'\\') {
            ++i;
        } else if (c == quote) {
            if (i + 1 < text.size() && text.at(i + 1) == quote)
                ++i;
            else
                return i + 1;
        }
    }
    return text.size();
}

// E'...' or e'...': the E stands alone, not as the end of a name (a typed constant such as
// name'x\' is a standard string).
bool isEscapeString(const QString &text, qsizetype quote)
{
    if (quote < 1 || (text.at(quote - 1) != u'E' && text.at(quote - 1) != u'e'))
        return false;
    return quote < 2 || !continuesName(text.at(quote - 2));
}

// Past the */ closing the /* at `open`; block comments nest.
qsizetype pastBlockComment(const QString &text, qsizetype open)
{
    int depth = 0;
    qsizetype i = open;
    while (i + 1 < text.size()) {
        if (text.at(i) == u'/' && text.at(i + 1) == u'*') {
            ++depth;
            i += 2;
        } else if (text.at(i) == u'*' && text.at(i + 1) == u'/') {
            i += 2;
            if (--depth == 0)
                return i;
        } else {
            ++i;
        }
    }
    return text.size();
}

qsizetype pastLineComment(const QString &text, qsizetype open)
{
    qsizetype i = open;
    while (i < text.size() && text.at(i) != u'\n' && text.at(i) != u'\r')
        ++i;
    return i;
}

// Past the $tag$ closing the one at `open`, or -1 when no dollar quote opens there (a lone
// $, $1, or a $ inside a name).
qsizetype pastDollarQuote(const QString &text, qsizetype open)
{
    if (text.at(open) != u'$' || (open > 0 && continuesName(text.at(open - 1))))
        return -1;
    qsizetype i = open + 1;
    if (i < text.size() && startsTag(text.at(i))) {
        while (i < text.size() && continuesTag(text.at(i)))
            ++i;
    }
    if (i >= text.size() || text.at(i) != u'$')
        return -1;
    const QStringView tag = QStringView(text).mid(open, i - open + 1);
    const qsizetype close = text.indexOf(tag, i + 1);
    return close < 0 ? text.size() : close + tag.size();
}

} // namespace

QList<qsizetype> postgresPlaceholders(const QString &statement)
{
    QList<qsizetype> found;
    qsizetype i = 0;
    while (i < statement.size()) {
        const QChar c = statement.at(i);
        const QChar next = i + 1 < statement.size() ? statement.at(i + 1) : QChar();
        if (c == u'\'') {
            i = pastQuoted(statement, i, isEscapeString(statement, i));
        } else if (c == u'"') {
            i = pastQuoted(statement, i, false);
        } else if (c == u'-' && next == u'-') {
            i = pastLineComment(statement, i);
        } else if (c == u'/' && next == u'*') {
            i = pastBlockComment(statement, i);
        } else if (const qsizetype end = pastDollarQuote(statement, i); end > 0) {
            i = end;
        } else {
            if (c == u'?')
                found << i;
            ++i;
        }
    }
    return found;
}

} // namespace bd
