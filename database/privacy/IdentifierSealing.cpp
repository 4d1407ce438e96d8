#include "database/privacy/IdentifierSealing.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/privacy/StoredIdentifiers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {
const QString kMovedSetting = QStringLiteral("identifiers_sealed_to");

QString revealKeyName(const Store &store)
{
    const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
    return keys ? QString::fromLatin1(keys->revealPublicKey().toBase64()) : QString();
}

Result<QVariant> moved(const Store &store, const QString &table, const QString &column,
                       const QVariant &stored)
{
    if (!SensitiveColumns::isSealed(stored) || SensitiveColumns::isSealedIdentifier(stored))
        return stored; // plain values are PlaintextSealing's; enc2 is done
    const Result<QString> plain = SensitiveColumns::tryOpen(store, stored);
    if (!plain)
        return plain.error();
    const std::optional<QVariant> sealed = SensitiveColumns::sealColumn(store, table, column, *plain);
    if (!sealed)
        return Error(SensitiveColumns::lockedMessage());
    return *sealed;
}
} // namespace

IdentifierSealing::IdentifierSealing(Store &store)
    : m_store(store)
{
}

bool IdentifierSealing::isMoved() const
{
    return m_store.setting(kMovedSetting) == revealKeyName(m_store);
}

Result<> IdentifierSealing::moveToRevealKey()
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys || !keys->canSealIdentifiers())
        return Error(SensitiveColumns::lockedMessage());
    if (isMoved())
        return {};
    SqlQuery pragma(m_store.database());
    // The values under the data key must not linger in freed pages.
    (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    Transaction transaction(m_store.database());
    qint64 count = 0;
    for (const auto &[table, column] : StoredIdentifiers::columns()) {
        SqlQuery select(m_store.database());
        select.setForwardOnly(true);
        if (Result<> ran = select.exec(QStringLiteral("SELECT rowid, %2 FROM %1 "
                                                      "WHERE substr(%2, 1, 5) = 'enc1:'")
                                               .arg(table, column));
            !ran)
            return ran;
        SqlQuery update(m_store.database());
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column));
        while (select.next()) {
            const Result<QVariant> value = moved(m_store, table, column, select.value(1));
            if (!value)
                return value.error();
            update.bindAt(0, *value);
            update.bindAt(1, select.value(0));
            if (Result<> ran = update.exec(); !ran)
                return ran;
            ++count;
        }
    }
    // Pushed changes (the unpushed ones stay under the data key until pushed: Outbox).
    SqlQuery outbox(m_store.database());
    outbox.setForwardOnly(true);
    if (Result<> ran = outbox.exec(QStringLiteral(
                "SELECT seq, table_name, fields_json FROM sync_outbox WHERE pushed_at IS NOT NULL "
                "AND table_name IN %1").arg(StoredIdentifiers::tablesInSql()));
        !ran)
        return ran;
    SqlQuery rewrite(m_store.database());
    rewrite.prepare(QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE seq = ?"));
    while (outbox.next()) {
        const QString table = outbox.value(1).toString();
        const QJsonObject fields = QJsonDocument::fromJson(outbox.value(2).toByteArray()).object();
        const std::optional<QJsonObject> resealed
                = SensitiveColumns::resealPushed(m_store, table, fields);
        if (!resealed)
            return Error(QStringLiteral("a pushed change does not open with the data key"));
        if (*resealed == fields)
            continue;
        rewrite.bindAt(0, QString::fromUtf8(QJsonDocument(*resealed).toJson(QJsonDocument::Compact)));
        rewrite.bindAt(1, outbox.value(0));
        if (Result<> ran = rewrite.exec(); !ran)
            return ran;
    }
    if (Result<> conflicts = StoredIdentifiers::resealConflicts(
                m_store,
                [this](const QString &table, const QString &column, const QVariant &stored) {
                    return moved(m_store, table, column, stored);
                },
                QStringLiteral("a kept conflict does not open with the data key"));
        !conflicts)
        return conflicts;
    if (!m_store.setSetting(kMovedSetting, revealKeyName(m_store)))
        return Error(QStringLiteral("cannot record the move to the reveal key"));
    if (Result<> committed = transaction.commit(); !committed)
        return committed;
    (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    (void)pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcDb) << "moved" << count << "identifiers to the reveal key";
    return {};
}

} // namespace bd
