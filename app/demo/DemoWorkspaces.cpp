#include "app/demo/DemoWorkspaces.h"

#include "app/demo/DemoCatalogue.h"
#include "app/demo/DemoSql.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace bd::demo {

namespace {

struct Walkin
{
    const char *valueClass;
    const char *moment;
    const char *observed;// JSON array of observed signal codes
    const char *business;
    const char *route;
    const char *description; // for walk-ins who are not (yet) customers
};

// Signal, business and route codes are those of DomainTerms (LobbySignal, BusinessType,
// LobbyRoute / DiversionTarget); the suggestion is what ValueJudgement makes of them.
const Walkin kWalkins[] = {
    {"vip", "entering", R"(["entering.brands","entering.posture"])", "wealth_consultation",
     "vip_service", ""},
    {"ordinary", "entering", "[]", "cash_withdrawal", "self_service", ""},
    {"potential_vip", "consulting", R"(["consulting.states_amount","consulting.sensitive_business"])",
     "wealth_consultation", "wealth_manager", ""},
    {"ordinary", "entering", "[]", "bill_payment", "e_banking", "老年客户,需要协助缴费"},
    {"potential_vip", "waiting", R"(["waiting.rate_boards","waiting.comes_back"])", "transfer",
     "experience_card", "约35岁男士,在基金净值牌前驻足细看"},
    {"vip", "entering", R"(["entering.clothing"])", "large_deposit", "vip_service", ""},
    {"ordinary", "consulting", "[]", "card_service", "e_banking", ""},
    {"potential_vip", "consulting", R"(["consulting.voucher_amount","consulting.states_amount"])",
     "large_deposit", "wealth_manager", ""},
    {"ordinary", "entering", "[]", "account_opening", "open_counter", "附近公司白领,约35岁,来开户"},
    {"potential_vip", "entering", R"(["entering.brands","entering.companions"])", "other",
     "waiting_area", "中年女士,携名牌手袋,与子女同来"},
    {"ordinary", "entering", "[]", "cash_deposit", "self_service", ""},
    {"vip", "waiting", R"(["waiting.reads_closely"])", "wealth_consultation", "vip_service", ""},
    {"potential_vip", "consulting", R"(["consulting.corporate","consulting.sensitive_business"])",
     "large_transfer", "experience_card", ""},
    {"ordinary", "waiting", R"(["waiting.glances_leaves"])", "card_service", "open_counter", ""},
    {"ordinary", "consulting", "[]", "other", "open_counter", "个体户老板,咨询对公开户"},
    {"potential_vip", "waiting", R"(["waiting.reads_closely","waiting.comes_back"])", "other",
     "experience_card", "退休教师模样,仔细阅读理财宣传折页"},
};

// The lifecycle of the demo referrals, in order: a referral in state k went through
// all earlier states of kFlow (declined ones after being contacted).
const char *const kFlow[] = {"logged", "accepted", "contacted", "met", "converted"};
const char *const kTodayStates[] = {"logged", "accepted", "logged", "contacted", "met", "converted"};
const char *const kPastStates[] = {"converted", "declined", "met", "converted", "expired",
                                   "accepted", "contacted"};

const char *const kCheckItems[] = {"manager_time_confirmed", "manager_briefed",
                                   "credentials_introduced", "introduced", "marked_done"};

const std::string &poolMember(const std::vector<std::string> &pool, std::size_t index)
{
    static const std::string none;
    return pool.empty() ? none : pool[index % pool.size()];
}

} // namespace

bool DemoWorkspaces::writeCatalogueAndLists(DemoContext &c)
{
    DemoStatement tag(c.db, "INSERT INTO tag(id, dimension, category, value) VALUES (?,?,?,?)",
                      c.error);
    for (const TagDefinition &definition : DemoCatalogue::tags()) {
        c.tagIds.push_back(c.newId());
        tag.text(c.tagIds.back()).text(definition.dimension).text(definition.category)
                .text(definition.value).run();
    }
    DemoStatement segment(c.db,
                          "INSERT INTO segment(id, branch_id, name, definition_json, created_by,"
                          " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                          c.error);
    struct Saved { const char *name; const char *definition; };
    static const Saved kSegments[] = {
        {"30天内到期资金承接", R"({"all":[{"field":"holding.maturity_within_days","op":"<=","value":30},{"field":"holding.amount_fen","op":">=","value":1000000},{"field":"customer.do_not_contact","op":"=","value":0}]})"},
        {"贵宾提升:30万-50万", R"({"all":[{"field":"customer.aum_fen","op":">=","value":30000000},{"field":"customer.aum_fen","op":"<","value":50000000}]})"},
        {"近期降级客户", R"({"all":[{"field":"customer.previous_tier","op":"above_tier"},{"field":"customer.tier_changed_within_days","op":"<=","value":90}]})"},
        {"中收提升:浏览基金/保险/贵金属", R"({"any":[{"field":"event.kind","op":"=","value":"browse_fund"},{"field":"event.kind","op":"=","value":"browse_insurance"},{"field":"event.kind","op":"=","value":"browse_precious_metal"}]})"},
        {"存款提升:老年稳健客户", R"({"all":[{"field":"customer.age","op":">=","value":60},{"field":"customer.risk_level","op":"<=","value":2},{"field":"holding.family","op":"=","value":"deposit"}]})"},
    };
    std::vector<std::string> segmentIds;
    for (const Saved &saved : kSegments) {
        segmentIds.push_back(c.newId());
        segment.text(segmentIds.back()).text(c.branchId).text(saved.name).text(saved.definition)
                .text(c.head).text(c.stamp).text(c.stamp).run();
    }
    DemoStatement list(c.db,
                       "INSERT INTO call_list(id, branch_id, name, segment_id, created_by,"
                       " assigned_to, starts_on, ends_on, created_at, updated_at)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?)",
                       c.error);
    const std::int64_t today = c.calendar.today();
    auto add = [&](std::vector<DemoContext::CallList> &lists, const std::string &manager,
                   const char *name, const std::string &segmentId, int days) {
        lists.push_back({c.newId(), manager, DemoCalendar::date(today + days / 2), 0});
        list.text(lists.back().id).text(c.branchId).text(name).text(segmentId).text(c.head)
                .text(manager).text(DemoCalendar::date(today)).text(DemoCalendar::date(today + days))
                .text(c.stamp).text(c.stamp).run();
    };
    for (const std::string &manager : c.wealthManagers) {
        add(c.maturityLists, manager, "本月到期资金承接名单", segmentIds[0], 30);
        add(c.upliftLists, manager, "贵宾提升名单(两周)", segmentIds[1], 14);
    }
    c.rows += tag.rows() + segment.rows() + list.rows();
    return c.error.isEmpty();
}

bool DemoWorkspaces::writeToday(DemoContext &c)
{
    const std::int64_t today = c.calendar.today();
    DemoStatement visit(c.db,
                        "INSERT INTO lobby_visit(id, branch_id, customer_id, description, ticket_no,"
                        " entered_at, moment, signals, value_class, business_type, route, staff_id,"
                        " updated_at, suggested_class, judgement_inputs)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        c.error);
    DemoStatement referral(c.db,
                           "INSERT INTO referral(id, branch_id, customer_id, visit_id, form, source,"
                           " referred_by, referred_to, customer_has_time, contact_obtained, reason,"
                           " status, created_at, closed_at, updated_at, description, interest,"
                           " converted_fen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           c.error);
    DemoStatement transition(c.db,
                             "INSERT INTO referral_transition(id, referral_id, from_status,"
                             " to_status, staff_id, at, updated_at) VALUES (?,?,?,?,?,?,?)",
                             c.error);
    DemoStatement check(c.db,
                        "INSERT INTO referral_check(referral_id, item, done_at) VALUES (?,?,?)",
                        c.error);
    DemoStatement session(c.db,
                          "INSERT INTO teller_session(id, branch_id, teller_id, customer_id,"
                          " business_type, estimated_minutes, greeted_at, asked_at, received_at,"
                          " processed_at, reminded_at, recommended_at, seen_off_at, value_class,"
                          " referral_id, rating, started_at, updated_at)"
                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                          c.error);
    const auto &managers = c.wealthManagers;
    auto writeReferral = [&](std::int64_t day, const std::string &customer,
                             const std::string &visitId, const char *source,
                             const std::string &by, std::size_t n, const std::string &status,
                             int seconds, const char *interest, const char *description,
                             bool hasTime) {
        const std::string id = c.newId();
        const bool closed = status == "converted" || status == "declined" || status == "expired";
        const std::string created = c.calendar.localStamp(day, seconds);
        const std::string &manager = managers[n % managers.size()];
        referral.text(id).text(c.branchId).textOrNull(customer).textOrNull(visitId)
                .text(hasTime ? "record" : "referral").text(source).text(by).text(manager)
                .integer(hasTime ? 1 : 0).integer(hasTime ? 0 : 1).text("").text(status)
                .text(created)
                .textOrNull(closed ? c.calendar.localStamp(day, seconds + 1500) : std::string())
                .text(c.stamp).text(c.seal(customer.empty() ? description : "")).text(interest);
        if (status == "converted")
            referral.integer(std::int64_t(50000 + 10000 * (n % 20)) * 100);
        else
            referral.null();
        referral.run();
        // The moves that led here, stamped by the manager (the first by the referrer).
        const std::size_t reached = status == "declined" ? 3
                : status == "expired"                 ? 1
                                                      : std::size_t(std::find(std::begin(kFlow),
                                                            std::end(kFlow), status) - std::begin(kFlow)) + 1;
        std::string from;
        for (std::size_t k = 0; k < reached && k < std::size(kFlow); ++k) {
            transition.text(c.newId()).text(id).textOrNull(from).text(kFlow[k])
                    .text(k == 0 ? by : manager)
                    .text(c.calendar.localStamp(day, seconds + int(k) * 300)).text(c.stamp).run();
            from = kFlow[k];
        }
        if (closed && status != "converted")
            transition.text(c.newId()).text(id).textOrNull(from).text(status).text(manager)
                    .text(c.calendar.localStamp(day, seconds + 1500)).text(c.stamp).run();
        // Every referral has the first points done; the finished ones all of them.
        const std::size_t done = closed ? std::size(kCheckItems) : 1 + n % 2;
        for (std::size_t i = 0; i < done; ++i)
            check.text(id).text(kCheckItems[i]).text(c.calendar.localStamp(day, seconds + 60 * int(i + 1))).run();
        return id;
    };

    // The last two weeks of referrals from the lobby and the counter, for the branch head.
    std::size_t past = 0;
    for (std::int64_t back = 13; back >= 1; --back) {
        const std::int64_t day = today - back;
        for (int k = 0; k < 2 + int(back % 3); ++k, ++past) {
            const bool fromLobby = past % 3 != 2;
            const std::string &by = fromLobby ? c.lobbyManagers[past % c.lobbyManagers.size()]
                                              : c.tellers[past % c.tellers.size()];
            writeReferral(day, poolMember(c.potentialPool, past), {}, fromLobby ? "lobby" : "teller",
                          by, past, kPastStates[past % std::size(kPastStates)],
                          9 * 3600 + k * 3000 + int(c.random.below(900)), "理财产品咨询", "",
                          fromLobby && past % 2 == 0);
        }
    }

    // Today's walk-ins from opening (09:00) on, one every ten minutes or so.
    std::size_t vip = 0, potential = 0, ordinary = 0, referrals = 0;
    for (std::size_t n = 0; n < std::size(kWalkins); ++n) {
        const Walkin &w = kWalkins[n];
        const int seconds = 9 * 3600 + int(n) * 600 + int(c.random.below(420));
        std::string customer;
        if (!*w.description) {
            if (w.valueClass[0] == 'v')
                customer = poolMember(c.vipPool, vip++);
            else if (w.valueClass[0] == 'p')
                customer = poolMember(c.potentialPool, potential++);
            else
                customer = poolMember(c.ordinaryPool, ordinary++);
        }
        char ticket[8];
        std::snprintf(ticket, sizeof ticket, "%c%03d", w.valueClass[0] == 'v' ? 'V' : 'A', int(n) + 1);
        const std::string visitId = c.newId();
        visit.text(visitId).text(c.branchId).textOrNull(customer).text(c.seal(w.description)).text(ticket)
                .text(c.calendar.localStamp(today, seconds)).text(w.moment).text(w.observed)
                .text(w.valueClass).text(w.business).text(w.route)
                .text(c.lobbyManagers[n % c.lobbyManagers.size()]).text(c.stamp)
                .text(w.valueClass).text(w.observed).run();
        if (w.valueClass[0] == 'p') {
            const bool hasTime = std::string(w.route) == "wealth_manager"
                    || std::string(w.route) == "waiting_area";
            writeReferral(today, customer, visitId, "lobby",
                          c.lobbyManagers[n % c.lobbyManagers.size()], referrals,
                          kTodayStates[referrals % std::size(kTodayStates)], seconds + 120,
                          "理财产品咨询", w.description, hasTime);
            ++referrals;
        }
    }

    // Counter sessions: every teller has served a few customers; the last one is still
    // at the counter (steps 1-3 done).
    static const char *const business[] = {"cash_deposit", "cash_withdrawal", "transfer",
                                           "card_service", "large_deposit", "account_opening"};
    for (std::size_t t = 0; t < c.tellers.size(); ++t) {
        for (int s = 0; s < 4; ++s) {
            const std::size_t n = t * 4 + std::size_t(s);
            const int start = 9 * 3600 + 300 + s * 1500 + int(c.random.below(600));
            const bool current = s == 3;
            const bool potentialVip = s == 1 && t < 3;
            std::string referralId;
            const std::string &customer = potentialVip ? poolMember(c.potentialPool, potential++)
                                                       : poolMember(c.ordinaryPool, ordinary++);
            if (potentialVip)
                referralId = writeReferral(today, customer, {}, "teller", c.tellers[t], referrals++,
                                           t == 2 ? "accepted" : "logged", start + 400,
                                           "办理大额存单到期,有理财意向", "", false);
            auto at = [&](int step) {
                return current && step > 3 ? std::string()
                                           : c.calendar.localStamp(today, start + step * 70);
            };
            session.text(c.newId()).text(c.branchId).text(c.tellers[t]).textOrNull(customer)
                    .text(business[n % std::size(business)]).integer(5 + int(n % 4) * 5)
                    .textOrNull(at(0)).textOrNull(at(1)).textOrNull(at(2)).textOrNull(at(3))
                    .textOrNull(at(4)).textOrNull(potentialVip ? at(5) : std::string())
                    .textOrNull(at(6)).text(potentialVip ? "potential_vip" : "ordinary")
                    .textOrNull(referralId);
            if (current)
                session.null();
            else
                session.integer(4 + int(c.random.below(2)));
            session.text(c.calendar.localStamp(today, start)).text(c.stamp).run();
        }
    }
    c.rows += visit.rows() + referral.rows() + check.rows() + session.rows() + transition.rows();
    return c.error.isEmpty();
}

bool DemoWorkspaces::escalateOverdueReferrals(DemoContext &c, int escalationMinutes,
                                              const std::string &now)
{
    // As ReferralDesk::escalateOverdue would have done when the deadline passed; the
    // stamps are ISO 8601 UTC text, which SQLite's date functions read.
    const std::string minutes = "+" + std::to_string(escalationMinutes) + " minutes";
    DemoStatement escalate(c.db,
                           "UPDATE referral SET escalated_at = strftime('%Y-%m-%dT%H:%M:%SZ',"
                           " created_at, ?1), updated_at = strftime('%Y-%m-%dT%H:%M:%SZ',"
                           " created_at, ?1) WHERE branch_id = ?2 AND deleted = 0"
                           " AND status IN ('logged', 'accepted', 'contacted', 'met')"
                           " AND escalated_at IS NULL"
                           " AND strftime('%Y-%m-%dT%H:%M:%SZ', created_at, ?1) < ?3",
                           c.error);
    escalate.text(minutes).text(c.branchId).text(now).run();
    return c.error.isEmpty();
}

} // namespace bd::demo
