#include "database/opportunities/OpportunityMerge.h"

#include "app/domain/WorkStates.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/opportunities/DeskEventRecord.h"
#include "database/sync/ChangeRecorder.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
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
    QString origin;    // server | desk
    QString eventKind;
    QJsonObject facts; // reason_json: what the event said
};

// Which way the money went in the teller's counter business, as core banking reports the
// same transaction (its `direction`); empty for business that moves none or either way.
QString counterDirection(const QString &businessType)
{
    static const QHash<QString, QString> directions{
            {QStringLiteral("cash_deposit"), QStringLiteral("in")},
            {QStringLiteral("large_deposit"), QStringLiteral("in")},
            {QStringLiteral("account_opening"), QStringLiteral("in")},
            {QStringLiteral("cash_withdrawal"), QStringLiteral("out")},
            {QStringLiteral("transfer"), QStringLiteral("out")},
            {QStringLiteral("large_transfer"), QStringLiteral("out")},
            {QStringLiteral("bill_payment"), QStringLiteral("out")}};
    return directions.value(businessType);
}

// The teller's counter business (a desk's event) and core banking's report of a counter
// transaction (the server's event) are one transaction when they name the same customer
// (the caller's), amount and direction within kSameTransactionSecs: the two carry
// different event ids, so what they share is all there is to match them by.
constexpr qint64 kSameTransactionSecs = 30 * 60;
bool sameTransaction(const Copy &desk, const Copy &core)
{
    const QString fen = QStringLiteral("amount_fen");
    if (desk.origin != QLatin1String("desk")
        || desk.eventKind != QLatin1String("counter_business")
        || core.origin != QLatin1String("server") || core.eventKind != QLatin1String("transaction")
        || core.facts.value(QStringLiteral("channel")).toString() != QLatin1String("counter"))
        return false;
    const QString direction
            = counterDirection(desk.facts.value(QStringLiteral("business_type")).toString());
    return !direction.isEmpty()
            && direction == core.facts.value(QStringLiteral("direction")).toString()
            && desk.facts.value(fen).toDouble() > 0
            && desk.facts.value(fen).toDouble() == core.facts.value(fen).toDouble()
            && qAbs(desk.occurredAt.secsTo(core.occurredAt)) <= kSameTransactionSecs;
}

bool contacted(const QString &status)
{
    const std::optional<OpportunityStatus> known = WorkStates::opportunityStatus(status);
    return known == OpportunityStatus::Contacted || known == OpportunityStatus::Done;
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
    return settle(customers, built->rules);
}

Result<int> OpportunityMerge::settle(const QSet<CustomerId> &customers, const RuleSet &rules)
{
    QHash<QString, qint64> windowSecs;
    for (const MarketingRule &rule : rules.rules)
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
                               "COALESCE(contacted_at, ''), COALESCE(outcome, ''), version, origin, "
                               "event_kind, reason_json FROM opportunity WHERE customer_id = ? AND deleted = 0"),
                {customer.toString()}, [](const SqlQuery &row) {
                    return Copy{row.text(0), row.text(1),
                                QDateTime::fromString(row.text(2), Qt::ISODateWithMs),
                                row.text(3), row.text(4), row.text(5), row.text(6),
                                row.text(7), row.text(8), row.text(9), row.integer(10),
                                row.text(11), row.text(12),
                                QJsonDocument::fromJson(row.value(13).toByteArray()).object()};
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
        // The teller's counter business that core banking reported too: the server's
        // opportunity stays (the system of record's, whose rule knows which way the money
        // went: a retention call for money leaving), the desk's is merged into it.
        for (int i = 0; i < copies.size(); ++i) {
            for (int j = 0; j < copies.size(); ++j) {
                if (sameTransaction(copies.at(i), copies.at(j))) {
                    const int survivor = stays.value(copies.at(j).id);
                    for (auto it = stays.begin(); it != stays.end(); ++it) {
                        if (it.value() == i)
                            it.value() = survivor;
                    }
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
            const QString dismissed = WorkStates::code(OpportunityStatus::Dismissed);
            const QVariantMap closed{{QStringLiteral("status"), dismissed},
                                     {QStringLiteral("merged_into"), survivor.id}};
            if (Result<> written = write(loser, closed); !written)
                return written.error();
            loser.status = dismissed;
            loser.mergedInto = survivor.id;
            ++merged;
        }
    }
    return merged;
}

} // namespace bd
