// The third part of DemoCustomerWriter: money the customer expects and the work it makes
// for the branch: care tasks (90-day flow, birthdays, maturities, retention) and entries
// on the wealth managers' call lists, ranked by "easiest to close now".
#include "app/demo/DemoCustomerWriter.h"

#include "app/services/calls/CarePlanner.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace bd::demo {

namespace {

std::string wan(std::int64_t fen)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f万元", double(fen) / 1'000'000.0);
    return text;
}

} // namespace

void DemoCustomerWriter::writeArrivalsAndTasks(const Plan &plan)
{
    const std::int64_t today = m_context.calendar.today();
    const auto &managers = m_context.wealthManagers;
    const std::string &owner = plan.managerId.empty()
            ? managers[std::size_t(m_random.below(std::int64_t(managers.size())))]
            : plan.managerId;

    // Expected money: maturities (from the holdings), bonuses, funds at other banks.
    const Holding *soonest = nullptr;
    for (const Holding &holding : plan.holdings) {
        if (holding.product->family == Family::Loan || holding.amountFen < 1'000'000)
            continue;
        const bool matured = holding.status[0] == 'm';
        if (!matured && holding.maturityOn > today && holding.maturityOn <= today + 30
            && (!soonest || holding.maturityOn < soonest->maturityOn))
            soonest = &holding;
        if ((matured || (holding.maturityOn > today && holding.maturityOn <= today + 120))
            && m_random.chance(0.7)) {
            m_arrival.text(m_context.newId()).text(plan.id)
                    .text(DemoCalendar::date(holding.maturityOn)).integer(holding.amountFen)
                    .text("maturity").text(m_context.seal(std::string(holding.product->name) + "到期"))
                    .text(matured ? "arrived" : "expected").text(m_context.stamp).run();
        }
    }
    if (plan.hasKyc && plan.incomeFen >= 20'000'000 && m_random.chance(0.3)) {
        int y, m, d;
        DemoCalendar::civil(today, y, m, d);
        const std::int64_t yearEnd = DemoCalendar::dayNumber(y, 12, 31) - m_random.below(10);
        m_arrival.text(m_context.newId()).text(plan.id).text(DemoCalendar::date(yearEnd))
                .integer(plan.incomeFen / 5).text("bonus").text(m_context.seal("年终奖")).text("expected")
                .text(m_context.stamp).run();
    }
    if (plan.aumFen >= 5'000'000 && m_random.chance(0.02)) {
        m_arrival.text(m_context.newId()).text(plan.id)
                .text(DemoCalendar::date(today + m_random.between(5, 60)))
                .integer(m_random.between(10, 100) * 1'000'000).text("other_bank")
                .text(m_context.seal("他行大额存单到期,客户表示可转入")).text("expected").text(m_context.stamp).run();
    }

    // Care tasks.
    auto care = [&](const char *kind, std::int64_t due, bool done, const std::string &note) {
        m_care.text(m_context.newId()).text(plan.id).text(owner).text(kind)
                .text(DemoCalendar::date(due)).text(done ? "done" : "open")
                .textOrNull(done ? m_context.calendar.localStamp(due, 11 * 3600) : std::string())
                .text(m_context.seal(note)).text(m_context.stamp).run();
    };
    // The care steps are those CarePlanner makes (signing in then adds none): the 90-day
    // flow of a new customer, birthdays a week ahead and every maturity day within two
    // weeks, due a week before (or today); the planner looks after customers with a manager.
    if (plan.openedOn >= today - CarePlanner::kNewCustomerDays) {
        care("welcome_day0", plan.openedOn, plan.openedOn < today, "开户当日:留存联系方式,开通手机银行");
        care("care_sms_2w", plan.openedOn + 14, plan.openedOn + 14 < today, "两周内关怀短信");
        care("kyc_90d", plan.openedOn + CarePlanner::kNewCustomerDays, false, "90天内完成KYC并推荐产品");
    }
    if (!plan.managerId.empty()) {
        int by, bm, bd, ty, tm, td;
        DemoCalendar::civil(plan.birthOn, by, bm, bd);
        DemoCalendar::civil(today, ty, tm, td);
        std::int64_t birthday = DemoCalendar::addMonths(plan.birthOn, (ty - by) * 12);
        if (birthday < today)
            birthday = DemoCalendar::addMonths(plan.birthOn, (ty + 1 - by) * 12);
        if (birthday <= today + CarePlanner::kBirthdayLeadDays)
            care("birthday", birthday, false, plan.tier >= 1 ? "生日祝福,赠送贵宾权益" : "生日祝福");
        std::vector<std::int64_t> maturing;
        for (const Holding &holding : plan.holdings) {
            if (holding.product->family != Family::Loan && std::string_view(holding.status) == "active"
                && holding.maturityOn >= today
                && holding.maturityOn <= today + CarePlanner::kMaturityWindowDays)
                maturing.push_back(holding.maturityOn);
        }
        std::sort(maturing.begin(), maturing.end());
        maturing.erase(std::unique(maturing.begin(), maturing.end()), maturing.end());
        for (const std::int64_t day : maturing)
            care("maturity", std::max(today, day - CarePlanner::kMaturityLeadDays), false,
                 "产品即将到期,提前沟通承接");
    }
    if (plan.largeOutflow)
        care("retention", today + m_random.between(0, 2), false, "近期大额资金转出他行,电话挽留");

    // Call lists, within the contact rules: never for a do-not-contact customer.
    if (plan.doNotContact || managers.empty())
        return;
    const std::size_t who = plan.managerId.empty()
            ? std::size_t(m_random.below(std::int64_t(managers.size())))
            : std::size_t(std::find(managers.begin(), managers.end(), plan.managerId) - managers.begin());
    int score = 0;
    std::string reason;
    DemoContext::CallList *list = nullptr;
    if (soonest) {
        list = &m_context.maturityLists[who];
        score = 500 + int(std::log10(double(soonest->amountFen) / 100.0) * 40)
                + int(30 - (soonest->maturityOn - today)) * 6;
        reason = std::string(soonest->product->name) + " " + DemoCalendar::date(soonest->maturityOn)
                + " 到期 " + wan(soonest->amountFen);
    } else if ((plan.tier == 1 && plan.aumFen >= 30'000'000)
               || (plan.previousTier > plan.tier) || (plan.browsed[0] && plan.aumFen >= 10'000'000)) {
        list = &m_context.upliftLists[who];
        score = 300 + int(std::log10(double(plan.aumFen + 100) / 100.0) * 30);
        if (plan.previousTier > plan.tier)
            reason = "近期降级,挽回资产";
        else if (plan.tier == 1 && plan.aumFen >= 30'000'000)
            reason = "距金卡门槛差 " + wan(50'000'000 - plan.aumFen);
        else
            reason = "近期在手机银行浏览基金";
    }
    if (!list || list->tasks >= DemoContext::kCallListCap)
        return;
    if (plan.browsed[0] || plan.browsed[1] || plan.browsed[2])
        score += 80;
    if (plan.hasKyc)
        score += 40;
    ++list->tasks;
    m_callTask.text(m_context.newId()).text(list->id).text(plan.id).text(list->managerId)
            .integer(score).text(m_context.seal(reason)).text(list->dueOn).text(m_context.stamp).run();
}

} // namespace bd::demo
