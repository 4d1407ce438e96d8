#pragma once

#include <QString>
#include <QVariant>

namespace bd {

class Store;

// The one door between personal-data columns and the rest of the code. Values of the
// columns listed here (ID number, phone, address, free-text notes) are kept in the file in
// their stored form and turned into plain text only here, so encryption at rest can live
// behind open()/seal() without every reader knowing about it.
//
// Code that reads or writes one of these columns with its own SQL must pass the value
// through open() (stored -> plain) or seal() (plain -> stored). Filters never compare
// these columns in SQL; exact and suffix lookups go through the search index.
class SensitiveColumns
{
public:
    static bool isSensitive(const QString &table, const QString &column);
    static QString open(const Store &store, const QVariant &stored);
    static QVariant seal(const Store &store, const QString &plain);
};

} // namespace bd
