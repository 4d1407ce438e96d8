#include "database/opportunities/OpportunityMerge.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/opportunities/DeskEventRecord.h"
#include "database/sync/ChangeRecorder.h"

#include <QDateTime>
#include <QHash>
#include <QVariantMap>

namespace bd {

namespace {
// One live opportunity of a customer, as far as merging reads it.
struct Copy
{
    QString id;
    QString ruleId;
    QDateTime occurredAt;
    QString status;
    QString mergedInto;
    QString seenBy, seenAt, contactedBy, contactedAt, outcome;
    int version = 0;
};

bool contacted(const QString &status)
{
    return status == QLatin1String("contacted") || status == QLatin1String("done");
}
} // namespace

OpportunityMerge::OpportunityMerge(Store &store, bool record)
    : m_store(store)
    , m_record(record)
{
}

Result<int> OpportunityMerge::settle(const QSet<CustomerId> &customers)
{
    if (customers.isEmpty())
        return 0;
    // Each rule's window as the branch's rules say now; a rule no longer in them has none
    // (its rows stay as they are).
    const Result<RuleBook::Built> built = DeskEventRecord(m_store).rules();
    if (!built)
        return built.error();
    QHash<QString, qint64> windowSecs;
    for (const MarketingRule &rule : built->rules.rules)
        windowSecs.insert(rule.id, qint64(rule.dedupDays) * 86400);

    SqlQuery update(m_store.database());
    ChangeRecorder recorder(m_store);
    int merged = 0;
    for (const CustomerId &customer : customers) {
        Result<QList<Copy>> read = SqlQuery::readAll<Copy>(
                m_store.database(),
                QStringLiteral("SELECT id, rule_id, COALESCE(occurred_at, created_at), status, "
                               "COALESCE(merged_into, ''), COALESCE(seen_by, ''), "
                               "COALESCE(seen_at, ''), COALESCE(contacted_by, ''), "
                               "COALESCE(contacted_at, ''), COALESCE(outcome, ''), version "
                               "FROM opportunity WHERE customer_id = ? AND deleted = 0"),
                {customer.toString()}, [](const SqlQuery &row) {
                    return Copy{row.text(0), row.text(1),
                                QDateTime::fromString(row.text(2), Qt::ISODateWithMs),
                                row.text(3), row.text(4), row.text(5), row.text(6),
                                row.text(7), row.text(8), row.text(9), row.integer(10)};
                });
        if (!read)
            return read.error();
        QList<Copy> &copies = *read;
        // When the events happened, then the id: the same order on every copy.
        std::sort(copies.begin(), copies.end(), [](const Copy &a, const Copy &b) {
            return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
        });
        // The one that stays for each copy: the first of its chain of duplicates.
        QHash<QString, int> stays;
        for (int i = 0; i < copies.size(); ++i) {
            const Copy &later = copies.at(i);
            const qint64 window = windowSecs.value(later.ruleId, 0);
            stays.insert(later.id, i);
            for (int j = 0; window > 0 && j < i; ++j) {
                const Copy &earlier = copies.at(j);
                if (earlier.ruleId == later.ruleId
                    && earlier.occurredAt.secsTo(later.occurredAt) < window) {
                    stays.insert(later.id, stays.value(earlier.id));
                    break;
                }
            }
        }
        auto write = [&](Copy &row, const QVariantMap &fields) -> Result<> {
            QStringList sets;
            for (auto it = fields.cbegin(); it != fields.cend(); ++it)
                sets << it.key() + QStringLiteral(" = ?");
            update.prepare(QStringLiteral("UPDATE opportunity SET %1, updated_at = ?, "
                                          "version = version + 1 WHERE id = ? AND version = ?")
                                   .arg(sets.join(QStringLiteral(", "))));
            for (const QVariant &value : fields)
                update.bind(value);
            update.bind(SqlTime::now()).bind(row.id).bind(row.version);
            if (Result<> ran = update.execOnOneRow(); !ran)
                return ran;
            if (m_record) {
                if (Result<> recorded = recorder.recordUpsert(QStringLiteral("opportunity"),
                                                              row.id, fields, row.version);
                    !recorded)
                    return recorded;
            }
            ++row.version;
            return {};
        };
        for (Copy &loser : copies) {
            Copy &survivor = copies[stays.value(loser.id)];
            if (survivor.id == loser.id || loser.mergedInto == survivor.id)
                continue;
            // What was done on the duplicate is not lost: the one that stays takes the
            // first sight and the contact it has not got itself.
            QVariantMap moved;
            if (survivor.seenAt.isEmpty() && !loser.seenAt.isEmpty()) {
                moved.insert(QStringLiteral("seen_by"), loser.seenBy);
                moved.insert(QStringLiteral("seen_at"), loser.seenAt);
                survivor.seenBy = loser.seenBy;
                survivor.seenAt = loser.seenAt;
            }
            if (survivor.contactedAt.isEmpty() && !loser.contactedAt.isEmpty()) {
                moved.insert(QStringLiteral("contacted_by"), loser.contactedBy);
                moved.insert(QStringLiteral("contacted_at"), loser.contactedAt);
                moved.insert(QStringLiteral("outcome"), loser.outcome);
                survivor.contactedBy = loser.contactedBy;
                survivor.contactedAt = loser.contactedAt;
                survivor.outcome = loser.outcome;
                if (contacted(loser.status) && !contacted(survivor.status)) {
                    moved.insert(QStringLiteral("status"), loser.status);
                    survivor.status = loser.status;
                }
            }
            if (!moved.isEmpty()) {
                if (Result<> written = write(survivor, moved); !written)
                    return written.error();
            }
            const QVariantMap closed{{QStringLiteral("status"), QStringLiteral("dismissed")},
                                     {QStringLiteral("merged_into"), survivor.id}};
            if (Result<> written = write(loser, closed); !written)
                return written.error();
            loser.status = QStringLiteral("dismissed");
            loser.mergedInto = survivor.id;
            ++merged;
        }
    }
    return merged;
}

} // namespace bd
