#include "app/sync/PulledErasures.h"

#include "app/common/TableWriteRights.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/services/core/AuditTrail.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/privacy/CustomerDataSweep.h"

#include <QJsonObject>

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
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT c.erased_at, k.hlc FROM customer c "
                                  "LEFT JOIN sync_field_clock k ON k.table_name = 'customer' "
                                  "AND k.row_id = c.id AND k.field = 'erased_at' WHERE c.id = ?"));
    query.bind(customer.toString());
    Erasure erasure;
    if (query.exec() && query.next()) {
        erasure.here = true;
        erasure.erased = !query.value(0).toString().isEmpty();
        erasure.stamp = query.value(1).toString();
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

Result<> PulledErasures::follow(const PulledBatch::Touched &touched)
{
    // The erasure of a customer moved away from here: what this workstation sent of them.
    for (const PulledBatch::Touched::Edit &edit : touched.edits) {
        if (!edit.erasure || edit.customer.isEmpty() || erasureOf(edit.customer).here)
            continue;
        if (const Result<bool> blanked
            = CustomerDataSweep(m_store).followErasureOfMovedAway(edit.customer);
            !blanked)
            return blanked.error();
    }
    // Only the customers the batch touched are looked at, each by its id: asking first
    // whether any customer here is erased read the whole customer table for every pulled
    // row, 1.4-2.8 s of each round at a branch of 1,000,000 (bench_event_to_today).
    QSet<CustomerId> toBlank;
    for (const PulledBatch::Touched::Edit &found : touched.edits) {
        PulledBatch::Touched::Edit edit = found;
        edit.customer = customerOf(found);
        if (edit.customer.isEmpty())
            continue;
        const Erasure erasure = erasureOf(edit.customer);
        if (!erasure.erased)
            continue;
        if (edit.erasure) {
            toBlank.insert(edit.customer);
            continue;
        }
        // The customer row takes no edit after its erasure (RemoteChangeApplier drops it);
        // another table's row keeps an edit made knowing of the erasure (stamped after it,
        // like the erasing workstation's own blanking), not one that did not know of it.
        const bool dropped = edit.table == QLatin1String("customer") || erasure.stamp.isEmpty()
                || HlcStamp::fromString(edit.hlc) < HlcStamp::fromString(erasure.stamp);
        if (!dropped)
            continue;
        if (Result<> audited = audit(edit, erasure); !audited)
            return audited;
        // A dropped edit of the customer row was never applied: nothing to blank again.
        if (edit.table != QLatin1String("customer"))
            toBlank.insert(edit.customer);
    }
    const auto maySend = [role = m_role](const QString &table) {
        return !role || TableWriteRights::maySendErasureOf(*role, table);
    };
    for (const CustomerId &customer : std::as_const(toBlank)) {
        if (const Result<int> blanked
            = CustomerDataSweep(m_store).followErasure(customer, maySend);
            !blanked)
            return blanked.error();
    }
    return {};
}

} // namespace bd
