#include "DemoWorkspaces.h"

#include "DemoCatalogue.h"
#include "DemoSql.h"

#include <cstdio>

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

const Walkin kWalkins[] = {
    {"vip", "entering", R"(["known_vip","brand_items"])", "理财到期续作", "vip_service", ""},
    {"ordinary", "entering", "[]", "小额取款", "self_service", ""},
    {"potential_vip", "consulting", R"(["stated_amount","wealth_consultation"])", "理财咨询",
     "wealth_manager", ""},
    {"ordinary", "entering", "[]", "水电煤缴费", "self_service", "老年客户,需要协助缴费"},
    {"potential_vip", "waiting", R"(["reads_nav_board","comes_back"])", "转账汇款",
     "wealth_manager", "约35岁男士,在基金净值牌前驻足细看"},
    {"vip", "entering", R"(["known_vip"])", "大额存单购买", "vip_service", ""},
    {"ordinary", "consulting", R"(["asks_ebanking"])", "手机银行开通", "ebanking", ""},
    {"potential_vip", "consulting", R"(["large_deposit","voucher_amount"])", "大额存款",
     "wealth_manager", ""},
    {"ordinary", "entering", "[]", "开户", "counter", "附近公司白领,约35岁,来开户"},
    {"potential_vip", "entering", R"(["brand_items","companions"])", "外汇购汇", "wealth_manager",
     "中年女士,携名牌手袋,与子女同来"},
    {"ordinary", "entering", "[]", "存折补登", "self_service", ""},
    {"vip", "waiting", R"(["known_vip","reads_product_display"])", "基金定投咨询",
     "vip_service", ""},
    {"potential_vip", "consulting", R"(["large_transfer","sensitive_business"])", "大额转账",
     "wealth_manager", ""},
    {"ordinary", "waiting", R"(["glances_leaves"])", "挂失补卡", "counter", ""},
    {"ordinary", "consulting", R"(["asks_corporate"])", "对公业务咨询", "counter",
     "个体户老板,咨询对公开户"},
    {"potential_vip", "waiting", R"(["reads_fx_board","stops_reads"])", "外币兑换",
     "wealth_manager", "退休教师模样,仔细阅读理财宣传折页"},
};

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
                        " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        c.error);
    DemoStatement referral(c.db,
                           "INSERT INTO referral(id, branch_id, customer_id, visit_id, form, source,"
                           " referred_by, referred_to, customer_has_time, contact_obtained, reason,"
                           " status, created_at, closed_at, updated_at)"
                           " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
    auto writeReferral = [&](const std::string &customer, const std::string &visitId,
                             const char *source, const std::string &by, std::size_t n,
                             const char *status, int seconds, const char *reason) {
        const std::string id = c.newId();
        const bool closed = status[0] != 'o';
        const std::string created = c.calendar.localStamp(today, seconds);
        referral.text(id).text(c.branchId).textOrNull(customer).textOrNull(visitId)
                .text(n % 2 ? "referral" : "record").text(source).text(by)
                .text(managers[n % managers.size()]).integer(n % 2 ? 0 : 1).integer(1)
                .text(reason).text(status).text(created)
                .textOrNull(closed ? c.calendar.localStamp(today, seconds + 1500) : std::string())
                .text(c.stamp).run();
        // Open referrals have the first points done; completed ones all but the hand-over.
        const std::size_t done = closed ? std::size(kCheckItems) : 1 + n % 2;
        for (std::size_t i = 0; i < done; ++i)
            check.text(id).text(kCheckItems[i]).text(c.calendar.localStamp(today, seconds + 60 * int(i + 1))).run();
        return id;
    };

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
        visit.text(visitId).text(c.branchId).textOrNull(customer).text(w.description).text(ticket)
                .text(c.calendar.localStamp(today, seconds)).text(w.moment).text(w.observed)
                .text(w.valueClass).text(w.business).text(w.route)
                .text(c.lobbyManagers[n % c.lobbyManagers.size()]).text(c.stamp).run();
        if (w.valueClass[0] == 'p') {
            const char *status = referrals % 3 == 2 ? "completed" : "open";
            writeReferral(customer, visitId, "lobby", c.lobbyManagers[n % c.lobbyManagers.size()],
                          referrals++, status, seconds + 120, w.business);
        }
    }

    // Counter sessions: every teller has served a few customers; the last one is still
    // at the counter (steps 1-3 done).
    static const char *const business[] = {"定期存款", "大额取现", "转账汇款", "挂失补卡",
                                           "存单到期转存", "开立账户"};
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
                referralId = writeReferral(customer, {}, "teller", c.tellers[t], referrals++,
                                           t == 2 ? "accepted" : "open", start + 400,
                                           "办理大额存单到期,有理财意向");
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
    c.rows += visit.rows() + referral.rows() + check.rows() + session.rows();
    return c.error.isEmpty();
}

} // namespace bd::demo
