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
    static const Terms referralStatus = {{"open", T("Open")},
                                         {"accepted", T("Accepted")},
                                         {"completed", T("Completed")},
                                         {"not_completed", T("Not completed")}};
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

} // namespace bd::DomainTerms
