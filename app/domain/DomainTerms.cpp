#include "app/domain/DomainTerms.h"

#include <QCoreApplication>

#include <initializer_list>

namespace bd::DomainTerms {

namespace {
struct Term
{
    const char *code;
    const char *label; // English source text, translated in context "DomainTerms"
    const char *alias = nullptr; // what Chinese staff type, e.g. 男
    const char *shortLabel = nullptr; // for table columns, where the label is too long
};

using Terms = std::initializer_list<Term>;


Terms termsOf(Vocabulary vocabulary)
{
    static const Terms gender = {{"M", QT_TRANSLATE_NOOP("DomainTerms", "Male"), "男"}, {"F", QT_TRANSLATE_NOOP("DomainTerms", "Female"), "女"}};
    static const Terms marital = {{"single", QT_TRANSLATE_NOOP("DomainTerms", "Single"), "未婚"},
                                  {"married", QT_TRANSLATE_NOOP("DomainTerms", "Married"), "已婚"},
                                  {"divorced", QT_TRANSLATE_NOOP("DomainTerms", "Divorced"), "离异"},
                                  {"widowed", QT_TRANSLATE_NOOP("DomainTerms", "Widowed"), "丧偶"}};
    static const Terms lifecycle = {{"development", QT_TRANSLATE_NOOP("DomainTerms", "Development"), "开发期"},
                                    {"growth", QT_TRANSLATE_NOOP("DomainTerms", "Growth"), "成长期"},
                                    {"maturity", QT_TRANSLATE_NOOP("DomainTerms", "Maturity"), "成熟期"},
                                    {"decline", QT_TRANSLATE_NOOP("DomainTerms", "Decline"), "衰退期"},
                                    {"termination", QT_TRANSLATE_NOOP("DomainTerms", "Termination"), "流失期"}};
    static const Terms family = {{"deposit", QT_TRANSLATE_NOOP("DomainTerms", "Deposits")},
                                 {"wealth", QT_TRANSLATE_NOOP("DomainTerms", "Wealth products")},
                                 {"fund", QT_TRANSLATE_NOOP("DomainTerms", "Funds")},
                                 {"insurance", QT_TRANSLATE_NOOP("DomainTerms", "Insurance")},
                                 {"precious_metal", QT_TRANSLATE_NOOP("DomainTerms", "Precious metals")},
                                 {"bond", QT_TRANSLATE_NOOP("DomainTerms", "Bonds")},
                                 {"trust", QT_TRANSLATE_NOOP("DomainTerms", "Trusts")},
                                 {"loan", QT_TRANSLATE_NOOP("DomainTerms", "Loans")}};
    static const Terms txnKind = {{"cash_deposit", QT_TRANSLATE_NOOP("DomainTerms", "Cash deposit")},
                                  {"cash_withdrawal", QT_TRANSLATE_NOOP("DomainTerms", "Cash withdrawal")},
                                  {"transfer_in", QT_TRANSLATE_NOOP("DomainTerms", "Transfer in")},
                                  {"transfer_out", QT_TRANSLATE_NOOP("DomainTerms", "Transfer out")},
                                  {"investment_buy", QT_TRANSLATE_NOOP("DomainTerms", "Investment purchase")},
                                  {"investment_redeem", QT_TRANSLATE_NOOP("DomainTerms", "Investment redemption")},
                                  {"repayment", QT_TRANSLATE_NOOP("DomainTerms", "Loan repayment")},
                                  {"loan_drawdown", QT_TRANSLATE_NOOP("DomainTerms", "Loan drawdown")},
                                  {"payment", QT_TRANSLATE_NOOP("DomainTerms", "Payment")},
                                  {"salary", QT_TRANSLATE_NOOP("DomainTerms", "Salary credit")}};
    static const Terms channel = {{"counter", QT_TRANSLATE_NOOP("DomainTerms", "Counter")},
                                  {"atm", QT_TRANSLATE_NOOP("DomainTerms", "ATM")},
                                  {"ebanking", QT_TRANSLATE_NOOP("DomainTerms", "E-banking")},
                                  {"mobile", QT_TRANSLATE_NOOP("DomainTerms", "Mobile banking")},
                                  {"phone", QT_TRANSLATE_NOOP("DomainTerms", "Phone banking")},
                                  {"pos", QT_TRANSLATE_NOOP("DomainTerms", "POS")},
                                  {"agent", QT_TRANSLATE_NOOP("DomainTerms", "Agent")}};
    static const Terms eventKind = {{"consultation", QT_TRANSLATE_NOOP("DomainTerms", "Consultation")},
                                    {"service_request", QT_TRANSLATE_NOOP("DomainTerms", "Service request")},
                                    {"complaint", QT_TRANSLATE_NOOP("DomainTerms", "Complaint")},
                                    {"address_change", QT_TRANSLATE_NOOP("DomainTerms", "Address change")},
                                    {"account_closing", QT_TRANSLATE_NOOP("DomainTerms", "Account closing")},
                                    {"campaign", QT_TRANSLATE_NOOP("DomainTerms", "Campaign attendance")},
                                    {"seminar", QT_TRANSLATE_NOOP("DomainTerms", "Seminar attendance")},
                                    {"browse_fund", QT_TRANSLATE_NOOP("DomainTerms", "Browsed funds in mobile banking")},
                                    {"browse_insurance", QT_TRANSLATE_NOOP("DomainTerms", "Browsed insurance in mobile banking")},
                                    {"browse_precious_metal",
                                     QT_TRANSLATE_NOOP("DomainTerms", "Browsed precious metals in mobile banking")}};
    static const Terms contactChannel = {{"phone", QT_TRANSLATE_NOOP("DomainTerms", "Phone call")},
                                         {"sms", QT_TRANSLATE_NOOP("DomainTerms", "SMS")},
                                         {"wechat", QT_TRANSLATE_NOOP("DomainTerms", "WeChat")},
                                         {"visit", QT_TRANSLATE_NOOP("DomainTerms", "Visit")},
                                         {"branch", QT_TRANSLATE_NOOP("DomainTerms", "At the branch")}};
    static const Terms outcome = {{"interested", QT_TRANSLATE_NOOP("DomainTerms", "Interested")},
                                  {"appointment", QT_TRANSLATE_NOOP("DomainTerms", "Appointment made")},
                                  {"purchased", QT_TRANSLATE_NOOP("DomainTerms", "Purchased")},
                                  {"considering", QT_TRANSLATE_NOOP("DomainTerms", "Considering")},
                                  {"refused", QT_TRANSLATE_NOOP("DomainTerms", "Refused")},
                                  {"unreachable", QT_TRANSLATE_NOOP("DomainTerms", "Unreachable")}};
    static const Terms valueClass = {{"vip", QT_TRANSLATE_NOOP("DomainTerms", "VIP"), "贵宾客户"},
                                     {"potential_vip", QT_TRANSLATE_NOOP("DomainTerms", "Potential VIP"), "潜在贵宾客户"},
                                     {"ordinary", QT_TRANSLATE_NOOP("DomainTerms", "Ordinary"), "普通客户"}};
    static const Terms assignment = {{"owned", QT_TRANSLATE_NOOP("DomainTerms", "Relationship-owned"), "管户制"},
                                     {"list", QT_TRANSLATE_NOOP("DomainTerms", "Call list"), "名单制"}};
    static const Terms dimension = {{"basics", QT_TRANSLATE_NOOP("DomainTerms", "Basics")},
                                    {"needs", QT_TRANSLATE_NOOP("DomainTerms", "Needs")},
                                    {"behaviour", QT_TRANSLATE_NOOP("DomainTerms", "Behaviour")},
                                    {"preferences", QT_TRANSLATE_NOOP("DomainTerms", "Preferences")},
                                    {"follow_up", QT_TRANSLATE_NOOP("DomainTerms", "Follow-up")}};
    static const Terms tagSource = {{"kyc", QT_TRANSLATE_NOOP("DomainTerms", "KYC")},
                                    {"rule", QT_TRANSLATE_NOOP("DomainTerms", "Rule")},
                                    {"staff", QT_TRANSLATE_NOOP("DomainTerms", "Staff")},
                                    {"observed", QT_TRANSLATE_NOOP("DomainTerms", "Observed")},
                                    {"voice", QT_TRANSLATE_NOOP("DomainTerms", "Customer voice")}};
    static const Terms referralStatus = {{"logged", QT_TRANSLATE_NOOP("DomainTerms", "Logged"), "已登记"},
                                         {"accepted", QT_TRANSLATE_NOOP("DomainTerms", "Accepted"), "已接收"},
                                         {"contacted", QT_TRANSLATE_NOOP("DomainTerms", "Contacted"), "已联系"},
                                         {"met", QT_TRANSLATE_NOOP("DomainTerms", "Met"), "已面谈"},
                                         {"converted", QT_TRANSLATE_NOOP("DomainTerms", "Converted"), "已转化"},
                                         {"declined", QT_TRANSLATE_NOOP("DomainTerms", "Declined"), "已拒绝"},
                                         {"expired", QT_TRANSLATE_NOOP("DomainTerms", "Expired"), "已过期"}};
    static const Terms moment = {{"entering", QT_TRANSLATE_NOOP("DomainTerms", "Entering"), "进门时"},
                                 {"consulting", QT_TRANSLATE_NOOP("DomainTerms", "Consulting"), "咨询时"},
                                 {"waiting", QT_TRANSLATE_NOOP("DomainTerms", "Waiting"), "等候时"}};
    // Signal codes start with their moment, so the moment of a signal is its prefix.
    static const Terms lobbySignal = {
            {"entering.clothing", QT_TRANSLATE_NOOP("DomainTerms", "Well-kept, quality clothing")},
            {"entering.posture", QT_TRANSLATE_NOOP("DomainTerms", "Assured posture")},
            {"entering.gaze", QT_TRANSLATE_NOOP("DomainTerms", "Looks around with purpose")},
            {"entering.expression", QT_TRANSLATE_NOOP("DomainTerms", "Calm, confident expression")},
            {"entering.behaviour", QT_TRANSLATE_NOOP("DomainTerms", "Acts like a regular of banks")},
            {"entering.companions", QT_TRANSLATE_NOOP("DomainTerms", "Notable companions (driver, assistant, family)")},
            {"entering.brands", QT_TRANSLATE_NOOP("DomainTerms", "Carries or uses premium brands")},
            {"entering.wealth_business", QT_TRANSLATE_NOOP("DomainTerms", "Says the business is about investing")},
            {"consulting.sensitive_business", QT_TRANSLATE_NOOP("DomainTerms", "Asks about sensitive business")},
            {"consulting.states_amount", QT_TRANSLATE_NOOP("DomainTerms", "Asks about a product and states an amount")},
            {"consulting.voucher_amount", QT_TRANSLATE_NOOP("DomainTerms", "Business voucher shows a large amount")},
            {"consulting.corporate", QT_TRANSLATE_NOOP("DomainTerms", "Asks about corporate business")},
            {"consulting.maturing_soon", QT_TRANSLATE_NOOP("DomainTerms", "Has a deposit or product maturing soon")},
            {"waiting.glances_leaves", QT_TRANSLATE_NOOP("DomainTerms", "Glances at product displays and leaves")},
            {"waiting.comes_back", QT_TRANSLATE_NOOP("DomainTerms", "Comes back to the displays after the business")},
            {"waiting.reads_closely", QT_TRANSLATE_NOOP("DomainTerms", "Stops and reads product displays closely")},
            {"waiting.rate_boards", QT_TRANSLATE_NOOP("DomainTerms", "Reads the FX rate or fund NAV boards")}};
    static const Terms route = {{"vip_service", QT_TRANSLATE_NOOP("DomainTerms", "VIP service guidance"), "服务引导",
                                 QT_TRANSLATE_NOOP("DomainTerms", "VIP service")},
                                {"wealth_manager", QT_TRANSLATE_NOOP("DomainTerms", "Introduced to a wealth manager"), nullptr,
                                 QT_TRANSLATE_NOOP("DomainTerms", "Wealth manager")},
                                {"waiting_area", QT_TRANSLATE_NOOP("DomainTerms", "Seated in the waiting area"), nullptr,
                                 QT_TRANSLATE_NOOP("DomainTerms", "Waiting area")},
                                {"experience_card", QT_TRANSLATE_NOOP("DomainTerms", "Experience card, referral form"), nullptr,
                                 QT_TRANSLATE_NOOP("DomainTerms", "Experience card")},
                                {"self_service", QT_TRANSLATE_NOOP("DomainTerms", "Self-service machine"), "自助机具"},
                                {"e_banking", QT_TRANSLATE_NOOP("DomainTerms", "E-banking / mobile banking"), nullptr,
                                 QT_TRANSLATE_NOOP("DomainTerms", "E-banking")},
                                {"open_counter", QT_TRANSLATE_NOOP("DomainTerms", "Open counter")},
                                {"counter", QT_TRANSLATE_NOOP("DomainTerms", "Counter")},
                                {"vip_area", QT_TRANSLATE_NOOP("DomainTerms", "VIP area")}};
    static const Terms diversion = {{"self_service", QT_TRANSLATE_NOOP("DomainTerms", "Self-service machine"), "自助机具"},
                                    {"e_banking", QT_TRANSLATE_NOOP("DomainTerms", "E-banking / mobile banking")},
                                    {"open_counter", QT_TRANSLATE_NOOP("DomainTerms", "Open counter")},
                                    {"wealth_manager", QT_TRANSLATE_NOOP("DomainTerms", "Wealth manager")},
                                    {"counter", QT_TRANSLATE_NOOP("DomainTerms", "Counter")}};
    static const Terms business = {{"cash_deposit", QT_TRANSLATE_NOOP("DomainTerms", "Small cash deposit"), nullptr,
                                    QT_TRANSLATE_NOOP("DomainTerms", "Cash deposit")},
                                   {"cash_withdrawal", QT_TRANSLATE_NOOP("DomainTerms", "Small cash withdrawal"), nullptr,
                                    QT_TRANSLATE_NOOP("DomainTerms", "Cash withdrawal")},
                                   {"bill_payment", QT_TRANSLATE_NOOP("DomainTerms", "Bill payment")},
                                   {"transfer", QT_TRANSLATE_NOOP("DomainTerms", "Transfer / remittance")},
                                   {"account_opening", QT_TRANSLATE_NOOP("DomainTerms", "Account opening")},
                                   {"card_service", QT_TRANSLATE_NOOP("DomainTerms", "Card service")},
                                   {"wealth_consultation", QT_TRANSLATE_NOOP("DomainTerms", "Wealth consultation")},
                                   {"large_deposit", QT_TRANSLATE_NOOP("DomainTerms", "Large deposit")},
                                   {"large_transfer", QT_TRANSLATE_NOOP("DomainTerms", "Large transfer")},
                                   {"other", QT_TRANSLATE_NOOP("DomainTerms", "Other business"), nullptr,
                                    QT_TRANSLATE_NOOP("DomainTerms", "Other")}};
    static const Terms referralCheck = {
            {"manager_time_confirmed", QT_TRANSLATE_NOOP("DomainTerms", "Confirmed the manager has time")},
            {"manager_briefed", QT_TRANSLATE_NOOP("DomainTerms", "Briefed the manager on the customer")},
            {"credentials_introduced", QT_TRANSLATE_NOOP("DomainTerms", "Introduced the manager's credentials")},
            {"introduced", QT_TRANSLATE_NOOP("DomainTerms", "Introduced the two")},
            {"marked_done", QT_TRANSLATE_NOOP("DomainTerms", "Marked as referred on the form")},
            {"handed_over", QT_TRANSLATE_NOOP("DomainTerms", "Handed over to a manager")}};
    static const Terms tellerStep = {{"greeted", QT_TRANSLATE_NOOP("DomainTerms", "Stand to greet"), "站相迎"},
                                     {"asked", QT_TRANSLATE_NOOP("DomainTerms", "Smile and ask"), "笑相问"},
                                     {"received", QT_TRANSLATE_NOOP("DomainTerms", "Receive politely"), "礼貌接"},
                                     {"processed", QT_TRANSLATE_NOOP("DomainTerms", "Process promptly"), "及时办"},
                                     {"reminded", QT_TRANSLATE_NOOP("DomainTerms", "Remind and hand over"), "提醒递"},
                                     {"recommended", QT_TRANSLATE_NOOP("DomainTerms", "Recommend skilfully"), "巧推荐"},
                                     {"seen_off", QT_TRANSLATE_NOOP("DomainTerms", "See off"), "目相送"}};
    static const Terms counterTrigger = {{"large_deposit", QT_TRANSLATE_NOOP("DomainTerms", "Large deposit")},
                                         {"large_transfer", QT_TRANSLATE_NOOP("DomainTerms", "Large transfer")},
                                         {"wealth_question", QT_TRANSLATE_NOOP("DomainTerms", "Asked about wealth products")},
                                         {"high_assets", QT_TRANSLATE_NOOP("DomainTerms", "High assets at the bank")}};
    static const Terms referralForm = {{"record", QT_TRANSLATE_NOOP("DomainTerms", "Potential-VIP record")},
                                       {"referral", QT_TRANSLATE_NOOP("DomainTerms", "Potential-VIP referral")}};
    static const Terms referralSource = {{"lobby", QT_TRANSLATE_NOOP("DomainTerms", "Lobby")},
                                         {"teller", QT_TRANSLATE_NOOP("DomainTerms", "Counter")},
                                         {"staff", QT_TRANSLATE_NOOP("DomainTerms", "Colleague")}};
    // Tag keys of the catalogue, the KYC question bank and the customer's voice (voice_<kind>).
    static const Terms tagCategory = {
            {"expertise", QT_TRANSLATE_NOOP("DomainTerms", "Investment experience")},
            {"funds", QT_TRANSLATE_NOOP("DomainTerms", "Financial strength")},
            {"family", QT_TRANSLATE_NOOP("DomainTerms", "Family role")},
            {"locality", QT_TRANSLATE_NOOP("DomainTerms", "Locality")},
            {"service_need", QT_TRANSLATE_NOOP("DomainTerms", "Service need")},
            {"expected_return", QT_TRANSLATE_NOOP("DomainTerms", "Expected return")},
            {"product_interest", QT_TRANSLATE_NOOP("DomainTerms", "Product interest")},
            {"horizon", QT_TRANSLATE_NOOP("DomainTerms", "Investment horizon")},
            {"purpose", QT_TRANSLATE_NOOP("DomainTerms", "Purpose of the money")},
            {"channel", QT_TRANSLATE_NOOP("DomainTerms", "Channels used")},
            {"inflow_timing", QT_TRANSLATE_NOOP("DomainTerms", "When money comes in")},
            {"social_circle", QT_TRANSLATE_NOOP("DomainTerms", "Social circle")},
            {"deal_cycle", QT_TRANSLATE_NOOP("DomainTerms", "Deal cycle")},
            {"hobby", QT_TRANSLATE_NOOP("DomainTerms", "Hobby")},
            {"contact_time", QT_TRANSLATE_NOOP("DomainTerms", "Contact time")},
            {"contact_method", QT_TRANSLATE_NOOP("DomainTerms", "Contact method")},
            {"contact_place", QT_TRANSLATE_NOOP("DomainTerms", "Meeting place")},
            {"place", QT_TRANSLATE_NOOP("DomainTerms", "Meeting place")},
            {"business_channel", QT_TRANSLATE_NOOP("DomainTerms", "Business channel")},
            {"return_preference", QT_TRANSLATE_NOOP("DomainTerms", "Return preference")},
            {"history", QT_TRANSLATE_NOOP("DomainTerms", "History")},
            {"trust", QT_TRANSLATE_NOOP("DomainTerms", "Trust")},
            {"difficulty", QT_TRANSLATE_NOOP("DomainTerms", "Difficulty")},
            {"voice_interest", QT_TRANSLATE_NOOP("DomainTerms", "Heard: interest")},
            {"voice_objection", QT_TRANSLATE_NOOP("DomainTerms", "Heard: objection")},
            {"voice_competitor", QT_TRANSLATE_NOOP("DomainTerms", "Heard: competitor")},
            {"voice_praise", QT_TRANSLATE_NOOP("DomainTerms", "Heard: praise")},
            {"voice_complaint", QT_TRANSLATE_NOOP("DomainTerms", "Heard: complaint")},
            {"voice_life_event", QT_TRANSLATE_NOOP("DomainTerms", "Heard: life event")},
            {"voice_follow_up", QT_TRANSLATE_NOOP("DomainTerms", "Heard: follow-up")}};
    static const Terms careKind = {{"welcome_day0", QT_TRANSLATE_NOOP("DomainTerms", "Welcome on opening day")},
                                   {"care_sms_2w", QT_TRANSLATE_NOOP("DomainTerms", "Care SMS within two weeks")},
                                   {"kyc_90d", QT_TRANSLATE_NOOP("DomainTerms", "KYC within 90 days")},
                                   {"birthday", QT_TRANSLATE_NOOP("DomainTerms", "Birthday greeting")},
                                   {"maturity", QT_TRANSLATE_NOOP("DomainTerms", "Maturity follow-up")},
                                   {"retention", QT_TRANSLATE_NOOP("DomainTerms", "Retention call")},
                                   {"follow_up", QT_TRANSLATE_NOOP("DomainTerms", "Promised follow-up")}};
    static const Terms arrival = {{"maturity", QT_TRANSLATE_NOOP("DomainTerms", "Product maturity")},
                                  {"salary", QT_TRANSLATE_NOOP("DomainTerms", "Salary")},
                                  {"bonus", QT_TRANSLATE_NOOP("DomainTerms", "Bonus")},
                                  {"other_bank", QT_TRANSLATE_NOOP("DomainTerms", "Money at another bank")},
                                  {"business", QT_TRANSLATE_NOOP("DomainTerms", "Business income")},
                                  {"other", QT_TRANSLATE_NOOP("DomainTerms", "Other")}};
    static const Terms risk = {{"1", QT_TRANSLATE_NOOP("DomainTerms", "Conservative")},
                               {"2", QT_TRANSLATE_NOOP("DomainTerms", "Moderately conservative")},
                               {"3", QT_TRANSLATE_NOOP("DomainTerms", "Balanced")},
                               {"4", QT_TRANSLATE_NOOP("DomainTerms", "Growth-oriented")},
                               {"5", QT_TRANSLATE_NOOP("DomainTerms", "Aggressive")}};
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
    case Vocabulary::ReferralFormKind: return referralForm;
    case Vocabulary::ReferralSource: return referralSource;
    case Vocabulary::TagCategory: return tagCategory;
    case Vocabulary::CareTaskKind: return careKind;
    case Vocabulary::FundArrivalSource: return arrival;
    case Vocabulary::RiskLevel: return risk;
    }
    return {};
}
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

QString label(const StoredContactOutcome &outcome)
{
    if (!outcome)
        return QCoreApplication::translate("DomainTerms",
                                           "an outcome this version of BranchDesk does not know");
    return *outcome ? label(**outcome) : QString();
}

QString label(ContactOutcome outcome)
{
    return label(Vocabulary::ContactOutcome, WorkStates::code(outcome));
}

QString label(const StoredLifecycleStage &stage)
{
    if (!stage)
        return QCoreApplication::translate("DomainTerms",
                                           "a stage this version of BranchDesk does not know");
    return label(*stage);
}

QString label(LifecycleStage stage)
{
    return label(Vocabulary::LifecycleStage, WorkStates::code(stage));
}

QString shortLabel(Vocabulary vocabulary, const QString &code)
{
    for (const Term &term : termsOf(vocabulary)) {
        if (code == QLatin1String(term.code))
            return QCoreApplication::translate("DomainTerms",
                                               term.shortLabel ? term.shortLabel : term.label);
    }
    return readable(code);
}

QString readable(const QString &code)
{
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
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
