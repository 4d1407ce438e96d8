#include "app/rules/RuleEngine.h"

#include "app/rules/CustomerScope.h"
#include "app/rules/RuleFields.h"

#include <QHash>

#include <algorithm>

namespace bd {

namespace {

// -1, 0, 1 as amount / aum (in percent) compares with `percent`, exactly.
int compareShare(Money amount, Money aum, qint64 percent)
{
    // 10^15 fen times 10^5 percent does not fit in 64 bits.
    __extension__ using Wide = __int128;
    const Wide left = Wide(amount.fen()) * 100;
    const Wide right = Wide(percent) * aum.fen();
    return left < right ? -1 : (left > right ? 1 : 0);
}

bool shareHolds(Money amount, Money aum, SegmentOperator op, const QVariantList &values)
{
    const int c = compareShare(amount, aum, values.value(0).toLongLong());
    switch (op) {
    case SegmentOperator::Equal: return c == 0;
    case SegmentOperator::NotEqual: return c != 0;
    case SegmentOperator::Less: return c < 0;
    case SegmentOperator::LessOrEqual: return c <= 0;
    case SegmentOperator::Greater: return c > 0;
    case SegmentOperator::GreaterOrEqual: return c >= 0;
    case SegmentOperator::Between:
        return c >= 0 && compareShare(amount, aum, values.value(1).toLongLong()) <= 0;
    default: return false;
    }
}

// The most events with the same window key in any stretch of `days` that holds the event.
int busiestWindow(const QList<QDateTime> &times, const QDateTime &at, int days)
{
    QList<QDateTime> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    const qint64 span = qint64(days) * 86400;
    int best = 0;
    for (const QDateTime &start : std::as_const(sorted)) {
        if (start > at || start.secsTo(at) > span)
            continue;
        const QDateTime end = start.addSecs(span);
        const int count = int(std::count_if(sorted.cbegin(), sorted.cend(), [&](const QDateTime &t) {
            return t >= start && t <= end;
        }));
        best = std::max(best, count);
    }
    return best;
}

// Evaluates a rule's "when" on one event, noting the figures that decided it.
class WhenCheck
{
public:
    WhenCheck(const MarketingEvent &event, const CustomerProfile &customer, EventHistory &history)
        : m_event(event)
        , m_customer(customer)
        , m_history(history)
    {
    }

    bool holds(const SegmentNode &node)
    {
        if (!node.isGroup())
            return condition(node);
        for (const SegmentNode &child : node.children) {
            const bool match = holds(child);
            if (node.matchAll && !match)
                return false;
            if (!node.matchAll && match)
                return true;
        }
        return node.matchAll;
    }

    QJsonObject facts;

private:
    bool condition(const SegmentNode &node)
    {
        const QString &f = node.field;
        if (f == QLatin1String("amount"))
            return m_event.amount && CustomerScope::compare(m_event.amount->fen(), node.op, node.values);
        if (f == QLatin1String("share_of_aum")) {
            if (!m_event.amount || m_customer.aum.fen() <= 0)
                return false;
            facts.insert(QStringLiteral("share_percent"),
                         double(m_event.amount->fen() * 100 / m_customer.aum.fen()));
            return shareHolds(*m_event.amount, m_customer.aum, node.op, node.values);
        }
        if (f == QLatin1String("days_to_maturity")) {
            if (!m_event.maturityDate.isValid())
                return false;
            const qint64 days = m_event.occurredAt.toLocalTime().date().daysTo(m_event.maturityDate);
            facts.insert(QStringLiteral("days_to_maturity"), double(days));
            return CustomerScope::compare(days, node.op, node.values);
        }
        if (f == QLatin1String("count_in_window")) {
            const int count = windowCount(node.days);
            facts.insert(QStringLiteral("count"), count);
            facts.insert(QStringLiteral("days"), node.days);
            return CustomerScope::compare(count, node.op, node.values);
        }
        if (f == QLatin1String("first"))
            return m_event.first.value_or(false) == node.values.value(0).toBool();
        const std::optional<EventField> field = RuleFields::eventField(f);
        return field && CustomerScope::inSet(m_event.text(*field), node.op, node.values);
    }

    int windowCount(int days)
    {
        const auto cached = m_windows.constFind(days);
        if (cached != m_windows.constEnd())
            return *cached;
        const qint64 span = qint64(days) * 86400;
        const QList<QDateTime> times = m_history.eventTimes(
                m_customer.id, m_event.windowKey(), m_event.occurredAt.addSecs(-span),
                m_event.occurredAt.addSecs(span));
        const int count = busiestWindow(times, m_event.occurredAt, days);
        m_windows.insert(days, count);
        return count;
    }

    const MarketingEvent &m_event;
    const CustomerProfile &m_customer;
    EventHistory &m_history;
    QHash<int, int> m_windows;
};

QJsonObject eventFacts(const MarketingEvent &event)
{
    QJsonObject facts{{QStringLiteral("event_kind"), EventKinds::code(event.kind)},
                      {QStringLiteral("occurred_at"),
                       event.occurredAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (event.amount)
        facts.insert(QStringLiteral("amount_fen"), double(event.amount->fen()));
    for (EventField field : EventKinds::allFields()) {
        if (field != EventField::AmountFen && !event.text(field).isEmpty())
            facts.insert(EventKinds::fieldCode(field), event.text(field));
    }
    return facts;
}

} // namespace

RuleEngine::RuleEngine(RuleSet rules)
    : m_rules(std::move(rules))
{
}

bool RuleEngine::reactsTo(EventKind kind) const
{
    return std::any_of(m_rules.rules.cbegin(), m_rules.rules.cend(),
                       [kind](const MarketingRule &rule) { return rule.enabled && rule.event == kind; });
}

QList<RuleOutcome> RuleEngine::evaluate(const MarketingEvent &event,
                                        const CustomerProfile &customer, EventHistory &history,
                                        const QDateTime &now) const
{
    QList<RuleOutcome> outcomes;
    if (!customer.isActive())
        return outcomes;
    const QDate today = now.toLocalTime().date();
    WhenCheck when(event, customer, history);
    for (const MarketingRule &rule : m_rules.rules) {
        if (!rule.enabled || rule.event != event.kind)
            continue;
        if (rule.customers && !CustomerScope::matches(*rule.customers, customer, today))
            continue;
        if (rule.when && !when.holds(*rule.when))
            continue;
        RuleOutcome outcome;
        outcome.rule = rule;
        outcome.facts = eventFacts(event);
        for (auto it = when.facts.constBegin(); it != when.facts.constEnd(); ++it)
            outcome.facts.insert(it.key(), it.value());
        if (event.occurredAt.secsTo(now) > qint64(rule.freshHours) * 3600) {
            outcome.verdict = RuleOutcome::Verdict::Stale;
            outcomes << outcome;
            continue;
        }
        if (rule.dedupDays > 0) {
            const qint64 window = qint64(rule.dedupDays) * 86400;
            if (history.firedWithin(customer.id, rule.id, event.occurredAt.addSecs(-window),
                                    event.occurredAt.addSecs(window))) {
                outcome.verdict = RuleOutcome::Verdict::Duplicate;
                outcomes << outcome;
                continue;
            }
        }
        // Who receives it.
        const bool hasManager = !customer.managerId.isEmpty();
        if (rule.recipient == QLatin1String("branch_head")) {
            outcome.assignedRole = QStringLiteral("branch_head");
        } else if (rule.recipient == QLatin1String("pool") || !hasManager) {
            outcome.assignedRole = QStringLiteral("pool");
        } else {
            outcome.assignedRole = QStringLiteral("manager");
            outcome.assignee = customer.managerId;
        }
        // The contact rules, before anyone sees it.
        const int contacts = rule.purpose == ContactPurpose::Marketing
                ? history.marketingContactsSince(
                          customer.id, now.addDays(-m_rules.contact.periodDays))
                : 0;
        const ContactGate::Decision decision
                = ContactGate::decide(m_rules.contact, rule.purpose, customer, contacts, now);
        outcome.heldReasons = decision.heldReasons;
        if (rule.recipient == QLatin1String("manager_only") && !hasManager)
            outcome.heldReasons << QStringLiteral("no_manager");
        outcome.contactAfter = decision.contactAfter;
        outcome.verdict = outcome.heldReasons.isEmpty() ? RuleOutcome::Verdict::Delivered
                                                        : RuleOutcome::Verdict::HeldBack;
        if (outcome.verdict == RuleOutcome::Verdict::HeldBack) {
            outcome.assignee = StaffId();
            outcome.contactAfter = QDateTime();
        }
        history.noteFiring(customer.id, rule.id, event.occurredAt,
                           outcome.verdict == RuleOutcome::Verdict::Delivered
                                   && rule.purpose == ContactPurpose::Marketing);
        outcomes << outcome;
    }
    return outcomes;
}

} // namespace bd
