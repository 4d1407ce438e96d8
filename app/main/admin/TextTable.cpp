#include "app/main/admin/TextTable.h"

#include "app/main/admin/Console.h"

namespace bd::admin {

namespace {
// Columns a terminal gives the text: Chinese characters (East Asian wide and full-width
// forms) take two, so that names and labels still line up.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const uint c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}
} // namespace

void TextTable::print() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
        }
    }
    for (const QStringList &row : m_rows) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i)
            text += row.at(i) + QString(widths[i] + 2 - displayWidth(row.at(i)), QLatin1Char(' '));
        Console::out(text.trimmed());
    }
}

} // namespace bd::admin
