#pragma once

#include "app/common/SyncChange.h"
#include "app/server/LoggedRowField.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace bd {

// A field of a row as the branch's log will have it once the changes of one push taken so far
// are stored: the log's (its first value, LoggedRowField), else the first value those changes
// gave it, in the push's order. A push is checked change by change before any of it is
// stored, so a check reading the log alone would not see a row the same push brought (a
// contact logged and voided offline goes up as two changes of one push). Counting the
// changes already taken is what the log holds had the push been split there, so it allows
// nothing a desk could not get by sending the same changes in two pushes.
class PushedRowField
{
public:
    explicit PushedRowField(LoggedRowField logged)
        : m_logged(std::move(logged))
    {
    }

    // A change of this push that passed every check and will be stored.
    void take(const SyncChange &change);
    QString operator()(const QString &table, const QString &rowId, const QString &field) const;

private:
    static QString key(const QString &table, const QString &rowId);

    LoggedRowField m_logged;
    QHash<QString, QJsonObject> m_taken; // table/row id -> the first value of each field
};

} // namespace bd
