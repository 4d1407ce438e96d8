#include "DomainTerms.h"

#include <QCoreApplication>

#include <initializer_list>

namespace bd::DomainTerms {

namespace {
struct Term
{
    const char *code;
    const char *label; // English source text, translated in context "DomainTerms"
    const char *alias = nullptr; // what Chinese staff type, e.g. 男
};

using Terms = std::initializer_list<Term>;

#define T(text) QT_TRANSLATE_NOOP("DomainTerms", text)

Terms termsOf(Vocabulary vocabulary)
{
    static const Terms gender = {{"M", T("Male"), "男"}, {"F", T("Female"), "女"}};
    static const Terms marital = {{"single", T("Single"), "未婚"},
                                  {"married", T("Married"), "已婚"},
                                  {"divorced", T("Divorced"), "离异"},
                                  {"widowed", T("Widowed"), "丧偶"}};
    static const Terms lifecycle = {{"development", T("Development"), "开发期"},
                                    {"growth", T("Growth"), "成长期"},
                                    {"maturity", T("Maturity"), "成熟期"},
                                    {"decline", T("Decline"), "衰退期"},
                                    {"termination", T("Termination"), "流失期"}};
    static const Terms family = {{"deposit", T("Deposits")},
                                 {"wealth", T("Wealth products")},
                                 {"fund", T("Funds")},
                                 {"insurance", T("Insurance")},
                                 {"precious_metal", T("Precious metals")},
                                 {"bond", T("Bonds")},
                                 {"trust", T("Trusts")},
                                 {"loan", T("Loans")}};
    static const Terms txnKind = {{"cash_deposit", T("Cash deposit")},
                                  {"cash_withdrawal", T("Cash withdrawal")},
                                  {"transfer_in", T("Transfer in")},
                                  {"transfer_out", T("Transfer out")},
                                  {"investment_buy", T("Investment purchase")},
                                  {"investment_redeem", T("Investment redemption")},
                                  {"repayment", T("Loan repayment")},
                                  {"loan_drawdown", T("Loan drawdown")},
                                  {"payment", T("Payment")},
                                  {"salary", T("Salary credit")}};
    static const Terms channel = {{"counter", T("Counter")},
                                  {"atm", T("ATM")},
                                  {"ebanking", T("E-banking")},
                                  {"mobile", T("Mobile banking")},
                                  {"phone", T("Phone banking")},
                                  {"pos", T("POS")},
                                  {"agent", T("Agent")}};
    static const Terms eventKind = {{"consultation", T("Consultation")},
                                    {"service_request", T("Service request")},
                                    {"complaint", T("Complaint")},
                                    {"address_change", T("Address change")},
                                    {"account_closing", T("Account closing")},
                                    {"campaign", T("Campaign attendance")},
                                    {"seminar", T("Seminar attendance")},
                                    {"browse_fund", T("Browsed funds in mobile banking")},
                                    {"browse_insurance", T("Browsed insurance in mobile banking")},
                                    {"browse_precious_metal",
                                     T("Browsed precious metals in mobile banking")}};
    static const Terms contactChannel = {{"phone", T("Phone call")},
                                         {"sms", T("SMS")},
                                         {"wechat", T("WeChat")},
                                         {"visit", T("Visit")},
                                         {"branch", T("At the branch")}};
    static const Terms outcome = {{"interested", T("Interested")},
                                  {"appointment", T("Appointment made")},
                                  {"purchased", T("Purchased")},
                                  {"considering", T("Considering")},
                                  {"refused", T("Refused")},
                                  {"unreachable", T("Unreachable")}};
    static const Terms valueClass = {{"vip", T("VIP"), "贵宾客户"},
                                     {"potential_vip", T("Potential VIP"), "潜在贵宾客户"},
                                     {"ordinary", T("Ordinary"), "普通客户"}};
    static const Terms assignment = {{"owned", T("Relationship-owned"), "管户制"},
                                     {"list", T("Call list"), "名单制"}};
    static const Terms dimension = {{"basics", T("Basics")},
                                    {"needs", T("Needs")},
                                    {"behaviour", T("Behaviour")},
                                    {"preferences", T("Preferences")},
                                    {"follow_up", T("Follow-up")}};
    static const Terms tagSource = {{"kyc", T("KYC")},
                                    {"rule", T("Rule")},
                                    {"staff", T("Staff")},
                                    {"observed", T("Observed")}};
    static const Terms referralStatus = {{"logged", T("Logged"), "已登记"},
                                         {"accepted", T("Accepted"), "已接收"},
                                         {"contacted", T("Contacted"), "已联系"},
                                         {"met", T("Met"), "已面谈"},
                                         {"converted", T("Converted"), "已转化"},
                                         {"declined", T("Declined"), "已拒绝"},
                                         {"expired", T("Expired"), "已过期"}};
    static const Terms moment = {{"entering", T("Entering"), "进门时"},
                                 {"consulting", T("Consulting"), "咨询时"},
                                 {"waiting", T("Waiting"), "等候时"}};
    // Signal codes start with their moment, so the moment of a signal is its prefix.
    static const Terms lobbySignal = {
            {"entering.clothing", T("Well-kept, quality clothing")},
            {"entering.posture", T("Assured posture")},
            {"entering.gaze", T("Looks around with purpose")},
            {"entering.expression", T("Calm, confident expression")},
            {"entering.behaviour", T("Acts like a regular of banks")},
            {"entering.companions", T("Notable companions (driver, assistant, family)")},
            {"entering.brands", T("Carries or uses premium brands")},
            {"entering.wealth_business", T("Says the business is about investing")},
            {"consulting.sensitive_business", T("Asks about sensitive business")},
            {"consulting.states_amount", T("Asks about a product and states an amount")},
            {"consulting.voucher_amount", T("Business voucher shows a large amount")},
            {"consulting.corporate", T("Asks about corporate business")},
            {"waiting.glances_leaves", T("Glances at product displays and leaves")},
            {"waiting.comes_back", T("Comes back to the displays after the business")},
            {"waiting.reads_closely", T("Stops and reads product displays closely")},
            {"waiting.rate_boards", T("Reads the FX rate or fund NAV boards")}};
    static const Terms route = {{"vip_service", T("VIP service guidance"), "服务引导"},
                                {"wealth_manager", T("Introduced to a wealth manager")},
                                {"waiting_area", T("Seated in the waiting area")},
                                {"experience_card", T("Experience card, referral form")},
                                {"self_service", T("Self-service machine"), "自助机具"},
                                {"e_banking", T("E-banking / mobile banking")},
                                {"open_counter", T("Open counter")},
                                {"counter", T("Counter")},
                                {"vip_area", T("VIP area")}};
    static const Terms diversion = {{"self_service", T("Self-service machine"), "自助机具"},
                                    {"e_banking", T("E-banking / mobile banking")},
                                    {"open_counter", T("Open counter")},
                                    {"wealth_manager", T("Wealth manager")},
                                    {"counter", T("Counter")}};
    static const Terms business = {{"cash_deposit", T("Small cash deposit")},
                                   {"cash_withdrawal", T("Small cash withdrawal")},
                                   {"bill_payment", T("Bill payment")},
                                   {"transfer", T("Transfer / remittance")},
                                   {"account_opening", T("Account opening")},
                                   {"card_service", T("Card service")},
                                   {"wealth_consultation", T("Wealth consultation")},
                                   {"large_deposit", T("Large deposit")},
                                   {"large_transfer", T("Large transfer")},
                                   {"other", T("Other business")}};
    static const Terms referralCheck = {
            {"manager_time_confirmed", T("Confirmed the manager has time")},
            {"manager_briefed", T("Briefed the manager on the customer")},
            {"credentials_introduced", T("Introduced the manager's credentials")},
            {"introduced", T("Introduced the two")},
            {"marked_done", T("Marked as referred on the form")},
            {"handed_over", T("Handed over to a manager")}};
    static const Terms tellerStep = {{"greeted", T("Stand to greet"), "站相迎"},
                                     {"asked", T("Smile and ask"), "笑相问"},
                                     {"received", T("Receive politely"), "礼貌接"},
                                     {"processed", T("Process promptly"), "及时办"},
                                     {"reminded", T("Remind and hand over"), "提醒递"},
                                     {"recommended", T("Recommend skilfully"), "巧推荐"},
                                     {"seen_off", T("See off"), "目相送"}};
    static const Terms counterTrigger = {{"large_deposit", T("Large deposit")},
                                         {"large_transfer", T("Large transfer")},
                                         {"wealth_question", T("Asked about wealth products")},
                                         {"high_assets", T("High assets at the bank")}};
    static const Terms careKind = {{"welcome_day0", T("Welcome on opening day")},
                                   {"care_sms_2w", T("Care SMS within two weeks")},
                                   {"kyc_90d", T("KYC within 90 days")},
                                   {"birthday", T("Birthday greeting")},
                                   {"maturity", T("Maturity follow-up")},
                                   {"retention", T("Retention call")}};
    static const Terms arrival = {{"maturity", T("Product maturity")},
                                  {"salary", T("Salary")},
                                  {"bonus", T("Bonus")},
                                  {"other_bank", T("Money at another bank")},
                                  {"business", T("Business income")},
                                  {"other", T("Other")}};
    static const Terms risk = {{"1", T("Conservative")},
                               {"2", T("Moderately conservative")},
                               {"3", T("Balanced")},
                               {"4", T("Growth")},
                               {"5", T("Aggressive")}};
    switch (vocabulary) {
    case Vocabulary::Gender: return gender;
    case Vocabulary::MaritalStatus: return marital;
    case Vocabulary::LifecycleStage: return lifecycle;
    case Vocabulary::ProductFamily: return family;
    case Vocabulary::TransactionKind: return txnKind;
    case Vocabulary::Channel: return channel;
    case Vocabulary::EventKind: return eventKind;
    case Vocabulary::ContactChannel: return contactChannel;
    case Vocabulary::ContactOutcome: return outcome;
    case Vocabulary::ValueClass: return valueClass;
    case Vocabulary::AssignmentMode: return assignment;
    case Vocabulary::TagDimension: return dimension;
    case Vocabulary::TagSource: return tagSource;
    case Vocabulary::ReferralStatus: return referralStatus;
    case Vocabulary::LobbyMoment: return moment;
    case Vocabulary::LobbySignal: return lobbySignal;
    case Vocabulary::LobbyRoute: return route;
    case Vocabulary::DiversionTarget: return diversion;
    case Vocabulary::BusinessType: return business;
    case Vocabulary::ReferralCheck: return referralCheck;
    case Vocabulary::TellerStep: return tellerStep;
    case Vocabulary::CounterTrigger: return counterTrigger;
    case Vocabulary::CareTaskKind: return careKind;
    case Vocabulary::FundArrivalSource: return arrival;
    case Vocabulary::RiskLevel: return risk;
    }
    return {};
}
#undef T
} // namespace

QStringList codes(Vocabulary vocabulary)
{
    QStringList result;
    for (const Term &term : termsOf(vocabulary))
        result << QString::fromLatin1(term.code);
    return result;
}

QString label(Vocabulary vocabulary, const QString &code)
{
    for (const Term &term : termsOf(vocabulary)) {
        if (code == QLatin1String(term.code))
            return QCoreApplication::translate("DomainTerms", term.label);
    }
    return code;
}

QString codeFor(Vocabulary vocabulary, const QString &typed)
{
    const QString text = typed.trimmed();
    for (const Term &term : termsOf(vocabulary)) {
        if (text.compare(QLatin1String(term.code), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String(term.label), Qt::CaseInsensitive) == 0
            || text == QCoreApplication::translate("DomainTerms", term.label)
            || (term.alias && text == QString::fromUtf8(term.alias)))
            return QString::fromLatin1(term.code);
    }
    return {};
}

QStringList signalsOf(const QString &moment)
{
    QStringList result;
    const QString prefix = moment + QLatin1Char('.');
    for (const QString &code : codes(Vocabulary::LobbySignal)) {
        if (code.startsWith(prefix))
            result << code;
    }
    return result;
}

} // namespace bd::DomainTerms
