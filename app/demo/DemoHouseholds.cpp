#include "app/demo/DemoHouseholds.h"

#include <cstdlib>

namespace bd::demo {

namespace {
constexpr std::size_t kHeads = 64;  // candidate heads kept
constexpr double kJoins = 0.22;     // a customer joins a household of a recent one
constexpr double kBecomesHead = 0.3;
constexpr double kSharesAddressUnlinked = 0.02; // a suggestion waiting for a person
constexpr int kMaxMembers = 5;
// A stream of its own: the main one's draws stay exactly where they were.
constexpr std::uint64_t kStream = 0x486f757365686f6cull; // "Househol"
} // namespace

DemoHouseholds::DemoHouseholds(DemoContext &context, DemoRowQueue *queue)
    : m_context(context)
    , m_random(context.seed ^ kStream)
    , m_ids(context.seed ^ kStream)
    , m_household(context.db,
                  "INSERT INTO household(id, branch_id, created_by, created_at, updated_at)"
                  " VALUES (?,?,?,?,?)",
                  context.error, queue)
    , m_member(context.db,
               "INSERT INTO household_member(id, customer_id, household_id, relation, linked_by,"
               " linked_at, updated_at) VALUES (?,?,?,?,?,?,?)",
               context.error, queue)
{
}

const char *DemoHouseholds::relationTo(const Head &head, const Person &person)
{
    if (head.person.businessOwner && person.businessOwner && m_random.chance(0.5))
        return "partner";
    const int older = head.person.age - person.age;
    if (std::abs(older) <= 12 && head.person.male != person.male && head.person.married
        && person.married)
        return "spouse";
    if (older >= 18 && older <= 45)
        return "child";
    if (older <= -18 && older >= -45)
        return "parent";
    return "relative";
}

DemoHouseholds::Home DemoHouseholds::place(const Person &person, Home home)
{
    m_newHousehold.clear();
    m_newHead.clear();
    m_joins.clear();
    m_joiner.clear();
    m_relation = nullptr;
    if (!m_heads.empty() && m_random.chance(kJoins)) {
        Head &head = m_heads[std::size_t(m_random.below(std::int64_t(m_heads.size())))];
        if (head.members < kMaxMembers && head.id != person.id) {
            if (head.householdId.empty()) {
                head.householdId = m_ids.nextAt(m_context.idMillis).toStdString();
                m_newHousehold = head.householdId;
                m_newHead = head.id;
            }
            m_joins = head.householdId;
            m_joiner = person.id;
            m_relation = relationTo(head, person);
            ++head.members;
            const std::string relation(m_relation);
            const double together = relation == "spouse" ? 0.95
                    : relation == "partner"             ? 0.0
                    : relation == "relative"            ? 0.3
                                                        : 0.7;
            if (m_random.chance(together))
                return head.home;
            return home;
        }
    }
    if (!m_heads.empty() && m_random.chance(kSharesAddressUnlinked))
        home = m_heads[std::size_t(m_random.below(std::int64_t(m_heads.size())))].home;
    if (person.age >= 28 && person.age <= 75 && m_random.chance(kBecomesHead)) {
        Head head{person.id, {}, person, home, 1};
        if (m_heads.size() < kHeads)
            m_heads.push_back(head);
        else
            m_heads[std::size_t(m_random.below(std::int64_t(kHeads)))] = head;
    }
    return home;
}

void DemoHouseholds::write()
{
    const std::string &by = m_context.wealthManagers.front();
    if (!m_newHousehold.empty()) {
        m_household.text(m_newHousehold).text(m_context.branchId).text(by).text(m_context.stamp)
                .text(m_context.stamp).run();
        m_member.text(m_newHead).text(m_newHead).text(m_newHousehold).text("head").text(by)
                .text(m_context.stamp).text(m_context.stamp).run();
    }
    if (!m_joins.empty())
        m_member.text(m_joiner).text(m_joiner).text(m_joins).text(m_relation).text(by)
                .text(m_context.stamp).text(m_context.stamp).run();
}

std::string DemoHouseholds::assessedOn(bool hasRiskLevel, bool hasKyc)
{
    if (!hasRiskLevel || hasKyc)
        return {}; // a KYC version carries its own day
    return DemoCalendar::date(m_context.calendar.today() - m_random.between(10, 420));
}

} // namespace bd::demo
