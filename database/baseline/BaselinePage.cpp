#include "database/baseline/BaselinePage.h"

#include "app/common/SyncChange.h"
#include "database/baseline/RosterHashes.h"
#include "database/core/SensitiveColumns.h"
#include "database/sync/SyncState.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace bd::BaselinePage {

namespace {
QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
}

QString textAt(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

// The first column of each row of `sql`, which takes one text parameter.
QStringList firstColumn(sqlite3 *db, const char *sql, const QString &parameter)
{
    QStringList values;
    sqlite3_stmt *statement = nullptr;
    if (db && sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        const QByteArray bound = parameter.toUtf8();
        sqlite3_bind_text(statement, 1, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW)
            values << textAt(statement, 0);
    }
    sqlite3_finalize(statement);
    return values;
}

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    return firstColumn(db, "SELECT name FROM pragma_table_info(?)", table);
}

// A CBOR text or byte string in full (both are read the same way, chunk by chunk).
QByteArray readBytes(QCborStreamReader &reader)
{
    QByteArray bytes;
    if (reader.isByteArray()) {
        auto chunk = reader.readByteArray();
        while (chunk.status == QCborStreamReader::Ok) {
            bytes += chunk.data;
            chunk = reader.readByteArray();
        }
    } else {
        auto chunk = reader.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            bytes += chunk.data.toUtf8();
            chunk = reader.readString();
        }
    }
    return bytes;
}
} // namespace

const QStringList &tables()
{
    static const QStringList list = [] {
        QStringList ordered { QStringLiteral("branch"),      QStringLiteral("staff_user"),
                              QStringLiteral("tag"),         QStringLiteral("customer"),
                              QStringLiteral("txn"),         QStringLiteral("customer_event"),
                              QStringLiteral("aum_snapshot") };
        // The audit log stays out: it is each workstation's own hash chain, and goes up to
        // the server, never down to another workstation.
        for (const QString &table : SyncChange::syncedTables()) {
            if (!ordered.contains(table) && table != QLatin1String("audit_log"))
                ordered << table;
        }
        return ordered;
    }();
    return list;
}

QStringList secondaryIndexes(sqlite3 *db)
{
    QStringList statements;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' "
                           "AND sql IS NOT NULL ORDER BY name",
                           -1, &statement, nullptr)
        != SQLITE_OK)
        return statements;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        if (tables().contains(textAt(statement, 0)))
            statements << textAt(statement, 1);
    }
    sqlite3_finalize(statement);
    return statements;
}

Reader::Reader(const QString &path, int rowsPerPage)
    : m_rowsPerPage(rowsPerPage)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        m_error = QCoreApplication::translate("BaselinePage", "Cannot open %1: %2")
                          .arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

Reader::~Reader()
{
    sqlite3_finalize(m_rows);
    sqlite3_close(m_db);
}

QStringList Reader::branch() const
{
    sqlite3_stmt *statement = nullptr;
    QStringList row;
    if (!m_db)
        return row;
    // The branch a synced workstation recorded as its own (WorkstationBranch) comes first:
    // other branches' rows may be there as reference data.
    const QByteArray own = SyncState(m_db).branchId().toUtf8();
    if (sqlite3_prepare_v2(m_db,
                           "SELECT id, code, name FROM branch ORDER BY id IS ? DESC, created_at "
                           "LIMIT 1",
                           -1, &statement, nullptr)
                == SQLITE_OK
        && sqlite3_bind_text(statement, 1, own.constData(), int(own.size()), SQLITE_STATIC)
                == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < 3; ++c)
            row << textAt(statement, c);
    }
    sqlite3_finalize(statement);
    return row;
}

QStringList Reader::customerIds(const QString &branchId) const
{
    return firstColumn(m_db, "SELECT id FROM customer WHERE branch_id = ?", branchId);
}

QStringList Reader::sealedColumns() const
{
    QStringList sealed;
    for (const SensitiveColumns::Column &column : SensitiveColumns::all()) {
        const QString table = QString::fromLatin1(column.table);
        const QString name = QString::fromLatin1(column.column);
        if (!m_db || !columnsOf(m_db, table).contains(name))
            continue;
        const QByteArray sql = QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE "
                                              "substr(%2, 1, 5) IN ('enc1:', 'enc2:'))")
                                       .arg(quoted(table), quoted(name))
                                       .toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_int(statement, 0) != 0)
            sealed << table + QLatin1Char('.') + name;
        sqlite3_finalize(statement);
    }
    return sealed;
}

bool Reader::openTable()
{
    while (++m_tableIndex < tables().size()) {
        const QString table = tables().at(m_tableIndex);
        m_columns = columnsOf(m_db, table);
        if (m_columns.isEmpty())
            continue; // an older file without this table
        m_sensitive.clear();
        for (const QString &column : std::as_const(m_columns))
            m_sensitive << SensitiveColumns::isSensitive(table, column);
        QStringList names;
        for (const QString &column : std::as_const(m_columns)) {
            // The roster's hashes never reach the server's pages (RosterHashes).
            names << (RosterHashes::isHash(table, column) ? QStringLiteral("''")
                                                          : quoted(column));
        }
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2")
                                       .arg(names.join(QLatin1Char(',')), quoted(table))
                                       .toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &m_rows, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }
    return false;
}

bool Reader::next(QString *table, int *rows, QByteArray *body)
{
    if (!m_db)
        return false;
    for (;;) {
        if (!m_rows && !openTable())
            return false;
        body->clear();
        QCborStreamWriter writer(body);
        writer.startMap(3);
        writer.append(QLatin1String("table"));
        writer.append(tables().at(m_tableIndex));
        writer.append(QLatin1String("columns"));
        writer.startArray(quint64(m_columns.size()));
        for (const QString &column : std::as_const(m_columns))
            writer.append(column);
        writer.endArray();
        writer.append(QLatin1String("rows"));
        writer.startArray();
        int count = 0;
        int step = SQLITE_ROW;
        const int width = int(m_columns.size());
        while (count < m_rowsPerPage && (step = sqlite3_step(m_rows)) == SQLITE_ROW) {
            writer.startArray(quint64(width));
            for (int c = 0; c < width; ++c) {
                switch (sqlite3_column_type(m_rows, c)) {
                case SQLITE_INTEGER:
                    writer.append(qint64(sqlite3_column_int64(m_rows, c)));
                    break;
                case SQLITE_FLOAT:
                    writer.append(sqlite3_column_double(m_rows, c));
                    break;
                case SQLITE_NULL:
                    writer.appendNull();
                    break;
                default: { // text (UTF-8) and blobs travel as byte strings
                    const QByteArray stored = QByteArray::fromRawData(
                            static_cast<const char *>(sqlite3_column_blob(m_rows, c)),
                            sqlite3_column_bytes(m_rows, c));
                    if (!m_opener || !m_sensitive.at(c)) {
                        writer.append(stored);
                        break;
                    }
                    const std::optional<QByteArray> plain = m_opener(stored);
                    if (!plain) {
                        m_error = QCoreApplication::translate("BaselinePage",
                                                              "A value of %1.%2 does not open "
                                                              "with the file's data key.")
                                          .arg(tables().at(m_tableIndex), m_columns.at(c));
                        return false;
                    }
                    writer.append(*plain);
                }
                }
            }
            writer.endArray();
            ++count;
        }
        writer.endArray();
        writer.endMap();
        if (step != SQLITE_ROW && step != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        *table = tables().at(m_tableIndex);
        *rows = count;
        if (step == SQLITE_DONE) {
            sqlite3_finalize(m_rows);
            m_rows = nullptr;
        }
        if (count > 0)
            return true;
    }
}

qint64 apply(sqlite3 *db, const QByteArray &body, QString *table, QString *error)
{
    QCborStreamReader reader(body);
    auto fail = [&](const QString &why) {
        *error = why;
        return qint64(-1);
    };
    if (!reader.isMap() || !reader.enterContainer())
        return fail(
                QCoreApplication::translate("BaselinePage", "A baseline page is not a CBOR map."));
    QStringList columns;
    qint64 inserted = 0;
    while (reader.hasNext()) {
        if (!reader.isString() && !reader.isByteArray())
            return fail(QCoreApplication::translate("BaselinePage",
                                                    "A baseline page has a key that is not text."));
        const QByteArray key = readBytes(reader);
        if (key == "table") {
            *table = QString::fromUtf8(readBytes(reader));
            if (!tables().contains(*table))
                return fail(QCoreApplication::translate(
                                    "BaselinePage",
                                    "A baseline page names table %1, which is not replicated.")
                                    .arg(*table));
        } else if (key == "columns") {
            if (!reader.isArray() || !reader.enterContainer())
                return fail(QCoreApplication::translate(
                        "BaselinePage", "A baseline page's columns are not a list."));
            while (reader.hasNext())
                columns << QString::fromUtf8(readBytes(reader));
            reader.leaveContainer();
        } else if (key == "rows") {
            if (table->isEmpty() || columns.isEmpty())
                return fail(QCoreApplication::translate(
                        "BaselinePage", "A baseline page has rows before its table and columns."));
            // Only the columns this workstation has; the others are read and dropped.
            const QStringList local = columnsOf(db, *table);
            QVarLengthArray<int, 64> bindAt;
            QStringList names;
            for (const QString &column : std::as_const(columns)) {
                bindAt.append(local.contains(column) ? int(names.size()) + 1 : 0);
                if (local.contains(column))
                    names << quoted(column);
            }
            const QByteArray sql = QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES (%3)")
                                           .arg(quoted(*table), names.join(QLatin1Char(',')),
                                                QStringList(names.size(), QStringLiteral("?"))
                                                        .join(QLatin1Char(',')))
                                           .toUtf8();
            sqlite3_stmt *insert = nullptr;
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &insert, nullptr) != SQLITE_OK)
                return fail(QString::fromUtf8(sqlite3_errmsg(db)));
            if (!reader.isArray() || !reader.enterContainer()) {
                sqlite3_finalize(insert);
                return fail(QCoreApplication::translate("BaselinePage",
                                                        "A baseline page's rows are not a list."));
            }
            while (reader.hasNext()) {
                if (!reader.isArray() || !reader.enterContainer()) {
                    sqlite3_finalize(insert);
                    return fail(QCoreApplication::translate("BaselinePage",
                                                            "A baseline row is not a list."));
                }
                int c = 0;
                while (reader.hasNext()) {
                    const int at = c < bindAt.size() ? bindAt[c] : 0;
                    ++c;
                    if (reader.isInteger()) {
                        if (at)
                            sqlite3_bind_int64(insert, at, qint64(reader.toInteger()));
                        reader.next();
                    } else if (reader.isDouble()) {
                        if (at)
                            sqlite3_bind_double(insert, at, reader.toDouble());
                        reader.next();
                    } else if (reader.isString() || reader.isByteArray()) {
                        const QByteArray bytes = readBytes(reader);
                        if (at)
                            sqlite3_bind_text(insert, at, bytes.constData(), int(bytes.size()),
                                              SQLITE_TRANSIENT);
                    } else {
                        if (at)
                            sqlite3_bind_null(insert, at);
                        reader.next();
                    }
                }
                reader.leaveContainer();
                const int step = sqlite3_step(insert);
                if (step != SQLITE_DONE) {
                    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
                    sqlite3_finalize(insert);
                    return fail(why);
                }
                inserted += sqlite3_changes(db);
                sqlite3_reset(insert);
            }
            reader.leaveContainer();
            sqlite3_finalize(insert);
        } else {
            reader.next(); // a key from a newer server: skipped
        }
    }
    if (reader.lastError() != QCborError::NoError)
        return fail(QCoreApplication::translate("BaselinePage", "A baseline page is damaged: %1")
                            .arg(reader.lastError().toString()));
    return inserted;
}

} // namespace bd::BaselinePage
