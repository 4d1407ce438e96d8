#include "TextTable.h"

#include "Console.h"

namespace bd::admin {

void TextTable::print() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : m_rows) {
        QString text;
        for (qsizetype i = 0; i < row.size(); ++i)
            text += row.at(i).leftJustified(widths[i] + 2);
        Console::out(text.trimmed());
    }
}

} // namespace bd::admin
