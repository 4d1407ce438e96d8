#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace bd {

// A branch's baseline travels in pages: one table's rows at a time, encoded as CBOR
// (docs/SYNC_PROTOCOL.md, "Baseline"). The server stores the pages as made at import and
// hands them out unchanged; the workstation inserts a page's rows with one prepared
// statement through the sqlite3 C API, inside the transaction that also advances its
// page marker.
namespace BaselinePage {

// The tables a baseline carries, in an order that puts parents before children: the
// synchronised tables plus the append-only history tables (txn, customer_event,
// aum_snapshot), which are only ever inserted.
const QStringList &tables();

// Reads a workstation's SQLite file (read-only) and hands out its pages in order.
class Reader
{
public:
    explicit Reader(const QString &path, int rowsPerPage = 20000);
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }
    // The next page; false at the end (or on an error: see errorString()).
    bool next(QString *table, int *rows, QByteArray *body);
    // The branch this file belongs to (its only, or first, branch row): id, code, name.
    QStringList branch() const;
    // The ids of the file's customers kept by `branchId` (the server records them as that
    // branch's: only it may move them to another).
    QStringList customerIds(const QString &branchId) const;

    // The personal-data columns (SensitiveColumns) holding values sealed under the file's
    // own data key, as "table.column": pages of them would be unreadable anywhere else.
    QStringList sealedColumns() const;
    // Turns a sealed value into its plain text before it goes into a page (nullopt: it does
    // not open, and next() fails). Unset, values travel as stored.
    using Opener = std::function<std::optional<QByteArray>(const QByteArray &stored)>;
    void setOpener(Opener opener) { m_opener = std::move(opener); }

private:
    bool openTable();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_rows = nullptr;
    int m_rowsPerPage;
    int m_tableIndex = -1;
    QStringList m_columns;
    QList<bool> m_sensitive; // per column of m_columns
    Opener m_opener;
    QString m_error;
};

// The secondary indexes of the baseline tables, as CREATE INDEX statements. A load into
// an empty workstation drops them and creates them again at its end: building an index
// once over all rows is several times faster than keeping it up to date row by row.
QStringList secondaryIndexes(sqlite3 *db);

// Inserts the rows of one page into `db` (INSERT OR IGNORE: a row the workstation has
// already is kept); only columns this workstation knows are written. Runs inside the
// caller's transaction. Returns the number of rows inserted, or -1 with `error` set.
qint64 apply(sqlite3 *db, const QByteArray &body, QString *table, QString *error);

} // namespace BaselinePage

} // namespace bd
