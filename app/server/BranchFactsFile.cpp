#include "app/server/BranchFactsFile.h"

#include "app/common/SyncChange.h"
#include "app/server/CustomerFacts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace bd {

namespace {
constexpr int kChunk = 20000;
std::atomic<int> g_files{0};

// One read-only connection to the file, removed when done.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
        : m_name(QStringLiteral("branch-facts-%1").arg(++g_files))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool hasTable(const QString &table) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        return query.exec() && query.next();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QJsonObject rowObject(const QSqlQuery &query)
{
    QJsonObject object;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        object.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
    return object;
}

// The branch's rows of `table` as upserts, for CustomerFacts::fold.
Result<> foldTable(const ReadOnlyFile &file, CustomerFacts &facts, const BranchId &branch,
                   const QString &table, const QString &where)
{
    if (!file.hasTable(table))
        return {}; // an older file: nothing of it yet
    QSqlQuery query(file.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where)))
        return Error(query.lastError().text());
    QList<SyncChange> changes;
    auto flush = [&]() -> Result<> {
        const Result<QSet<BranchId>> folded = facts.fold(branch, changes);
        changes.clear();
        return folded ? Result<>() : folded.error();
    };
    while (query.next()) {
        SyncChange change;
        change.table = table;
        change.op = QStringLiteral("upsert");
        change.fields = rowObject(query);
        change.rowId = change.fields.value(QStringLiteral("id")).toString();
        change.hlc = QStringLiteral("0");
        changes << change;
        if (changes.size() >= kChunk) {
            if (Result<> done = flush(); !done)
                return done;
        }
    }
    return flush();
}
} // namespace

Result<qint64> BranchFactsFile::loadInto(CustomerFacts &facts, const BranchId &branch, qint64 asOf)
{
    const ReadOnlyFile file(m_path);
    if (!file.isOpen())
        return Error(QCoreApplication::translate("server", "Cannot read %1: %2").arg(m_path, file.error()));
    QSqlQuery query(file.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM customer WHERE branch_id = ?")
                          .arg(CustomerProfile::columns().join(QStringLiteral(", "))));
    query.addBindValue(branch.toString());
    if (!query.exec())
        return Error(query.lastError().text());
    qint64 count = 0;
    QList<CustomerProfile> chunk;
    bool first = true;
    while (query.next()) {
        chunk << CustomerProfile::fromJson(rowObject(query));
        if (chunk.size() >= kChunk) {
            if (Result<> loaded = facts.load(branch, chunk, asOf, first); !loaded)
                return loaded.error();
            count += chunk.size();
            chunk.clear();
            first = false;
        }
    }
    if (Result<> loaded = facts.load(branch, chunk, asOf, first); !loaded)
        return loaded.error();
    count += chunk.size();
    // What the rules count besides: contacts of the last year, opportunities, rules.
    const QString recent = QStringLiteral("occurred_at >= date('now', '-366 days')");
    for (const auto &[table, where] :
         {std::pair{QStringLiteral("interaction"), recent},
          std::pair{QStringLiteral("opportunity"), QStringLiteral("deleted = 0")},
          std::pair{QStringLiteral("marketing_rule_set"), QStringLiteral("deleted = 0")},
          std::pair{QStringLiteral("marketing_rule"), QStringLiteral("deleted = 0")}}) {
        if (Result<> folded = foldTable(file, facts, branch, table, where); !folded)
            return folded.error();
    }
    return count;
}

} // namespace bd
