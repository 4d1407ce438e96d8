#pragma once

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QString>

#include <functional>
#include <optional>

namespace bd {

// A baseline page (BaselinePage) opened as a CBOR map, for the server's filters that change
// a page before a desk gets it (PersonalDataFilter, BirthdayCareTasks): each read the map,
// its table and its columns the same way. Only a well-formed page opens (Qt 6.4 can crash
// reading a map out of a malformed one); the callers withhold anything else whole.
class OpenedPage
{
public:
    static std::optional<OpenedPage> open(const QByteArray &page);

    // Text of a page's value: the writer stores names as UTF-8 bytes, older pages as text.
    static QString textOf(const QCborValue &value);

    QString table() const { return textOf(m_map.value(QStringLiteral("table"))); }
    QCborArray columns() const { return m_map.value(QStringLiteral("columns")).toArray(); }
    // The last column the test holds for; -1 if none does.
    qsizetype lastColumn(const std::function<bool(const QString &name)> &test) const;
    QCborArray rows() const { return m_map.value(QStringLiteral("rows")).toArray(); }

    QCborMap &map() { return m_map; }
    // The page again with these rows.
    QByteArray withRows(const QCborArray &rows);

private:
    explicit OpenedPage(QCborMap map)
        : m_map(std::move(map))
    {
    }

    QCborMap m_map;
};

} // namespace bd
