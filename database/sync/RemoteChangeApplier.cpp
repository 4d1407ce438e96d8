// Long file: the one conflict rule for every pulled change (new row, field-wise update,
// tombstone, erasure, set-aside), whose parts share the batch's prepared statements.
#include "database/sync/RemoteChangeApplier.h"

#include "app/domain/HybridLogicalClock.h"
#include "app/domain/KycSearchForm.h"
#include "app/domain/Uuid7.h"
#include "database/core/BirthYear.h"
#include "database/core/NativeStatement.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/FieldClock.h"
#include "database/sync/HeldChanges.h"
#include "database/sync/KycVersionOrder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bd {

namespace {
const QString kDeleted = QStringLiteral("deleted");

bool later(const QString &a, const QString &b)
{
    if (b.isEmpty())
        return true;
    return HlcStamp::fromString(b) < HlcStamp::fromString(a);
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// Column names as a JSON array for json_each: they are the table's own column names
// (checked against pragma_table_info), so only quote and backslash need escaping. Through
// QJsonArray it was a quarter of what writing a new row's field clocks cost.
QString jsonList(const QStringList &names)
{
    QString json = QStringLiteral("[");
    for (const QString &name : names) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        for (const QChar c : name) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                json += QLatin1Char('\\');
            json += c;
        }
        json += QLatin1Char('"');
    }
    return json + QLatin1Char(']');
}

// The server sends a staff_user change's password hash as the empty text (docs/SECURITY.md
// §3a: hashes do not travel): not a value to take over a row this desk has, whatever the
// clocks say, or a local account's own hash here (its own change coming back, or another
// desk's `user passwd`) would be blanked and its user could no longer sign in.
bool isHashPlaceholder(const QString &table, const QString &field, const QVariant &value)
{
    return table == QLatin1String("staff_user") && field == QLatin1String("password_hash")
            && value.toString().isEmpty();
}

// A name as an SQL string literal.
QString sqlText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
}

// Why an edit of an erased customer was not applied (sync_conflict.reason).
const QString kDroppedAfterErasure = QStringLiteral(
        "dropped: the customer's personal data was erased; this edit did not know of it");

// kyc_field.value_text stays in clear for segments, so it is derived here from the answer
// (option codes only) rather than taken as sent: an older sender, or a row the server
// kept from before, may carry a free-text answer in it.
// Likewise customer.birth_year from a plain birth date sent by an older desk (the date is
// sealed before it is stored, so the table's trigger cannot read it).
} // namespace

SyncChange RemoteChangeApplier::withDerivedColumns(const SyncChange &change)
{
    const QString valueText = QStringLiteral("value_text");
    if (change.table == QLatin1String("customer")) {
        SyncChange derived = change;
        BirthYear::complete(change.table, derived.fields);
        return derived;
    }
    if (change.table != QLatin1String("kyc_field") || !change.fields.contains(valueText))
        return change;
    SyncChange derived = change;
    derived.fields.insert(valueText,
                          KycSearchForm::ofJson(change.fields.value(QLatin1String("value_json")).toString()));
    return derived;
}

bool RemoteChangeApplier::isErasure(const SyncChange &change)
{
    return change.table == QLatin1String("customer")
            && !change.fields.value(QLatin1String("erased_at")).toString().isEmpty();
}

RemoteChangeApplier::RemoteChangeApplier(Store &store)
    : m_store(store)
{
}

const QSet<QString> &RemoteChangeApplier::columnsOf(const QString &table)
{
    auto found = m_columns.find(table);
    if (found != m_columns.end())
        return *found;
    QSet<QString> columns;
    // The table name was checked against SyncChange::isSyncedTable before it gets here.
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))) {
        while (query.next())
            columns.insert(query.value(0).toString());
    }
    return *m_columns.insert(table, columns);
}

QSqlQuery &RemoteChangeApplier::statement(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_store.database());
        query->prepare(sql);
        found = m_statements.insert(sql, query);
    }
    return **found;
}

QString RemoteChangeApplier::localClock(const QString &table, const QString &rowId,
                                        const QString &field)
{
    // The field's own clock, else the row clock of the pulled insert that brought it.
    QSqlQuery &query = statement(QStringLiteral("SELECT ")
                                 + FieldClock::ofField(QStringLiteral(":table"),
                                                       QStringLiteral(":row"),
                                                       QStringLiteral(":field")));
    query.bindValue(QStringLiteral(":table"), table);
    query.bindValue(QStringLiteral(":row"), rowId);
    query.bindValue(QStringLiteral(":field"), field);
    const QString hlc = query.exec() && query.next() ? query.value(0).toString() : QString();
    query.finish();
    return hlc;
}

Result<> RemoteChangeApplier::setClock(const QString &table, const QString &rowId,
                                       const QString &field, const QString &hlc)
{
    QSqlQuery &query = statement(QStringLiteral(
            "INSERT INTO sync_field_clock(table_name, row_id, field, hlc) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET hlc = excluded.hlc"));
    query.bindValue(0, table);
    query.bindValue(1, rowId);
    query.bindValue(2, field);
    query.bindValue(3, hlc);
    if (!query.exec())
        return Error(query.lastError().text());
    return {};
}

Result<> RemoteChangeApplier::setClocks(const QString &table, const QString &rowId,
                                        const QStringList &fields, const QString &hlc)
{
    // One statement per row, not one per field: a new customer has some fifteen fields.
    QSqlQuery &query = statement(QStringLiteral(
            "INSERT INTO sync_field_clock(table_name, row_id, field, hlc) "
            "SELECT ?, ?, value, ? FROM json_each(?) WHERE true "
            "ON CONFLICT DO UPDATE SET hlc = excluded.hlc"));
    query.bindValue(0, table);
    query.bindValue(1, rowId);
    query.bindValue(2, hlc);
    query.bindValue(3, jsonList(fields));
    if (!query.exec())
        return Error(query.lastError().text());
    return {};
}

RemoteChangeApplier::InsertStatement &RemoteChangeApplier::insertStatement(const QString &table,
                                                                           const QStringList &names)
{
    const QString columnList = names.join(QLatin1Char(','));
    const QString cacheKey = table + QLatin1Char(':') + columnList;
    auto found = m_inserts.find(cacheKey);
    if (found != m_inserts.end())
        return *found;
    InsertStatement made;
    made.insert = std::make_shared<QSqlQuery>(m_store.database());
    made.insert->prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                 .arg(table, columnList,
                                      QStringList(names.size(), QStringLiteral("?"))
                                              .join(QLatin1Char(','))));
    // The new row's clocks, binding only its id and stamp: one row clock naming the
    // columns it covers (FieldClock.h), not one clock per column, which was most of what
    // its clocks cost (issue 13). A row id that still holds clocks (a row dropped with its
    // customer's move, back again) gets a clock per column as before, written over what
    // it held, so that no clock left from before covers a column the insert brought. The
    // names written into the statements are the table's own (pragma_table_info).
    QStringList rows;
    for (const QString &name : names)
        rows << QStringLiteral("(%1)").arg(sqlText(name));
    made.heldClocks = std::make_shared<NativeStatement>(
            Store::nativeHandle(m_store.database()),
            QStringLiteral("INSERT INTO sync_field_clock(table_name, row_id, field, hlc) "
                           "SELECT %1, ?1, column1, ?2 FROM (VALUES %2) WHERE EXISTS (SELECT 1 "
                           "FROM sync_field_clock WHERE table_name = %1 AND row_id = ?1) "
                           "ON CONFLICT DO UPDATE SET hlc = excluded.hlc")
                    .arg(sqlText(table), rows.join(QStringLiteral(", "))));
    made.rowClock = std::make_shared<NativeStatement>(
            Store::nativeHandle(m_store.database()),
            QStringLiteral("INSERT INTO sync_field_clock(table_name, row_id, field, hlc) "
                           "VALUES (%1, ?1, %2, ?2) ON CONFLICT DO UPDATE SET hlc = excluded.hlc")
                    .arg(sqlText(table), sqlText(FieldClock::rowClockField(names))));
    return *m_inserts.insert(cacheKey, made);
}

Result<> RemoteChangeApplier::recordConflict(const SyncChange &change, const QString &field,
                                             const QVariant &kept, const QVariant &lost,
                                             const QString &keptHlc, const QString &lostHlc,
                                             const QString &reason)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO sync_conflict(id, table_name, row_id, field, kept_value, lost_value, "
            "kept_hlc, lost_hlc, detected_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Uuid7Generator::generate());
    query.addBindValue(change.table);
    query.addBindValue(change.rowId);
    query.addBindValue(field);
    // Encryption at rest (crypt): a personal-data value kept for review is sealed like in
    // its table (a whole refused row too, when its table has such columns).
    const bool sealed = SensitiveColumns::isSensitive(change.table, field)
            || (field == QLatin1String("*") && SensitiveColumns::hasSensitive(change.table));
    // An identifier's goes to the reveal key (sealColumn); a whole row to the data key.
    const std::optional<QVariant> keptStored
            = sealed ? SensitiveColumns::sealColumn(m_store, change.table, field, text(kept))
                     : QVariant(text(kept));
    const std::optional<QVariant> lostStored
            = sealed ? SensitiveColumns::sealColumn(m_store, change.table, field, text(lost))
                     : QVariant(text(lost));
    if (!keptStored || !lostStored)
        return Error(SensitiveColumns::lockedMessage());
    query.addBindValue(*keptStored);
    query.addBindValue(*lostStored);
    query.addBindValue(keptHlc.isEmpty() ? QStringLiteral("-") : keptHlc);
    query.addBindValue(lostHlc);
    query.addBindValue(SqlTime::now());
    query.addBindValue(reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason));
    if (!query.exec())
        return Error(query.lastError().text());
    ++m_conflicts;
    return {};
}

Result<> RemoteChangeApplier::setAside(const SyncChange &change, const QString &reason)
{
    const QString sent = QString::fromUtf8(QJsonDocument(change.fields).toJson(QJsonDocument::Compact));
    return recordConflict(change, QStringLiteral("*"), QVariant(), sent, QString(), change.hlc,
                          reason);
}

Result<> RemoteChangeApplier::newRow(const SyncChange &change, const QSet<QString> &columns,
                                     QStringList &names, QVariantList &values)
{
    const RowKey key = keyOf(change);
    names = key.columns;
    values = key.values;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (!columns.contains(it.key()) || key.columns.contains(it.key()))
            continue;
        // Encryption at rest (crypt): pulled personal data is sealed before it is stored.
        const std::optional<QVariant> stored
                = SensitiveColumns::sealColumn(m_store, change.table, it.key(), it.value().toVariant());
        if (!stored)
            return Error(SensitiveColumns::lockedMessage());
        names << it.key();
        values << *stored;
    }
    // Bookkeeping columns the sender does not send: stamped with the batch's time (one
    // transaction), made once rather than formatted again for every row.
    if (m_now.isEmpty())
        m_now = SqlTime::now();
    for (const QString &stamp : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        if (columns.contains(stamp) && !names.contains(stamp)) {
            names << stamp;
            values << m_now;
        }
    }
    return {};
}

Result<RemoteChangeApplier::Outcome> RemoteChangeApplier::insertRow(const SyncChange &change,
                                                                    const QSet<QString> &columns)
{
    QStringList names;
    QVariantList values;
    if (Result<> made = newRow(change, columns, names, values); !made)
        return made.error();
    // One statement per table and set of columns, and one for its field clocks: a batch of
    // imported customers reuses the pair rather than writing the SQL again for every row.
    InsertStatement &statement = insertStatement(change.table, names);
    QSqlQuery &insert = *statement.insert;
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec()) {
        const QString problem = insert.lastError().text();
        // A row this workstation cannot take (the same natural key made on two
        // workstations, a parent it does not have) must not stop the whole download:
        // it goes to the conflict log for a person, with what was sent.
        if (!problem.contains(QLatin1String("constraint"), Qt::CaseInsensitive))
            return Error(problem);
        // A row not here yet, or its parent: they may come later in the log (issue 13).
        if (HeldChanges::waitsForARow(problem))
            return waitFor(problem);
        if (Result<> logged = setAside(change, problem); !logged)
            return logged.error();
        return Outcome::Conflicted;
    }
    const std::initializer_list<QByteArray> idAndStamp{change.rowId.toUtf8(), change.hlc.toUtf8()};
    if (Result<> held = statement.heldClocks->run(idAndStamp); !held)
        return held.error();
    if (Result<> clocked = statement.rowClock->run(idAndStamp); !clocked)
        return clocked.error();
    return Outcome::Applied;
}

QString RemoteChangeApplier::RowKey::condition() const
{
    QStringList terms;
    for (const QString &column : columns)
        terms << column + QStringLiteral(" = ?");
    return terms.join(QStringLiteral(" AND "));
}

void RemoteChangeApplier::RowKey::bind(QSqlQuery &query, int from) const
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(from + i, values.at(i));
}

RemoteChangeApplier::RowKey RemoteChangeApplier::keyOf(const SyncChange &change)
{
    auto known = m_keyColumns.constFind(change.table);
    if (known == m_keyColumns.constEnd()) {
        QStringList primary;
        QSqlQuery info(m_store.database());
        if (info.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk > 0 "
                                     "ORDER BY pk").arg(change.table))) {
            while (info.next())
                primary << info.value(0).toString();
        }
        known = m_keyColumns.insert(change.table, primary);
    }
    // Every synced table is keyed by `id` but the few keyed by their natural key (a
    // referral's checklist: referral_id, item), whose row id joins the key with '/'.
    if (known->size() <= 1)
        return {{QStringLiteral("id")}, {change.rowId}};
    const QStringList parts = change.rowId.split(QLatin1Char('/'));
    if (parts.size() != known->size())
        return {};
    QVariantList values;
    for (const QString &part : parts)
        values << part;
    return {*known, values};
}

Result<RemoteChangeApplier::Outcome> RemoteChangeApplier::applyOwn(const SyncChange &change)
{
    m_own = true;
    const Result<Outcome> outcome = apply(change);
    m_own = false;
    return outcome;
}

Result<RemoteChangeApplier::Outcome> RemoteChangeApplier::apply(const SyncChange &sent)
{
    SyncChange change = withDerivedColumns(sent);
    const QSet<QString> &columns = columnsOf(change.table);
    if (columns.isEmpty())
        return Error(QStringLiteral("unknown table %1").arg(change.table));
    const RowKey key = keyOf(change);
    if (key.columns.isEmpty()) {
        if (Result<> logged = setAside(change, QStringLiteral("the row id %1 does not name a row "
                                                              "of %2")
                                                       .arg(change.rowId, change.table));
            !logged)
            return logged.error();
        return Outcome::Conflicted;
    }
    // Whether the row is here first: reading a whole row through Qt SQL describes all its
    // columns on every run, which a batch of new customers need not pay for.
    QSqlQuery &probe = statement(QStringLiteral("SELECT 1 FROM %1 WHERE %2")
                                         .arg(change.table, key.condition()));
    key.bind(probe, 0);
    if (!probe.exec())
        return Error(probe.lastError().text());
    bool exists = probe.next();
    probe.finish();
    QSqlRecord row;
    if (exists) {
        QSqlQuery &current
                = statement(QStringLiteral("SELECT * FROM %1 WHERE %2")
                                    .arg(change.table, key.condition()));
        key.bind(current, 0);
        if (!current.exec())
            return Error(current.lastError().text());
        exists = current.next();
        row = exists ? current.record() : QSqlRecord();
        current.finish();
    }
    const bool hasTombstone = columns.contains(kDeleted);
    const bool isDeleted = exists && hasTombstone && row.value(kDeleted).toInt() == 1;
    if (m_own && (!exists || isDeleted || change.op == QLatin1String("delete")))
        return Outcome::Applied; // never inserted or deleted again: what is here stays

    if (change.op == QLatin1String("delete")) {
        if (!exists && hasTombstone) // deleted when its insert comes, not resurrected
            return waitFor(QStringLiteral("the row to delete is not here"));
        if (!exists || !hasTombstone)
            return Outcome::Applied; // nothing to delete here
        // The tombstone follows its clock like any field (issue 13): a row set again after
        // this delete stays; a deleted row keeps the later clock for what arrives next.
        const QString localHlc = localClock(change.table, change.rowId, kDeleted);
        if (!later(change.hlc, localHlc)) {
            if (isDeleted)
                return Outcome::Applied;
            if (Result<> logged = recordConflict(change, kDeleted, 0, 1, localHlc, change.hlc);
                !logged)
                return logged.error();
            return Outcome::Conflicted;
        }
        QSqlQuery tombstone(m_store.database());
        tombstone.prepare(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE %2")
                                  .arg(change.table, key.condition()));
        key.bind(tombstone, 0);
        if (!tombstone.exec())
            return Error(tombstone.lastError().text());
        if (Result<> clocked = setClock(change.table, change.rowId, kDeleted, change.hlc); !clocked)
            return clocked.error();
        return Outcome::Applied;
    }

    // A KYC interview's version number is derived, not taken as sent (KycVersionOrder).
    const bool renumber = KycVersionOrder::takeNumberOut(change, exists);
    if (!exists) {
        const Result<Outcome> inserted = insertRow(change, columns);
        if (Result<> numbered = renumber && inserted && *inserted == Outcome::Applied
                    ? KycVersionOrder(m_store).renumberOf(change) : Result<>();
            !numbered)
            return numbered.error();
        return inserted;
    }

    // Erasure is final (issue 13): a customer's erasure wins whatever the clocks say, and
    // an edit that did not know of it is dropped - noted for review without its values,
    // so that no erased value comes back on any workstation.
    const bool erasure = isErasure(change);
    const QString erasedAt = QStringLiteral("erased_at");
    if (change.table == QLatin1String("customer") && !erasure && columns.contains(erasedAt)
        && !text(row.value(erasedAt)).isEmpty()) {
        // Where the customer is kept is not personal data: a move of an erased customer
        // still applies by its clocks (else the erased customer stays on every desk that
        // erased them, and only there), also the mover's own after a fresh download.
        // Everything else of the edit is dropped.
        QJsonObject placement;
        for (const QLatin1String column : {QLatin1String("branch_id"), QLatin1String("manager_id")}) {
            if (change.fields.contains(column))
                placement.insert(column, change.fields.value(column));
        }
        const bool moreThanPlacement = change.fields.size() > placement.size()
                + (change.fields.contains(QLatin1String("id")) ? 1 : 0);
        if (moreThanPlacement && !m_own) {
            if (Result<> logged = recordConflict(change, QStringLiteral("*"), QVariant(),
                                                 QVariant(),
                                                 localClock(change.table, change.rowId, erasedAt),
                                                 change.hlc, kDroppedAfterErasure);
                !logged)
                return logged.error();
        }
        if (placement.isEmpty())
            return m_own ? Outcome::Applied : Outcome::Conflicted;
        change.fields = placement;
    }

    // Two workstations that erased one customer: the later erasure's stamp and values,
    // everywhere (not each workstation the other's).
    const bool erasedHere = erasure && !text(row.value(erasedAt)).isEmpty();
    bool conflicted = false;
    QStringList assignments;
    QVariantList values;
    QStringList won;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const QString &field = it.key();
        if (!columns.contains(field) || key.columns.contains(field))
            continue;
        const QVariant remote = it.value().toVariant();
        if (isHashPlaceholder(change.table, field, remote))
            continue;
        // Encryption at rest (crypt): compare and log the opened local value.
        const QVariant local
                = SensitiveColumns::openColumn(m_store, change.table, field, row.value(field));
        const bool differs = text(local) != text(remote);
        if (isDeleted) {
            // An edit made without knowing of the delete: the row stays deleted, the edit
            // is logged, and the hidden fields still follow the clock so that every
            // workstation ends with the same tombstone.
            if (Result<> logged
                = recordConflict(change, field, local, remote,
                                 localClock(change.table, change.rowId, kDeleted), change.hlc);
                !logged)
                return logged.error();
            conflicted = true;
        }
        const QString localHlc = localClock(change.table, change.rowId, field);
        if ((erasure && !erasedHere) || later(change.hlc, localHlc)) {
            const std::optional<QVariant> stored
                    = SensitiveColumns::sealColumn(m_store, change.table, field, remote);
            if (!stored)
                return Error(SensitiveColumns::lockedMessage());
            assignments << field + QStringLiteral(" = ?");
            values << *stored;
            won << field;
        } else if (differs && !isDeleted && !erasure && !m_own) {
            if (Result<> logged
                = recordConflict(change, field, local, remote, localHlc, change.hlc);
                !logged)
                return logged.error();
            conflicted = true;
        }
    }
    if (!assignments.isEmpty()) {
        QSqlQuery &update = statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                              .arg(change.table, assignments.join(QStringLiteral(", ")),
                                                   key.condition()));
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values.at(i));
        key.bind(update, int(values.size()));
        if (!update.exec())
            return Error(update.lastError().text());
        if (Result<> clocked = setClocks(change.table, change.rowId, won, change.hlc); !clocked)
            return clocked.error();
    }
    return conflicted ? Outcome::Conflicted : Outcome::Applied;
}

} // namespace bd
