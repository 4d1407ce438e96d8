#pragma once

// What the fault test (tst_fault_run) checks once everyone has synced until quiet: the
// same rows in every synced table everywhere, no erased value left anywhere, every change
// a workstation recorded in the server's log exactly once. Each check returns the problems
// it found as lines to print, empty when all is well.
#include "app/common/SyncChange.h"
#include "database/core/Store.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace bd::test {

class FaultChecks
{
public:
    // Columns that are each copy's own bookkeeping, not synced: when the row was last
    // written here and its local edit counter (a fresh download starts at 1), and who
    // signed in here and when.
    static QStringList localColumns(const QString &table)
    {
        QStringList columns{QStringLiteral("updated_at"), QStringLiteral("version")};
        if (table == QLatin1String("staff_user"))
            columns << QStringLiteral("failed_attempts") << QStringLiteral("locked_until")
                    << QStringLiteral("last_sign_in_at") << QStringLiteral("password_hash");
        return columns;
    }

    // The rows of one table as text, one line per row ordered by id, without local columns.
    static QStringList rows(QSqlDatabase db, const QString &table)
    {
        QSqlQuery query(db);
        QStringList lines;
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return {QStringLiteral("<cannot read %1>").arg(table)};
        const QStringList skipped = localColumns(table);
        while (query.next()) {
            QStringList values;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                if (!skipped.contains(record.fieldName(i)))
                    values << record.fieldName(i) + QLatin1Char('=')
                                    + (query.isNull(i) ? QStringLiteral("NULL")
                                                       : query.value(i).toString());
            lines << values.join(QLatin1Char('|'));
        }
        return lines;
    }

    static QByteArray digest(const QStringList &lines)
    {
        return QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(),
                                        QCryptographicHash::Sha256)
                .toHex()
                .left(16);
    }

    // Every synced table compared between the stores (the first is the reference): on a
    // mismatch, the rows one side has and the other has not (at most 10 of each).
    static QStringList sameRows(const QList<Store *> &stores, const QStringList &names,
                                int *tablesCompared, qint64 *rowsCompared)
    {
        QStringList problems;
        *tablesCompared = 0;
        *rowsCompared = 0;
        for (const QString &table : SyncChange::syncedTables()) {
            const QStringList reference = rows(stores.first()->database(), table);
            ++*tablesCompared;
            *rowsCompared += reference.size();
            for (int i = 1; i < stores.size(); ++i) {
                const QStringList other = rows(stores.at(i)->database(), table);
                if (digest(other) == digest(reference))
                    continue;
                problems << QStringLiteral("table %1: %2 has %3 rows (%4), %5 has %6 rows (%7)")
                                    .arg(table, names.first()).arg(reference.size())
                                    .arg(QString::fromLatin1(digest(reference)), names.at(i))
                                    .arg(other.size()).arg(QString::fromLatin1(digest(other)));
                problems << differences(reference, other, names.first(), names.at(i));
            }
        }
        return problems;
    }

    // Tables and columns of a database holding one of `values` (erased personal data).
    static QStringList erasedValuesIn(QSqlDatabase db, const QStringList &values,
                                      const QString &where)
    {
        QStringList found;
        if (values.isEmpty())
            return found;
        // "值1301B-8" is not found in "值1301B-81": a value ends where no digit follows (and
        // a phone number starts where none precedes).
        QList<QRegularExpression> patterns;
        for (const QString &value : values)
            patterns << QRegularExpression(QStringLiteral("(?<!\\d)")
                                           + QRegularExpression::escape(value)
                                           + QStringLiteral("(?!\\d)"));
        QStringList tables;
        QSqlQuery list(db);
        if (db.driverName() == QLatin1String("QPSQL"))
            list.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        else
            list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%'"));
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                continue;
            while (query.next()) {
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QString text = query.value(i).toString();
                    for (int v = 0; v < values.size(); ++v)
                        if (!values.at(v).isEmpty() && text.contains(values.at(v))
                            && text.contains(patterns.at(v)))
                            found << QStringLiteral("%1: %2.%3 holds erased \"%4\"")
                                             .arg(where, table, record.fieldName(i), values.at(v));
                }
            }
        }
        return found;
    }

    // Every change id a workstation recorded must be in the server's log exactly once.
    static QStringList inServerLogOnce(QSqlDatabase server, const QSet<QString> &recorded,
                                       int *found)
    {
        QHash<QString, int> counts;
        QSqlQuery query(server);
        query.exec(QStringLiteral("SELECT change_id FROM change_log"));
        while (query.next())
            ++counts[query.value(0).toString()];
        QStringList problems;
        *found = 0;
        for (const QString &id : recorded) {
            const int count = counts.value(id);
            if (count == 1)
                ++*found;
            else
                problems << QStringLiteral("change %1 is in the server's log %2 times")
                                    .arg(id).arg(count);
        }
        std::sort(problems.begin(), problems.end());
        return problems.mid(0, 30);
    }

    // A workstation's audit chain as the server holds it, once everything has settled: every
    // entry the desk wrote (an auditor reads the server's copy), none missing between, the
    // same hashes, so the server's count, last seq and last hash are the desk's. A restore
    // of the server's store loses the entries after its backup: the desk must send them again.
    static QStringList auditChainOnServer(QSqlDatabase server, QSqlDatabase desk,
                                          const QString &node, const QString &name,
                                          qint64 *entries)
    {
        const auto chain = [](QSqlDatabase db, const QString &sql, const QString &node) {
            QSqlQuery query(db);
            query.prepare(sql);
            if (!node.isEmpty())
                query.addBindValue(node);
            QList<QPair<qint64, QString>> links;
            if (query.exec())
                while (query.next())
                    links.append({ query.value(0).toLongLong(), query.value(1).toString() });
            return links;
        };
        const auto mine = chain(desk, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq"), {});
        const auto held = chain(server,
                                QStringLiteral("SELECT seq, hash FROM audit_entry "
                                               "WHERE origin_node = ? ORDER BY seq"),
                                node);
        *entries = mine.size();
        const auto last = [](const QList<QPair<qint64, QString>> &links) {
            return links.isEmpty() ? QStringLiteral("none")
                                   : QStringLiteral("%1 (%2)").arg(links.last().first)
                                             .arg(links.last().second.left(12));
        };
        QStringList problems;
        if (held.size() != mine.size() || last(held) != last(mine))
            problems << QStringLiteral("%1: the server holds %2 of its %3 audit entries, last %4; "
                                       "the desk's last is %5")
                                .arg(name).arg(held.size()).arg(mine.size())
                                .arg(last(held), last(mine));
        for (qsizetype i = 0; i < held.size(); ++i) {
            const bool sameEntry = i < mine.size() && held.at(i) == mine.at(i);
            if (held.at(i).first != i + 1 || !sameEntry) {
                problems << QStringLiteral("%1: the server's audit chain differs from the "
                                           "desk's from its entry %2 on (a gap or another hash)")
                                    .arg(name).arg(held.at(i).first);
                break;
            }
        }
        return problems;
    }

private:
    // Rows by id: those only one side has, and for the others the columns that differ.
    static QStringList differences(const QStringList &mine, const QStringList &theirs,
                                   const QString &me, const QString &them)
    {
        const auto byId = [](const QStringList &rows) {
            QMap<QString, QStringList> map;
            for (const QString &row : rows) {
                const QStringList columns = row.split(QLatin1Char('|'));
                map.insert(columns.first(), columns);
            }
            return map;
        };
        const QMap<QString, QStringList> left = byId(mine);
        const QMap<QString, QStringList> right = byId(theirs);
        QStringList lines;
        for (auto it = left.cbegin(); it != left.cend() && lines.size() < 10; ++it) {
            if (!right.contains(it.key())) {
                lines << QStringLiteral("  only at %1: %2")
                                 .arg(me, it.value().join(QLatin1Char('|')));
                continue;
            }
            const QStringList other = right.value(it.key());
            QStringList differing;
            for (int c = 0; c < it.value().size() && c < other.size(); ++c)
                if (it.value().at(c) != other.at(c))
                    differing << QStringLiteral("%1 at %2, %3 at %4")
                                         .arg(it.value().at(c), me, other.at(c).section(QLatin1Char('='), 1), them);
            if (!differing.isEmpty())
                lines << QStringLiteral("  %1: %2").arg(it.key(), differing.join(QStringLiteral("; ")));
        }
        for (auto it = right.cbegin(); it != right.cend() && lines.size() < 10; ++it)
            if (!left.contains(it.key()))
                lines << QStringLiteral("  only at %1: %2")
                                 .arg(them, it.value().join(QLatin1Char('|')));
        return lines;
    }
};

} // namespace bd::test
