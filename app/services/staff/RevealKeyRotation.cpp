#include "app/services/staff/RevealKeyRotation.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/privacy/StoredIdentifiers.h"
#include "database/search/CustomerSearchIndex.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {
// Opened with the store's (old) keys, sealed to the new pair; other values as they are.
Result<QVariant> resealed(const Store &store, const FieldKeys &fresh, const QString &table,
                          const QString &column, const QVariant &stored, int &count)
{
    if (!SensitiveColumns::isSealedIdentifier(stored))
        return stored;
    const Result<QString> plain = SensitiveColumns::tryOpen(store, stored);
    if (!plain)
        return plain.error();
    ++count;
    return QVariant(SensitiveColumns::sealIdentifierWith(fresh, table, column, *plain));
}
} // namespace

RevealKeyRotation::RevealKeyRotation(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<RevealKeyRotation::Report> RevealKeyRotation::rotate()
{
    if (!m_session.can(Permission::RevealPersonalData) || m_session.user.role != StaffRole::BranchHead)
        return Error(tr("Only the branch head rotates the key to the customers' identifiers."));
    const std::shared_ptr<const FieldKeys> old = m_store.fieldKeys();
    if (!old || !old->canOpenIdentifiers())
        return Error(SensitiveColumns::lockedMessage());
    const std::shared_ptr<const FieldKeys> fresh = old->withNewRevealKey();
    if (!fresh)
        return Error(tr("A new key could not be made."));
    Report report;
    SqlQuery pragma(m_store.database());
    (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")); // old boxes leave no trace
    Result<> done = [&]() -> Result<> {
        Transaction transaction(m_store.database());
        for (const auto &[table, column] : StoredIdentifiers::columns()) {
            SqlQuery select(m_store.database());
            select.setForwardOnly(true);
            if (Result<> ran = select.exec(QStringLiteral("SELECT rowid, %2 FROM %1 "
                                                          "WHERE substr(%2, 1, 5) = 'enc2:'")
                                                   .arg(table, column));
                !ran)
                return ran;
            QList<std::pair<QVariant, QVariant>> rows;
            while (select.next()) {
                const Result<QVariant> value
                        = resealed(m_store, *fresh, table, column, select.value(1), report.values);
                if (!value)
                    return value.error();
                rows.append({select.value(0), *value});
            }
            select.finish();
            SqlQuery update(m_store.database());
            update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column));
            for (const auto &[rowid, value] : std::as_const(rows)) {
                update.bindAt(0, value);
                update.bindAt(1, rowid);
                if (Result<> ran = update.exec(); !ran)
                    return ran;
            }
        }
        // Pushed changes hold identifiers sealed to the reveal key too (Outbox::record).
        SqlQuery outbox(m_store.database());
        outbox.setForwardOnly(true);
        if (Result<> ran = outbox.exec(QStringLiteral("SELECT seq, table_name, fields_json "
                                                      "FROM sync_outbox WHERE table_name IN %1")
                                               .arg(StoredIdentifiers::tablesInSql()));
            !ran)
            return ran;
        QList<std::pair<QVariant, QString>> changes;
        while (outbox.next()) {
            const QString table = outbox.value(1).toString();
            QJsonObject fields = QJsonDocument::fromJson(outbox.value(2).toByteArray()).object();
            bool changed = false;
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (!SensitiveColumns::isIdentifier(table, it.key()))
                    continue;
                const Result<QVariant> value = resealed(m_store, *fresh, table, it.key(),
                                                        it.value().toVariant(), report.values);
                if (!value)
                    return value.error();
                changed = changed || *value != it.value().toVariant();
                it.value() = QJsonValue::fromVariant(*value);
            }
            if (changed)
                changes.append({outbox.value(0),
                                QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))});
        }
        outbox.finish();
        SqlQuery rewrite(m_store.database());
        rewrite.prepare(QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE seq = ?"));
        for (const auto &[seq, json] : std::as_const(changes)) {
            rewrite.bindAt(0, json);
            rewrite.bindAt(1, seq);
            if (Result<> ran = rewrite.exec(); !ran)
                return ran;
        }
        if (Result<> conflicts = StoredIdentifiers::resealConflicts(
                    m_store,
                    [&](const QString &table, const QString &column, const QVariant &stored) {
                        return resealed(m_store, *fresh, table, column, stored, report.values);
                    },
                    tr("A kept conflict does not open with the key."));
            !conflicts)
            return conflicts;
        // Every slot that held the old secret gets the new one; no slot keeps the old.
        SqlQuery slotRows(m_store.database());
        if (Result<> ran = slotRows.exec(QStringLiteral("SELECT user_id, box_public FROM key_slot "
                                                     "WHERE reveal_grant IS NOT NULL"));
            !ran)
            return ran;
        QList<std::pair<QString, QByteArray>> grants;
        while (slotRows.next())
            grants.append({slotRows.value(0).toString(),
                           fresh->sealRevealKeyTo(slotRows.value(1).toByteArray())});
        slotRows.finish();
        SqlQuery grant(m_store.database());
        grant.prepare(QStringLiteral("UPDATE key_slot SET reveal_grant = ? WHERE user_id = ?"));
        for (const auto &[user, sealed] : std::as_const(grants)) {
            grant.bindAt(0, sealed.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                             : QVariant(sealed));
            grant.bindAt(1, user);
            if (Result<> ran = grant.exec(); !ran)
                return ran;
            report.grants += sealed.isEmpty() ? 0 : 1;
        }
        const QString name = QString::fromLatin1(fresh->revealPublicKey().toBase64());
        if (!m_store.setSetting(QStringLiteral("reveal_public_key"), name)
            || !m_store.setSetting(QStringLiteral("identifiers_sealed_to"), name))
            return Error(tr("The new key could not be recorded."));
        m_store.unlockFields(fresh); // the address keys derive from the new secret
        if (Result<> indexed = CustomerSearchIndex(m_store).remakeAddressKeysInOpenTransaction();
            !indexed)
            return indexed;
        if (!AuditTrail(m_store).record(&m_session, QStringLiteral("reveal_key_rotated"),
                                        QStringLiteral("key_slot"), {},
                                        {{QStringLiteral("values"), report.values},
                                         {QStringLiteral("grants"), report.grants}}))
            return Error(tr("The rotation could not be audited."));
        return transaction.commit();
    }();
    (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (!done) {
        m_store.unlockFields(old); // rolled back: the file still holds the old key
        return done.error();
    }
    (void)pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return report;
}

} // namespace bd
