#pragma once

#include <QList>
#include <QStringList>

namespace bd::admin {

// Rows printed as left-aligned columns on stdout; the first row is the header.
class TextTable
{
public:
    explicit TextTable(const QStringList &header) { m_rows << header; }
    void addRow(const QStringList &row) { m_rows << row; }
    void print() const;

private:
    QList<QStringList> m_rows;
};

} // namespace bd::admin
