#include "app/server/BirthdayCareTasks.h"

#include "app/server/OpenedPage.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"
#include "database/baseline/BranchSnapshot.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace bd {

namespace {
const QLatin1String kTable("care_task");
const QLatin1String kOpportunity("opportunity");
const QLatin1String kBirthday("birthday");

// Whether the fields say if the row is a birthday's: a care task by its kind, an
// opportunity by its event's kind or id (PersonalDataFilter::withheldWhole).
bool tellsKind(const QString &table, const QJsonObject &fields)
{
    if (table == kTable)
        return fields.contains(QStringLiteral("kind"));
    return fields.contains(QStringLiteral("event_kind")) || fields.contains(QStringLiteral("event_id"));
}

bool isBirthday(const QString &table, const QJsonObject &fields)
{
    if (table == kTable)
        return fields.value(QStringLiteral("kind")).toString() == kBirthday;
    return fields.value(QStringLiteral("event_kind")).toString() == kBirthday
            || fields.value(QStringLiteral("event_id")).toString().startsWith(QLatin1String("birthday-"));
}

bool covered(const QString &table)
{
    return table == kTable || table == kOpportunity;
}
} // namespace

BirthdayCareTasks::BirthdayCareTasks(const ServerDatabase &database, QString snapshotDirectory)
    : m_database(database)
    , m_snapshots(std::move(snapshotDirectory))
{
}

bool BirthdayCareTasks::named(const SyncChange &change)
{
    return covered(change.table) && isBirthday(change.table, change.fields);
}

bool BirthdayCareTasks::isOne(const SyncChange &change, const QSet<QString> &rows)
{
    return covered(change.table) && rows.contains(change.rowId);
}

Result<QSet<QString>> BirthdayCareTasks::among(const BranchId &branch,
                                               const QList<SyncChange> &changes) const
{
    QSet<QString> birthdays;
    QSet<QString> named; // rows a change of this page gives the kind of
    for (const SyncChange &change : changes) {
        if (!covered(change.table) || !tellsKind(change.table, change.fields))
            continue;
        named.insert(change.rowId);
        if (BirthdayCareTasks::named(change))
            birthdays.insert(change.rowId);
    }
    for (const QLatin1String table : {kTable, kOpportunity}) {
        QStringList unknown;
        QSet<QString> seen;
        for (const SyncChange &change : changes) {
            if (change.table == table && !named.contains(change.rowId) && !seen.contains(change.rowId)) {
                seen.insert(change.rowId);
                unknown << change.rowId;
            }
        }
        if (unknown.isEmpty())
            continue;
        const Result<QHash<QString, bool>> logged = loggedKinds(branch, table, unknown);
        if (!logged)
            return logged.error();
        QStringList notLogged;
        for (const QString &rowId : std::as_const(unknown)) {
            if (!logged->contains(rowId))
                notLogged << rowId;
            else if (logged->value(rowId))
                birthdays.insert(rowId);
        }
        if (!notLogged.isEmpty())
            birthdays.unite(inSnapshot(branch, table, notLogged));
    }
    return birthdays;
}

Result<QHash<QString, bool>> BirthdayCareTasks::loggedKinds(const BranchId &branch,
                                                             const QString &table,
                                                             const QStringList &rowIds) const
{
    // The rows' other changes, a few hundred rows per statement (bound, not spliced: a row id
    // is whatever a desk sent).
    constexpr qsizetype kPerStatement = 200;
    QHash<QString, bool> kinds;
    for (qsizetype from = 0; from < rowIds.size(); from += kPerStatement) {
        const QStringList some = rowIds.mid(from, kPerStatement);
        ServerStatement query(
                m_database.connection(),
                // Found by (table_name, row_id); the branch is checked here, as a condition
                // it would lead SQLite to scan the branch's log by its key instead.
                QStringLiteral("SELECT row_id, branch_id, %1 FROM change_log WHERE "
                               "table_name = ? AND row_id IN (%2)")
                        .arg(m_database.dialect().asText(QStringLiteral("fields")),
                             QStringList(some.size(), QStringLiteral("?")).join(u',')));
        QVariantList values{table};
        for (const QString &rowId : some)
            values << rowId;
        if (Result<> read = query.run(values); !read)
            return read.error();
        while (query.next()) {
            if (query.value(1).toString() != branch.toString())
                continue;
            const QJsonObject fields
                    = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
            if (!tellsKind(table, fields))
                continue;
            bool &birthday = kinds[query.value(0).toString()];
            birthday = birthday || isBirthday(table, fields);
        }
        query.finish();
    }
    return kinds;
}

// The snapshot is a workstation file (SQLite) made by import-branch and folded into at
// retention; a branch without one has no rows from before its log.
QSet<QString> BirthdayCareTasks::inSnapshot(const BranchId &branch, const QString &table,
                                            const QStringList &rowIds) const
{
    QSet<QString> found;
    const QString path = BranchSnapshot(m_snapshots).filePath(branch.toString());
    if (m_snapshots.isEmpty() || !QFileInfo::exists(path))
        return found;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db,
                              table == kTable
                                      ? "SELECT 1 FROM care_task WHERE id = ? AND kind = 'birthday'"
                                      : "SELECT 1 FROM opportunity WHERE id = ? AND (event_kind = "
                                        "'birthday' OR event_id LIKE 'birthday-%')",
                              -1, &statement, nullptr)
                == SQLITE_OK) {
        for (const QString &rowId : rowIds) {
            const QByteArray id = rowId.toUtf8();
            sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(statement) == SQLITE_ROW)
                found.insert(rowId);
            sqlite3_reset(statement);
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return found;
}

QByteArray BirthdayCareTasks::withoutTheirRows(const QByteArray &page)
{
    // A page names its table first: only care_task pages are looked into.
    if (!page.left(64).contains("care_task"))
        return page;
    std::optional<OpenedPage> opened = OpenedPage::open(page);
    if (!opened)
        return {};
    if (opened->table() != kTable)
        return page;
    const qsizetype kind
            = opened->lastColumn([](const QString &name) { return name == QLatin1String("kind"); });
    if (kind < 0)
        return page;
    const QCborArray rows = opened->rows();
    QCborArray kept;
    for (const QCborValue &row : rows) {
        if (OpenedPage::textOf(row.toArray().at(kind)) != kBirthday)
            kept.append(row);
    }
    if (kept.size() == rows.size())
        return page;
    return opened->withRows(kept);
}

} // namespace bd
