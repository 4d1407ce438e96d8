#include "database/privacy/PlaintextSealing.h"

#include "app/domain/KycSearchForm.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/search/CustomerSearchIndex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QScopeGuard>

#include <algorithm>

namespace bd {

namespace {
// Which list of columns a finished upgrade sealed. A file sealed with an older list (1:
// identifiers and contact notes only; 2: before the birth date, migration 0028) is upgraded
// again at the next sign-in.
const QString kSealedListVersion = QStringLiteral("3");

// kyc_field.value_text of a file from before sealing may hold a free-text answer: it is
// derived again from the (still plain) answer, keeping only option codes.
Result<> reduceKycSearchForms(const QSqlDatabase &database)
{
    SqlQuery select(database);
    select.setForwardOnly(true);
    if (Result<> ran = select.exec(QStringLiteral("SELECT rowid, value_json, value_text FROM kyc_field "
                                    "WHERE value_text <> '' AND substr(value_json, 1, 5) <> 'enc1:'")); !ran)
        return ran;
    SqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE kyc_field SET value_text = ? WHERE rowid = ?"));
    while (select.next()) {
        const QString reduced = KycSearchForm::ofJson(select.value(1).toString());
        if (reduced == select.value(2).toString())
            continue;
        update.bindAt(0, reduced);
        update.bindAt(1, select.value(0));
        if (Result<> ran = update.exec(); !ran)
            return ran;
    }
    return {};
}

// The tables with sealed columns, quoted for an IN list (fixed names, never input).
QString sensitiveTables()
{
    QStringList tables;
    for (const SensitiveColumns::Column &c : SensitiveColumns::all()) {
        const QString quoted = QStringLiteral("'%1'").arg(QLatin1String(c.table));
        if (!tables.contains(quoted))
            tables << quoted;
    }
    return tables.join(QLatin1Char(','));
}

// Rows per batch: small enough that a stop waits a moment, large enough that the commits
// do not dominate.
int g_batchRows = 5000;

// The pages of a million customers and their search keys: the default 32 MiB cache of a
// connection spilled the same pages to the WAL again and again (docs/BENCHMARKS.md).
const QString kUpgradeCache = QStringLiteral("PRAGMA cache_size = -524288"); // 512 MiB
const QString kNormalCache = QStringLiteral("PRAGMA cache_size = -32768");

qint64 lastRowid(const QSqlDatabase &database, const QString &table)
{
    SqlQuery query(database);
    return query.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table))
                    && query.next()
            ? query.integer64(0)
            : 0;
}
} // namespace

PlaintextSealing::PlaintextSealing(Store &store)
    : m_store(store)
{
}

void PlaintextSealing::setBatchSizeForTesting(int rows)
{
    g_batchRows = std::max(1, rows);
}

QString PlaintextSealing::stoppedMessage()
{
    return QStringLiteral("the upgrade was stopped; it goes on at the next sign-in");
}

Result<> PlaintextSealing::sealAll(const Progress &progress)
{
    if (!m_store.fieldKeys())
        return Error(SensitiveColumns::lockedMessage());
    const QSqlDatabase database = m_store.database();
    SqlQuery pragma(database);
    // Freed space is zeroed, so the plain values replaced here do not linger in free pages.
    (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    (void)pragma.exec(kUpgradeCache);
    const auto restore = qScopeGuard([&pragma] {
        (void)pragma.exec(kNormalCache);
        (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    });
    {
        Transaction transaction(database);
        if (Result<> reduced = reduceKycSearchForms(database); !reduced)
            return reduced;
        if (Result<> committed = transaction.commit(); !committed)
            return committed;
    }
    qint64 total = 0;
    for (const SensitiveColumns::Column &c : SensitiveColumns::all())
        total += lastRowid(database, QString::fromLatin1(c.table));
    qint64 done = 0;
    qint64 sealedValues = 0;
    // SQL names come from SensitiveColumns' fixed list, never from input.
    for (const SensitiveColumns::Column &c : SensitiveColumns::all()) {
        if (Result<> sealed = sealColumn(QString::fromLatin1(c.table),
                                         QString::fromLatin1(c.column), done, total, progress,
                                         sealedValues);
            !sealed)
            return sealed;
    }
    Transaction transaction(database);
    if (Result<> sealed = sealOutboxAndConflicts(); !sealed)
        return sealed;
    bool stop = false; // asked for at the index's last progress report
    if (Result<> indexed = CustomerSearchIndex(m_store).rebuildInOpenTransaction(
                [&](qint64 indexed, qint64 customers) {
                    stop = progress && !progress(Step::Indexing, indexed, customers);
                },
                [&stop] { return stop; });
        !indexed)
        return stop ? Result<>(Error(stoppedMessage())) : indexed;
    if (!m_store.setSetting(sealedSetting(), sealedListVersion()))
        return Error(QStringLiteral("cannot record the upgrade"));
    if (Result<> committed = transaction.commit(); !committed)
        return committed;
    (void)pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcDb) << "sealed" << sealedValues << "plain values of personal data";
    return {};
}

Result<> PlaintextSealing::sealColumn(const QString &table, const QString &column, qint64 &done,
                                      qint64 total, const Progress &progress,
                                      qint64 &sealedValues)
{
    const QSqlDatabase database = m_store.database();
    const qint64 last = lastRowid(database, table);
    SqlQuery select(database);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT rowid, %2 FROM %1 WHERE rowid > ? AND %2 IS NOT NULL "
                                  "AND %2 <> '' AND substr(%2, 1, 5) NOT IN ('enc1:', 'enc2:') "
                                  "ORDER BY rowid LIMIT ?")
                           .arg(table, column));
    SqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column));
    qint64 after = 0;
    for (;;) {
        Transaction transaction(database);
        if (Result<> began = transaction.began(); !began)
            return began;
        select.bindAt(0, after);
        select.bindAt(1, g_batchRows);
        if (Result<> ran = select.exec(); !ran)
            return ran;
        int rows = 0;
        while (select.next()) {
            ++rows;
            after = select.integer64(0);
            const std::optional<QVariant> sealed
                    = SensitiveColumns::sealColumn(m_store, table, column, select.value(1));
            if (!sealed)
                return Error(QString());
            update.bindAt(0, *sealed);
            update.bindAt(1, after);
            if (Result<> ran = update.exec(); !ran)
                return ran;
            ++sealedValues;
        }
        select.finish();
        if (Result<> committed = transaction.commit(); !committed)
            return committed;
        const qint64 reached = rows < g_batchRows ? last : std::min(after, last);
        if (progress && !progress(Step::Sealing, done + reached, total))
            return Error(stoppedMessage());
        if (rows < g_batchRows)
            break;
    }
    done += last;
    return {};
}

Result<> PlaintextSealing::sealOutboxAndConflicts()
{
    // Changes waiting to be pushed and conflicts kept for review hold the same values.
    SqlQuery outbox(m_store.database());
    outbox.setForwardOnly(true);
    if (Result<> ran = outbox.exec(QStringLiteral("SELECT seq, table_name, fields_json FROM sync_outbox "
                                    "WHERE table_name IN (%1)").arg(sensitiveTables())); !ran)
        return ran;
    SqlQuery rewrite(m_store.database());
    rewrite.prepare(QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE seq = ?"));
    while (outbox.next()) {
        const QString table = outbox.value(1).toString();
        QVariantMap fields = QJsonDocument::fromJson(outbox.value(2).toByteArray()).object().toVariantMap();
        const QVariant answer = fields.value(QStringLiteral("value_json"));
        if (table == QLatin1String("kyc_field") && fields.contains(QStringLiteral("value_text"))
            && !SensitiveColumns::isSealed(answer))
            fields.insert(QStringLiteral("value_text"), KycSearchForm::ofJson(answer.toString()));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (SensitiveColumns::isSensitive(table, it.key()) && !SensitiveColumns::isSealed(it.value()))
                it.value() = SensitiveColumns::seal(m_store, it.value()).value_or(QVariant());
        }
        rewrite.bindAt(0, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields))
                                                       .toJson(QJsonDocument::Compact)));
        rewrite.bindAt(1, outbox.value(0));
        if (Result<> ran = rewrite.exec(); !ran)
            return ran;
    }
    SqlQuery conflicts(m_store.database());
    conflicts.setForwardOnly(true);
    if (Result<> ran = conflicts.exec(QStringLiteral("SELECT id, table_name, field, kept_value, lost_value "
                                       "FROM sync_conflict")); !ran)
        return ran;
    SqlQuery reseal(m_store.database());
    reseal.prepare(QStringLiteral("UPDATE sync_conflict SET kept_value = ?, lost_value = ? WHERE id = ?"));
    while (conflicts.next()) {
        const QString table = conflicts.value(1).toString();
        const QString field = conflicts.value(2).toString();
        const bool wholeRow = field == QLatin1String("*") && SensitiveColumns::hasSensitive(table);
        if (!wholeRow && !SensitiveColumns::isSensitive(table, field))
            continue;
        QVariantList values;
        for (int i : {3, 4}) {
            const QVariant value = conflicts.value(i);
            values << (SensitiveColumns::isSealed(value)
                               ? value
                               : SensitiveColumns::sealColumn(m_store, table, field, value)
                                         .value_or(QVariant()));
        }
        reseal.bindAt(0, values.at(0));
        reseal.bindAt(1, values.at(1));
        reseal.bindAt(2, conflicts.value(0));
        if (Result<> ran = reseal.exec(); !ran)
            return ran;
    }
    return {};
}

QString PlaintextSealing::sealedSetting()
{
    return QStringLiteral("field_values_sealed");
}

QString PlaintextSealing::sealedListVersion()
{
    return kSealedListVersion;
}

bool PlaintextSealing::isSealed() const
{
    return m_store.setting(sealedSetting()) == kSealedListVersion;
}

} // namespace bd
