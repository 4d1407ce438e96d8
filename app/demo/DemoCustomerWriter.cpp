#include "app/demo/DemoCustomerWriter.h"

#include "app/demo/DemoNames.h"
#include "app/domain/CustomerTier.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/domain/WorkStates.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bd::demo {

namespace {

const char *const kTierCodes[] = {"ordinary", "silver", "gold", "platinum", "diamond"};
constexpr std::int64_t kThresholdFen[] = {0, 5'000'000, 50'000'000, 300'000'000, 600'000'000};

int tierFor(std::int64_t fen)
{
    return int(Tiers::forAum(Money::fromFen(fen)));
}

// Ages of a city branch's customers: few students, many in their thirties to sixties.
int drawAge(DemoRandom &random)
{
    static const int bands[][2] = {{18, 25}, {26, 35}, {36, 45}, {46, 55},
                                   {56, 65}, {66, 75}, {76, 85}};
    static const int weights[] = {9, 20, 21, 19, 16, 10, 5};
    const int band = random.weighted(weights, 100);
    return int(random.between(bands[band][0], bands[band][1]));
}

} // namespace

DemoCustomerWriter::DemoCustomerWriter(DemoContext &context)
    : m_context(context)
    , m_random(context.random)
    , m_queue(context.keys, context.error)
    , m_households(context, &m_queue)
    , m_customer(context.db,
                 "INSERT INTO customer(id, branch_id, cif_no, name, gender, birth_date, id_number,"
                 " phone, address, occupation, industry, education, marital_status,"
                 " annual_income_fen, aum_fen, tier, risk_level, lifecycle_stage, manager_id,"
                 " assignment_mode, do_not_contact, marketing_consent, opened_on, created_at,"
                 " updated_at, previous_tier, tier_changed_on, preferred_contact, locality,"
                 " risk_assessed_on, birth_year)"
                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 context.error, &m_queue)
    , m_holding(context.db,
                "INSERT INTO holding(id, customer_id, product_family, product_code, product_name,"
                " amount_fen, rate_bp, opened_on, maturity_date, status, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                context.error, &m_queue)
    , m_snapshot(context.db, "INSERT INTO aum_snapshot(customer_id, month, aum_fen) VALUES (?,?,?)",
                 context.error, &m_queue)
    , m_txn(context.db,
            "INSERT INTO txn(id, customer_id, occurred_at, kind, channel, amount_fen, counterparty,"
            " institution) VALUES (?,?,?,?,?,?,?,?)",
            context.error, &m_queue)
    , m_event(context.db,
              "INSERT INTO customer_event(id, customer_id, occurred_at, kind, channel, detail)"
              " VALUES (?,?,?,?,?,?)",
              context.error, &m_queue)
    , m_interaction(context.db,
                    "INSERT INTO interaction(id, customer_id, staff_id, occurred_at, channel,"
                    " purpose, outcome, customer_voice, sentiment, objection, competitor,"
                    " next_follow_up, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    context.error, &m_queue)
    , m_kycSession(context.db,
                   "INSERT INTO kyc_session(id, customer_id, staff_id, version_no, status,"
                   " risk_level, started_at, finished_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                   context.error, &m_queue)
    , m_kycAnswer(context.db,
                  "INSERT INTO kyc_answer(id, session_id, cell, question_id, value_json,"
                  " answered_at) VALUES (?,?,?,?,?,?)",
                  context.error, &m_queue)
    , m_kycField(context.db,
                 "INSERT INTO kyc_field(id, customer_id, field, question_id, value_json,"
                 " value_text, session_id, answered_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                 context.error, &m_queue)
    , m_customerTag(context.db,
                    "INSERT INTO customer_tag(id, customer_id, tag_id, source, confidence, set_by,"
                    " set_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                    context.error, &m_queue)
    , m_arrival(context.db,
                "INSERT INTO fund_arrival(id, customer_id, expected_on, amount_fen, source, note,"
                " status, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                context.error, &m_queue)
    , m_care(context.db,
             "INSERT INTO care_task(id, customer_id, staff_id, kind, due_on, status, done_at, note,"
             " updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
             context.error, &m_queue)
    , m_callTask(context.db,
                 "INSERT INTO call_task(id, call_list_id, customer_id, assigned_to, rank_score,"
                 " reason, due_on, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                 context.error, &m_queue)
{
}

std::int64_t DemoCustomerWriter::rows() const
{
    return m_customer.rows() + m_holding.rows() + m_snapshot.rows() + m_txn.rows()
            + m_event.rows() + m_interaction.rows() + m_kycSession.rows() + m_kycAnswer.rows()
            + m_kycField.rows() + m_customerTag.rows() + m_arrival.rows() + m_care.rows()
            + m_callTask.rows() + m_households.rows();
}

std::string DemoCustomerWriter::stampOn(std::int64_t day, int fromHour, int toHour)
{
    return m_context.calendar.localStamp(
            day, int(m_random.between(fromHour * 3600, toHour * 3600 - 1)));
}

bool DemoCustomerWriter::write(std::int64_t index)
{
    Plan plan;
    plan.id = m_context.newId();
    planPerson(plan);
    planHoldings(plan);
    writeCustomer(plan, index);
    writeHoldings(plan);
    writeSnapshots(plan);
    writeTransactions(plan);
    writeEvents(plan);
    writeInteractions(plan);
    writeKyc(plan);
    writeTags(plan);
    writeArrivalsAndTasks(plan);
    m_queue.customerDone();
    return ok();
}

bool DemoCustomerWriter::finish()
{
    m_queue.finish();
    return ok();
}

void DemoCustomerWriter::planPerson(Plan &plan)
{
    const std::int64_t today = m_context.calendar.today();
    plan.male = m_random.chance(0.49);
    plan.age = drawAge(m_random);
    // Born between one day after (age + 1) years ago and exactly age years ago.
    plan.birthOn = m_random.between(DemoCalendar::addMonths(today, -(plan.age + 1) * 12) + 1,
                                    DemoCalendar::addMonths(today, -plan.age * 12));
    // New customers (the 90-day care flow) and long-standing ones, never before age 16.
    const std::int64_t earliest =
            std::max(DemoCalendar::addMonths(plan.birthOn, 16 * 12), today - 25 * 365);
    plan.openedOn = m_random.chance(0.03) ? today - m_random.between(0, 89)
                                          : m_random.between(std::min(earliest, today - 90),
                                                             today - 90);

    // AUM: log-normal around a median of about 1.9万 with a long tail: about 10% hold
    // 50万 or more, a few hold tens of millions (capped at 8000万).
    double logYuan = 9.83 + 2.55 * m_random.normal() + (plan.age - 45) * 0.012;
    double yuan = std::exp(logYuan);
    if (yuan > 8e7)
        yuan = double(m_random.between(20'000'000, 80'000'000));
    if (m_random.chance(0.03))
        yuan = 0; // dormant account, or a customer who only has a loan with us
    plan.aumFen = std::int64_t(yuan) * 100 + (yuan >= 1 ? m_random.below(100) : 0);
    plan.tier = tierFor(plan.aumFen);

    // Recently downgraded (AUM-uplift target group) or upgraded customers.
    if (plan.tier < 4 && plan.aumFen >= 3'000'000 && m_random.chance(0.06)) {
        plan.previousTier = plan.tier + 1;
    } else if (plan.tier > 0 && m_random.chance(0.03)) {
        plan.previousTier = plan.tier - 1;
    }
    if (plan.previousTier >= 0) {
        plan.changeMonthsBack = int(m_random.between(1, 3));
        plan.tierChangedOn = DemoCalendar::addMonths(today, -plan.changeMonthsBack)
                - m_random.between(0, 20);
    }
    plan.largeOutflow = plan.aumFen >= 10'000'000 && m_random.chance(0.03);
    plan.closing = plan.aumFen < 10'000 && plan.openedOn < today - 3 * 365 && m_random.chance(0.2);
    plan.riskLevel = plan.age >= 65 ? int(m_random.between(1, 2))
            : plan.age >= 50        ? int(m_random.between(1, 3))
                                    : int(m_random.between(2, 4));
    if (plan.tier >= 2 && m_random.chance(0.3))
        plan.riskLevel = std::min(5, plan.riskLevel + 1);
    const double kycChance = plan.tier >= 2 ? 0.6 : plan.tier == 1 ? 0.25 : 0.06;
    plan.hasKyc = m_random.chance(kycChance);
    plan.hasLoan = plan.age >= 25 && plan.age <= 62 && m_random.chance(0.10);

    // 管户制 for VIPs and most silver customers; 名单制 (call lists) for the rest.
    const auto &managers = m_context.wealthManagers;
    const bool owned = plan.tier >= 2 || (plan.tier == 1 && m_random.chance(0.6))
            || plan.openedOn > today - 90 || m_random.chance(0.05);
    plan.owned = owned;
    if (owned || m_random.chance(0.25))
        plan.managerId = managers[std::size_t(m_random.below(std::int64_t(managers.size())))];
}

void DemoCustomerWriter::planHoldings(Plan &plan)
{
    const std::int64_t today = m_context.calendar.today();
    const std::int64_t yuan = plan.aumFen / 100;
    int extra = yuan < 50'000 ? (m_random.chance(0.45) ? 1 : 0)
            : yuan < 500'000  ? int(m_random.between(1, 2))
            : yuan < 3'000'000 ? int(m_random.between(2, 3))
                               : int(m_random.between(3, 4));
    if (yuan < 1000)
        extra = 0;
    // Shares of the AUM: the current account keeps a slice, the rest is spread.
    std::vector<int> weights(std::size_t(extra) + 1);
    weights[0] = int(m_random.between(5, 30));
    int total = weights[0];
    for (int i = 1; i <= extra; ++i)
        total += weights[std::size_t(i)] = int(m_random.between(20, 100));

    static const int familyWeights[] = {30, 25, 15, 10, 6, 8, 6}; // deposit .. trust
    std::int64_t allotted = 0;
    for (int i = 1; i <= extra; ++i) {
        const std::int64_t share = plan.aumFen * weights[std::size_t(i)] / total;
        Family family = Family(m_random.weighted(familyWeights, 100));
        if (family == Family::Trust && share < 100'000'000)
            family = Family::Wealth;
        const Product &product = DemoCatalogue::product(m_random, family, share / 100);
        Holding holding{&product, share, 0, 0, "active"};
        if (product.termMonths > 0) {
            // Bought some time within its term: maturities spread over the coming months.
            const std::int64_t termDays = product.termMonths * 30;
            holding.openedOn = today - m_random.between(1, std::min<std::int64_t>(termDays - 1, 720));
            holding.maturityOn = DemoCalendar::addMonths(holding.openedOn, product.termMonths);
            if (holding.maturityOn <= today)
                holding.maturityOn = today + m_random.between(1, 30);
        } else {
            holding.openedOn = m_random.between(plan.openedOn, today);
        }
        allotted += share;
        plan.holdings.push_back(holding);
    }
    const Product &current = DemoCatalogue::products()[0]; // 活期储蓄
    plan.holdings.insert(plan.holdings.begin(),
                         Holding{&current, plan.aumFen - allotted, plan.openedOn, 0, "active"});

    // History that no longer counts: a product that matured last month, an old closed one.
    if (m_random.chance(0.08)) {
        const Product &old = DemoCatalogue::product(m_random, Family::Wealth, yuan + 50'000);
        const std::int64_t matured = today - m_random.between(1, 60);
        plan.holdings.push_back(Holding{&old, m_random.between(10'000, 300'000) * 100,
                                        DemoCalendar::addMonths(matured, -std::max(old.termMonths, 3)),
                                        matured, "matured"});
    }
    if (plan.hasLoan) {
        const Product &loan = DemoCatalogue::product(m_random, Family::Loan, 0);
        const std::int64_t amount = loan.code[3] == 'M' ? m_random.between(500'000, 3'000'000)
                                                        : m_random.between(30'000, 300'000);
        const std::int64_t from = std::max(plan.openedOn, today - 3650);
        const std::int64_t opened = m_random.between(from, std::max(from, today - 30));
        plan.holdings.push_back(Holding{&loan, amount * 100, opened,
                                        loan.termMonths ? DemoCalendar::addMonths(opened, loan.termMonths) : 0,
                                        "active"});
        if (plan.holdings.back().maturityOn && plan.holdings.back().maturityOn <= today)
            plan.holdings.back().maturityOn = today + m_random.between(30, 300);
    }
}

void DemoCustomerWriter::writeCustomer(Plan &plan, std::int64_t index)
{
    const std::int64_t today = m_context.calendar.today();
    int birthYear, birthMonth, birthDay;
    DemoCalendar::civil(plan.birthOn, birthYear, birthMonth, birthDay);
    const AreaCode &area = DemoNames::birthPlace(m_random);
    const int sequence = int(m_random.below(500)) * 2 + (plan.male ? 1 : 0);
    const QString idNumber = ResidentIdNumber::compose(
            QString::fromLatin1(area.code), QDate(birthYear, birthMonth, birthDay), sequence);
    // CIF: 'C' + 4 branch digits + 7 digits; index * 1234567 permutes 0..9,999,999.
    char cif[16];
    std::snprintf(cif, sizeof cif, "C%.4s%07lld", m_context.branchCode.c_str(),
                  (long long)((index * 1234567 + 7654321) % 10'000'000));

    const Occupation &job = DemoCatalogue::occupation(m_random, plan.age);
    const std::int64_t incomeFen =
            m_random.between(job.incomeLowWan * 10'000, job.incomeHighWan * 10'000 + 9'999) * 100;
    plan.incomeFen = incomeFen;
    plan.salaried = job.salaried;
    plan.businessOwner = job.incomeHighWan >= 400;
    plan.local = area.code[0] == '3' && area.code[1] == '1';
    plan.doNotContact = m_random.chance(0.02);
    const char *marital;
    if (plan.age < 25)
        marital = m_random.chance(0.9) ? "single" : "married";
    else if (plan.age < 35)
        marital = m_random.chance(0.38) ? "single" : (m_random.chance(0.95) ? "married" : "divorced");
    else if (plan.age > 70 && m_random.chance(0.25))
        marital = "widowed";
    else
        marital = m_random.chance(0.06) ? "single" : (m_random.chance(0.9) ? "married" : "divorced");

    LifecycleStage stage = LifecycleStage::Maturity;
    if (plan.closing)
        stage = LifecycleStage::Termination;
    else if ((plan.previousTier >= 0 && plan.previousTier > plan.tier) || plan.largeOutflow)
        stage = LifecycleStage::Decline;
    else if (plan.openedOn > today - 365)
        stage = LifecycleStage::Development;
    else if (plan.previousTier >= 0 || (plan.age < 40 && m_random.chance(0.3)))
        stage = LifecycleStage::Growth;
    static const char *const contacts[] = {"phone", "wechat", "sms", "visit"};
    static const int contactWeights[] = {45, 35, 12, 8};

    // Drawn in the order the columns are written, so a seed gives the same branch as before.
    const std::string name = DemoNames::fullName(m_random, plan.male, birthYear);
    std::string locality;
    const std::string mobile = DemoNames::mobile(m_random);
    const std::string drawnAddress = DemoNames::shanghaiAddress(m_random, &locality);
    // A family member may live at the household's address (a stream of its own).
    const DemoHouseholds::Home home = m_households.place(
            {plan.id, plan.age, plan.male, std::string_view(marital) == "married", plan.businessOwner},
            {drawnAddress, locality});
    const std::string &address = home.address;
    locality = home.locality;
    m_customer.text(plan.id).text(m_context.branchId).text(cif)
            .text(name)
            .text(plan.male ? "M" : "F")
            .identifier("birth_date", DemoCalendar::date(plan.birthOn))
            .identifier("id_number", idNumber.toStdString())
            .identifier("phone", mobile)
            .identifier("address", address)
            .text(job.occupation).text(job.industry)
            .text(DemoCatalogue::education(m_random, birthYear)).text(marital)
            .integer(incomeFen).integer(plan.aumFen).text(kTierCodes[plan.tier]);
    const bool riskLevelWritten = plan.riskLevel > 0 && !(plan.tier == 0 && m_random.chance(0.15));
    if (riskLevelWritten)
        m_customer.integer(plan.riskLevel);
    else
        m_customer.null();
    m_customer.text(WorkStates::code(stage)).textOrNull(plan.managerId)
            .text(plan.owned ? "owned" : "list")
            .integer(plan.doNotContact ? 1 : 0).integer(m_random.chance(0.75) ? 1 : 0)
            .text(DemoCalendar::date(plan.openedOn)).text(stampOn(plan.openedOn, 9, 17))
            .text(m_context.stamp);
    if (plan.previousTier >= 0)
        m_customer.text(kTierCodes[plan.previousTier]).text(DemoCalendar::date(plan.tierChangedOn));
    else
        m_customer.null().null();
    m_customer.text(contacts[m_random.weighted(contactWeights, 100)]).text(locality)
            .textOrNull(m_households.assessedOn(riskLevelWritten, plan.hasKyc))
            .integer(birthYear) // plain beside the sealed date (SECURITY.md §4)
            .run();
    m_households.write();

    if (plan.tier >= 2 && m_context.vipPool.size() < DemoContext::kPoolCap)
        m_context.vipPool.push_back(plan.id);
    else if (plan.tier == 1 && plan.aumFen >= 20'000'000
             && m_context.potentialPool.size() < DemoContext::kPoolCap)
        m_context.potentialPool.push_back(plan.id);
    else if (plan.tier == 0 && m_context.ordinaryPool.size() < DemoContext::kPoolCap)
        m_context.ordinaryPool.push_back(plan.id);
}

void DemoCustomerWriter::writeHoldings(const Plan &plan)
{
    for (const Holding &holding : plan.holdings) {
        m_holding.text(m_context.newId()).text(plan.id).text(familyCode(holding.product->family))
                .text(holding.product->code).text(holding.product->name).integer(holding.amountFen);
        if (holding.product->rateBp > 0)
            m_holding.integer(holding.product->rateBp);
        else
            m_holding.null();
        m_holding.text(DemoCalendar::date(holding.openedOn))
                .textOrNull(holding.maturityOn ? DemoCalendar::date(holding.maturityOn) : std::string())
                .text(holding.status).text(m_context.stamp).run();
    }
}

void DemoCustomerWriter::writeSnapshots(const Plan &plan)
{
    // Walk back from today's AUM; a tier change puts the months before it on the other side
    // of the threshold, so "recently downgraded" shows in the trend.
    std::int64_t value = plan.aumFen;
    for (int back = 0; back < 12; ++back) {
        if (back > 0) {
            const double drift = 1.0 + 0.035 * m_random.normal();
            value = std::max<std::int64_t>(0, std::int64_t(double(value) * drift));
            if (plan.previousTier >= 0) {
                const bool before = back >= plan.changeMonthsBack;
                const int wanted = before ? plan.previousTier : plan.tier;
                if (tierFor(value) != wanted) {
                    const std::int64_t low = kThresholdFen[wanted];
                    const std::int64_t high = wanted < 4 ? kThresholdFen[wanted + 1] - 1 : low * 2;
                    value = low + (high - low) / 4 + m_random.below((high - low) / 2 + 1);
                }
            }
        }
        m_snapshot.text(plan.id).text(m_context.calendar.monthKey(back)).integer(value).run();
    }
}

} // namespace bd::demo
