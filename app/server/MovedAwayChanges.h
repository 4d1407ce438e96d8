#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/server/CustomerHomes.h"

#include <QHash>

#include <functional>

#include <optional>

namespace bd {

// A change of a customer who has moved away from the pushing branch, made on one of its
// workstations before it saw the move (issue 13, fault run defect 3). The old branch's
// workstations have dropped the customer, so such a change would be refused by each of them
// and split the branch. Instead the customer's changes follow the customer: a row that
// travels with them (CustomerMoveTables) goes to the new branch's log, without the old
// branch and manager on the customer row itself; a row that stays with the old branch (a
// referral, a lobby visit) stays there without its link, as the old branch's workstations
// keep theirs (MovedCustomers). Any other change is filed in the pushing branch's log.
class MovedAwayChanges
{
public:
    // A KYC answer names its interview, not the customer, and an edit or a delete of a row
    // that travels with the customer may name nobody (an erasure blanks an answer by its id
    // alone): `rowField` finds the first value of a field in the entries the server filed
    // of a row (the same push is known from it), so that the answer follows its interview
    // and the edit its row (issue 13, open item 9).
    using RowField = std::function<QString(const QString &table, const QString &rowId,
                                           const QString &field)>;
    MovedAwayChanges(const CustomerHomes &homes, RowField rowField)
        : m_homes(homes)
        , m_rowField(std::move(rowField))
    {
    }

    // The branch whose log takes `change` pushed by `pushingBranch`; `change` is rewritten
    // as it is to be filed.
    BranchId route(const BranchId &pushingBranch, SyncChange &change);
    // For the pushing branch's log: each row routed to the new branch (an interview, a tag),
    // as a change that only places it with its customer. After a restore a change naming
    // only the row (an answer of the interview, the tag's delete) can be filed in the old
    // log before the row reaches the server; the old branch's workstations never get the
    // row and would hold that change for good. Placed with a customer they dropped (or
    // hold and then see moved), they let both go (MovedCustomers).
    QList<SyncChange> rowsLeftBehind() const { return m_leftBehind; }

private:
    QString customerNamedBy(const SyncChange &change);
    // The first `field` of the row "table/row id" in this push or the log.
    QString fieldOf(const QString &row, const QString &field);

    const CustomerHomes &m_homes;
    RowField m_rowField;
    QList<SyncChange> m_leftBehind;
    // "table/row id" + "#" + field -> its value, per push (customer_id, session_id).
    QHash<QString, QString> m_rowFields;
    // Per push: a day's edits name few customers many times.
    QHash<CustomerId, std::optional<CustomerHomes::Home>> m_known;
};

} // namespace bd
