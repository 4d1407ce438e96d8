#include "app/sync/PulledErasures.h"

#include "app/common/SyncLogging.h"
#include "app/common/TableWriteRights.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/services/core/AuditTrail.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/sync/FieldClock.h"
#include "database/sync/HeldChanges.h"
#include "database/sync/WireValue.h"

#include <QJsonObject>

#include <algorithm>

namespace bd {

PulledErasures::PulledErasures(Store &store, std::optional<StaffRole> role)
    : m_store(store)
    , m_role(role)
{
}

PulledErasures::Erasure PulledErasures::erasureOf(const CustomerId &customer)
{
    if (const auto found = m_known.constFind(customer); found != m_known.constEnd())
        return *found;
    // The erasure's clock, or that of the pulled insert that brought the customer erased.
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT c.erased_at, %1 FROM customer c WHERE c.id = ?")
                           .arg(FieldClock::ofField(QStringLiteral("'customer'"),
                                                    QStringLiteral("c.id"),
                                                    QStringLiteral("'erased_at'"))));
    query.bind(customer.toString());
    Erasure erasure;
    if (query.exec() && query.next()) {
        erasure.here = true;
        erasure.erased = !query.value(0).toString().isEmpty();
        erasure.stamp = query.value(1).toString();
    } else {
        SqlQuery away(m_store.database(),
                      QStringLiteral("SELECT erased_at FROM sync_moved_away WHERE row_id = ? "
                                     "AND customer_id = row_id"));
        away.bind(customer.toString());
        if (away.exec() && away.next())
            erasure.awayStamp = away.value(0).toString();
    }
    m_known.insert(customer, erasure);
    return erasure;
}

Result<> PulledErasures::audit(const PulledBatch::Touched::Edit &edit, const Erasure &erasure)
{
    const QJsonObject detail{{QStringLiteral("customer_id"), edit.customer.toString()},
                             {QStringLiteral("edit_hlc"), edit.hlc},
                             {QStringLiteral("erased_hlc"), erasure.stamp},
                             {QStringLiteral("origin_node"), edit.originNode}};
    if (!AuditTrail(m_store).recordAnonymous(QStringLiteral("sync"),
                                             QStringLiteral("erased_customer_edit_dropped"),
                                             edit.table, edit.rowId, detail))
        return Error(tr("The audit entry of an edit dropped after an erasure could not be "
                        "written."));
    return {};
}

// The customer of the row an edit changed, when the edit did not name them: an edit sends
// only the fields it changed.
CustomerId PulledErasures::customerOf(const PulledBatch::Touched::Edit &edit)
{
    if (!edit.customer.isEmpty())
        return edit.customer;
    static const QHash<QString, QString> through{
            {QStringLiteral("kyc_answer"),
             QStringLiteral("SELECT s.customer_id FROM kyc_answer a JOIN kyc_session s ON "
                            "s.id = a.session_id WHERE a.id = ?")},
            {QStringLiteral("referral_transition"),
             QStringLiteral("SELECT r.customer_id FROM referral_transition t JOIN referral r ON "
                            "r.id = t.referral_id WHERE t.id = ?")}};
    QString sql = through.value(edit.table);
    if (sql.isEmpty()) {
        // Asked once per table of the batch: an empty statement for a table without one.
        const auto known = m_customerColumn.constFind(edit.table);
        if (known != m_customerColumn.constEnd()) {
            sql = *known;
        } else {
            SqlQuery column(m_store.database(), QStringLiteral("SELECT 1 FROM pragma_table_info(?) "
                                                               "WHERE name = 'customer_id'"));
            column.bind(edit.table);
            // The table name is a synced table's (PulledBatch applied the change to it).
            if (column.exec() && column.next())
                sql = QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(edit.table);
            m_customerColumn.insert(edit.table, sql);
        }
        if (sql.isEmpty())
            return {};
    }
    SqlQuery query(m_store.database(), sql);
    query.bind(edit.rowId);
    return query.exec() && query.next() ? CustomerId(query.value(0).toString()) : CustomerId();
}

CustomerDataSweep::MaySend PulledErasures::maySendErasure() const
{
    return [role = m_role](const QString &table) {
        return !role || TableWriteRights::maySendErasureOf(*role, table);
    };
}

bool PulledErasures::liveRowErasureDeletes(const PulledBatch::Touched::Edit &edit)
{
    // Every table whose rows an erasure deletes (opportunity, marketing event, consent
    // record, tag, voice finding and review, household dismissal): a desk that had not seen
    // the erasure (its clock ahead, or the customer moved away from it) writes one stamped
    // after the erasure, and may never follow it for that row (it dropped the customer).
    if (!maySendErasure()(edit.table))
        return false;
    const auto &tables = CustomerDataMap::tables();
    const bool tombstoned = std::any_of(tables.cbegin(), tables.cend(),
                                        [&](const CustomerDataTable &table) {
                                            return table.table == edit.table && table.synced
                                                    && table.erasure
                                                    == CustomerDataTable::Erasure::Tombstone;
                                        });
    if (!tombstoned)
        return false;
    // The table name is a synced table's of CustomerDataMap, never input.
    SqlQuery row(m_store.database(),
                 QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(edit.table));
    row.bind(edit.rowId);
    return row.exec() && row.next();
}

Result<> PulledErasures::letGoOfBlankingsWithoutRow()
{
    // Only tables whose rows do not name their customer: elsewhere the blanking carries
    // customer_id, and what waits naming a customer is settled by MovedCustomers and
    // HeldChanges::forgetCustomer. No person's edit of such a row is one of these: a KYC
    // answer is saved whole, a referral's step is only ever added.
    QHash<QString, QJsonObject> blankings; // table -> column -> erased value
    for (const CustomerDataTable &table : CustomerDataMap::tables()) {
        if (!table.synced || table.personalColumns.isEmpty()
            || table.rowsOfCustomer == QLatin1String("customer_id = ?"))
            continue;
        QJsonObject columns;
        for (const CustomerDataTable::Column &column : table.personalColumns)
            columns.insert(column.name, wireValue(column.erasedValue));
        blankings.insert(table.table, columns);
    }
    HeldChanges held(m_store);
    if (held.count() == 0)
        return {};
    const Result<QList<SyncChange>> waiting = held.waiting(blankings.keys());
    if (!waiting)
        return waiting.error();
    QHash<QString, int> heldOfRow; // table/row -> how many changes of it wait
    for (const SyncChange &change : *waiting)
        ++heldOfRow[change.table + QLatin1Char('/') + change.rowId];
    for (const SyncChange &change : *waiting) {
        const auto erased = blankings.constFind(change.table);
        if (erased == blankings.constEnd() || change.op != QLatin1String("upsert")
            || change.fields.isEmpty())
            continue;
        bool onlyBlanks = true;
        for (auto it = change.fields.constBegin(); onlyBlanks && it != change.fields.constEnd();
             ++it)
            onlyBlanks = erased->contains(it.key()) && erased->value(it.key()) == it.value();
        // The row's insert waiting here too may still come: the blanking then applies after it.
        if (!onlyBlanks || heldOfRow.value(change.table + QLatin1Char('/') + change.rowId) > 1)
            continue;
        if (Result<> gone = held.release(change.changeId); !gone)
            return gone;
        qCInfo(lcSync) << "erasure's blanking of a row not here let go:" << change.table
                       << change.rowId;
    }
    return {};
}

Result<> PulledErasures::followErasuresOfAway(const PulledBatch::Touched &touched)
{
    const CustomerDataSweep::MaySend maySend = maySendErasure();
    // The erasure of a customer moved away from here: what this workstation sent of them.
    for (const PulledBatch::Touched::Edit &edit : touched.edits) {
        if (!edit.erasure || edit.customer.isEmpty() || erasureOf(edit.customer).here)
            continue;
        m_known.remove(edit.customer); // its stamp is remembered now
        if (const Result<bool> blanked
            = CustomerDataSweep(m_store).followErasureOfMovedAway(edit.customer, edit.hlc, {},
                                                                 maySend);
            !blanked)
            return blanked.error();
    }
    // A change that names one of them, made before their erasure, of a row that stayed here.
    QHash<CustomerId, QStringList> stayed;
    for (const PulledBatch::Touched::Edit &edit : touched.edits) {
        if (edit.erasure || edit.customer.isEmpty())
            continue;
        const Erasure erasure = erasureOf(edit.customer);
        if (erasure.here || erasure.awayStamp.isEmpty()
            || !(HlcStamp::fromString(edit.hlc) < HlcStamp::fromString(erasure.awayStamp)))
            continue;
        stayed[edit.customer] << edit.table + QLatin1Char('/') + edit.rowId;
    }
    for (auto it = stayed.constBegin(); it != stayed.constEnd(); ++it) {
        qCInfo(lcSync) << "rows of a customer erased while away scrubbed:" << it.value();
        if (const Result<bool> blanked
            = CustomerDataSweep(m_store).followErasureOfMovedAway(it.key(), {}, it.value(),
                                                                 maySend);
            !blanked)
            return blanked.error();
    }
    return {};
}

Result<> PulledErasures::follow(const PulledBatch::Touched &touched)
{
    if (Result<> let = letGoOfBlankingsWithoutRow(); !let)
        return let;
    if (Result<> away = followErasuresOfAway(touched); !away)
        return away;
    if (touched.edits.isEmpty())
        return {};
    // Only the customers the batch touched are looked at, each by its id: asking first
    // whether any customer here is erased read the whole customer table for every pulled
    // row, 1.4-2.8 s of each round at a branch of 1,000,000 (bench_event_to_today).
    QSet<CustomerId> toBlank;
    QSet<CustomerId> toScrub;
    for (const PulledBatch::Touched::Edit &found : touched.edits) {
        PulledBatch::Touched::Edit edit = found;
        edit.customer = customerOf(found);
        if (edit.customer.isEmpty())
            continue;
        const Erasure erasure = erasureOf(edit.customer);
        if (!erasure.erased)
            continue;
        if (edit.erasure && edit.originNode == m_store.nodeId()) {
            if (Result<> scrubbed = CustomerDataSweep(m_store).scrubRecordsOf(edit.customer);
                !scrubbed)
                return scrubbed;
            continue;
        }
        if (edit.erasure) {
            toBlank.insert(edit.customer);
            continue;
        }
        // The customer row takes no edit after its erasure (RemoteChangeApplier drops it);
        // another table's row keeps an edit made knowing of the erasure (stamped after it,
        // like the erasing workstation's own blanking), not one that did not know of it.
        const bool dropped = edit.table == QLatin1String("customer") || erasure.stamp.isEmpty()
                || HlcStamp::fromString(edit.hlc) < HlcStamp::fromString(erasure.stamp);
        // A row an erasure deletes (an opportunity, a tag, a consent record) is not alive
        // after it, whatever its stamp: one written by a desk that had not pulled the
        // erasure (its clock ahead, or the customer moved away from it), stamped after it,
        // is blanked and deleted by a desk that may send that (F32's gap). Not the eraser's
        // own blanking, whose delete a later batch brings: sweeping the customer again for
        // it only sends every row's erasure once more.
        const bool erasersOwn = edit.originNode == HlcStamp::fromString(erasure.stamp).node;
        if (!dropped && (erasersOwn || !liveRowErasureDeletes(edit))) {
            // What this desk sent of the row stays in its outbox unless scrubbed: a row it
            // wrote not yet knowing of the erasure and may not erase itself (an opportunity
            // from a wealth manager's desk, F32) is erased by another desk's change, which
            // arrives here as this one and changes nothing else here (F40).
            toScrub.insert(edit.customer);
            continue;
        }
        if (!dropped)
            qCInfo(lcSync) << "live row of an erased customer erased:" << edit.table << edit.rowId;
        if (Result<> audited = audit(edit, erasure); !audited)
            return audited;
        // A dropped edit of the customer row was never applied: nothing to blank again.
        if (edit.table != QLatin1String("customer"))
            toBlank.insert(edit.customer);
    }
    for (const CustomerId &customer : std::as_const(toScrub)) {
        if (Result<> scrubbed = CustomerDataSweep(m_store).scrubRecordsOf(customer); !scrubbed)
            return scrubbed;
    }
    const CustomerDataSweep::MaySend maySend = maySendErasure();
    for (const CustomerId &customer : std::as_const(toBlank)) {
        if (const Result<int> blanked
            = CustomerDataSweep(m_store).followErasure(customer, maySend);
            !blanked)
            return blanked.error();
    }
    return {};
}

} // namespace bd
