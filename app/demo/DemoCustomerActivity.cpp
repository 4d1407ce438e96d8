// The second half of DemoCustomerWriter: what a customer did over the last year and what
// the branch has planned for them (follow-ups, care tasks, call lists).
#include "app/demo/DemoCustomerWriter.h"

#include "app/domain/KycSearchForm.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace bd::demo {

namespace {

int tagIndex(const char *category, const char *value)
{
    const auto tags = DemoCatalogue::tags();
    for (std::size_t i = 0; i < tags.size(); ++i)
        if (!std::strcmp(tags[i].category, category) && !std::strcmp(tags[i].value, value))
            return int(i);
    return -1;
}

// A log-uniform amount in fen: small amounts common, large ones rare.
std::int64_t amountBetween(DemoRandom &random, double lowYuan, double highYuan)
{
    highYuan = std::max(highYuan, lowYuan * 1.01);
    const double yuan = std::exp(std::log(lowYuan)
                                 + random.unit() * (std::log(highYuan) - std::log(lowYuan)));
    return std::max<std::int64_t>(1, std::int64_t(yuan * 100));
}

struct TxnKind
{
    const char *kind;
    const char *channels[3];
};
const TxnKind kTxnKinds[] = {
    {"payment", {"pos", "mobile", "agent"}},
    {"transfer_in", {"mobile", "ebanking", "counter"}},
    {"transfer_out", {"mobile", "ebanking", "phone"}},
    {"cash_deposit", {"counter", "atm", "atm"}},
    {"cash_withdrawal", {"atm", "atm", "counter"}},
    {"investment_buy", {"mobile", "ebanking", "counter"}},
    {"investment_redeem", {"mobile", "ebanking", "counter"}},
    {"salary", {"agent", "agent", "agent"}},
    {"repayment", {"agent", "mobile", "ebanking"}},
    {"loan_drawdown", {"counter", "counter", "ebanking"}},
};

} // namespace

void DemoCustomerWriter::writeTransactions(Plan &plan)
{
    const std::int64_t today = m_context.calendar.today();
    const int weights[] = {24, 12, 12, 7, 10, 8, 5, plan.salaried ? 15 : 0, plan.hasLoan ? 10 : 0,
                           plan.hasLoan ? 1 : 0};
    int total = 0;
    for (int weight : weights)
        total += weight;
    const double aumYuan = double(plan.aumFen) / 100.0;
    const int count = int(m_random.between(3, 9)) + (aumYuan >= 50'000 ? 2 : 0)
            + (plan.salaried ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        const int k = m_random.weighted(weights, total);
        const TxnKind &kind = kTxnKinds[k];
        const char *channel = m_random.pick(kind.channels);
        const std::int64_t day = today - m_random.below(365);
        std::int64_t amount = 0;
        std::string counterparty;
        const char *institution = "";
        switch (k) {
        case 0:
            amount = amountBetween(m_random, 15, 5000);
            counterparty = DemoCatalogue::merchant(m_random);
            institution = channel[0] == 'p' ? "银联" : "本行";
            break;
        case 1:
        case 2:
            amount = amountBetween(m_random, 500, std::max(5000.0, aumYuan * 0.3));
            counterparty = m_random.chance(0.5) ? "本人他行账户" : "个人转账";
            institution = m_random.chance(0.6) ? DemoCatalogue::otherBank(m_random) : "本行";
            break;
        case 3:
        case 4:
            amount = amountBetween(m_random, 200, 20000) / 10000 * 10000 + 10000;
            break;
        case 5:
        case 6:
            amount = amountBetween(m_random, 10000, std::max(10000.0, aumYuan * 0.4));
            counterparty = plan.holdings.size() > 1 ? plan.holdings[1].product->name : "天天盈现金管理1号";
            institution = "本行";
            break;
        case 7:
            amount = std::max<std::int64_t>(300'000, plan.incomeFen / 13);
            counterparty = DemoCatalogue::employer(m_random);
            institution = "本行代发";
            break;
        case 8:
            amount = amountBetween(m_random, 2000, 15000);
            counterparty = "贷款还款";
            institution = "本行";
            break;
        default:
            amount = amountBetween(m_random, 50000, 500000);
            counterparty = "个人贷款发放";
            institution = "本行";
            break;
        }
        const bool atCounter = channel[0] == 'c' && channel[1] == 'o';
        m_txn.text(m_context.newId()).text(plan.id)
                .text(stampOn(day, atCounter ? 9 : 7, atCounter ? 17 : 23))
                .text(kind.kind).text(channel).integer(amount).text(counterparty).text(institution)
                .run();
    }
    if (plan.largeOutflow) { // the churn signal a retention call answers
        const std::int64_t day = today - m_random.below(45);
        m_txn.text(m_context.newId()).text(plan.id).text(stampOn(day, 9, 21)).text("transfer_out")
                .text(m_random.chance(0.5) ? "mobile" : "counter")
                .integer(plan.aumFen * m_random.between(40, 150) / 100 + 100)
                .text("本人他行账户").text(DemoCatalogue::otherBank(m_random)).run();
    }
}

void DemoCustomerWriter::writeEvents(Plan &plan)
{
    const std::int64_t today = m_context.calendar.today();
    static const int countWeights[] = {35, 35, 20, 10};
    const int count = m_random.weighted(countWeights, 100) + (plan.closing ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        const EventKind *kind = &DemoCatalogue::eventKind(m_random);
        const char *code = kind->kind;
        const char *detail = m_random.pick(kind->details);
        if (plan.closing && i == count - 1)
            code = "account_closing";
        else if (!std::strcmp(code, "account_closing"))
            code = "service_request"; // only leaving customers close accounts
        if (!std::strcmp(code, "browse_fund"))
            plan.browsed[0] = true;
        else if (!std::strcmp(code, "browse_insurance"))
            plan.browsed[1] = true;
        else if (!std::strcmp(code, "browse_precious_metal"))
            plan.browsed[2] = true;
        const bool mobile = kind->channel[0] == 'm';
        m_event.text(m_context.newId()).text(plan.id)
                .text(stampOn(today - m_random.below(180), mobile ? 7 : 9, mobile ? 23 : 17))
                .text(code).text(kind->channel).text(m_context.seal(detail)).run();
    }
}

void DemoCustomerWriter::writeInteractions(Plan &plan)
{
    const std::int64_t today = m_context.calendar.today();
    const double chance = plan.tier >= 2 ? 0.7 : plan.tier == 1 ? 0.4 : 0.15;
    if (!m_random.chance(chance))
        return;
    const auto &managers = m_context.wealthManagers;
    const int count = m_random.chance(0.3) ? 2 : 1;
    static const char *const channels[] = {"phone", "wechat", "branch", "visit", "sms"};
    static const int channelWeights[] = {50, 25, 12, 5, 8};
    for (int i = 0; i < count; ++i) {
        const std::string &staff = plan.managerId.empty()
                ? managers[std::size_t(m_random.below(std::int64_t(managers.size())))]
                : plan.managerId;
        const Voice &voice = DemoCatalogue::voice(m_random);
        const bool followUp = !std::strcmp(voice.outcome, "interested")
                || !std::strcmp(voice.outcome, "appointment")
                || !std::strcmp(voice.outcome, "considering");
        const std::int64_t day = today - m_random.below(90);
        m_interaction.text(m_context.newId()).text(plan.id).text(staff).text(stampOn(day, 9, 19))
                .text(channels[m_random.weighted(channelWeights, 100)])
                .text(m_context.seal(DemoCatalogue::contactPurpose(m_random))).text(voice.outcome).text(m_context.seal(voice.text))
                .text(voice.sentiment).text(m_context.seal(voice.objection)).text(voice.competitor)
                .textOrNull(followUp ? DemoCalendar::date(today + m_random.between(-3, 21))
                                     : std::string())
                .text(m_context.stamp).run();
        if (m_random.chance(0.2)) {
            static const int trust[] = {tagIndex("trust", "忠诚"), tagIndex("trust", "专属"),
                                        tagIndex("difficulty", "原则型"),
                                        tagIndex("difficulty", "利益型")};
            tag(plan, m_random.pick(trust), "staff", 100, staff);
        }
    }
}

void DemoCustomerWriter::writeKyc(Plan &plan)
{
    if (!plan.hasKyc)
        return;
    const std::int64_t today = m_context.calendar.today();
    const std::string &staff = plan.managerId.empty() ? m_context.wealthManagers.front()
                                                      : plan.managerId;
    const int versions = m_random.chance(0.25) ? 2 : 1;
    std::int64_t day = today - m_random.between(120, 400);
    // The customer's KYC file is the latest final version's answers (as KycService keeps it).
    struct Answer
    {
        const KycQuestion *question;
        const char *json;
    };
    std::vector<Answer> file;
    std::string fileSession, fileStamp;
    for (int version = 1; version <= versions; ++version) {
        const bool draft = version == 2 && m_random.chance(0.5);
        const std::string session = m_context.newId();
        const std::string started = stampOn(day, 9, 17);
        m_kycSession.text(session).text(plan.id).text(staff).integer(version)
                .text(draft ? "draft" : "final").integer(std::max(1, plan.riskLevel))
                .text(started).textOrNull(draft ? std::string() : started).text(m_context.stamp)
                .run();
        std::vector<Answer> answers;
        for (const KycQuestion &question : DemoCatalogue::kycQuestions()) {
            if (!m_random.chance(version == 1 ? 0.6 : 0.35))
                continue;
            const char *json = m_random.pick(question.answers);
            m_kycAnswer.text(m_context.newId()).text(session).text(question.cell).text(question.id)
                    .text(m_context.seal(json)).text(started).run();
            answers.push_back({&question, json});
        }
        if (!draft) {
            file = std::move(answers);
            fileSession = session;
            fileStamp = started;
        }
        day = today - m_random.between(1, 100);
    }
    for (const Answer &answer : file) {
        const QString valueText = KycSearchForm::ofJson(QString::fromUtf8(answer.json));
        m_kycField.text(m_context.newId()).text(plan.id).text(answer.question->field)
                .text(answer.question->id).text(m_context.seal(answer.json))
                .text(valueText.toStdString()).text(fileSession).text(fileStamp)
                .text(m_context.stamp).run();
    }
    static const int kycTags[] = {
        tagIndex("service_need", "安全性"), tagIndex("service_need", "流动性"),
        tagIndex("service_need", "收益性"), tagIndex("expected_return", "固定收益"),
        tagIndex("expected_return", "5%-10%"), tagIndex("horizon", "3年以内"),
        tagIndex("horizon", "5-10年"), tagIndex("hobby", "健康"), tagIndex("hobby", "旅游"),
        tagIndex("contact_time", "工作日晚间"), tagIndex("return_preference", "稳健"),
        tagIndex("history", "资产主要在他行"), tagIndex("family", "家庭决策者")};
    for (int i = 0; i < 3; ++i)
        tag(plan, m_random.pick(kycTags), "kyc", int(m_random.between(85, 100)), staff);
}

void DemoCustomerWriter::tag(Plan &plan, int index, const char *source, int confidence,
                             const std::string &setBy)
{
    if (index < 0 || (plan.tagsUsed >> index) & 1u)
        return;
    plan.tagsUsed |= std::uint64_t(1) << index;
    m_customerTag.text(m_context.newId()).text(plan.id).text(m_context.tagIds[std::size_t(index)])
            .text(source).integer(confidence).textOrNull(setBy).text(m_context.stamp)
            .text(m_context.stamp).run();
}

void DemoCustomerWriter::writeTags(Plan &plan)
{
    static const int wealthy = tagIndex("funds", "富裕"), potential = tagIndex("funds", "潜力"),
                     local = tagIndex("locality", "本地居民"), churn = tagIndex("deal_cycle", "流失预警"),
                     owner = tagIndex("social_circle", "企业主"),
                     experienced = tagIndex("expertise", "多年投资经验"),
                     novice = tagIndex("expertise", "无投资经验"),
                     mobile = tagIndex("business_channel", "手机银行");
    static const int interests[] = {tagIndex("product_interest", "基金"),
                                    tagIndex("product_interest", "保险"),
                                    tagIndex("product_interest", "贵金属")};
    if (plan.tier >= 2)
        tag(plan, wealthy, "rule", 100);
    else if (plan.tier == 1 && plan.aumFen >= 30'000'000)
        tag(plan, potential, "rule", 90);
    if (plan.local && m_random.chance(0.4))
        tag(plan, local, "rule", 100);
    if (plan.largeOutflow)
        tag(plan, churn, "rule", 95);
    if (plan.businessOwner)
        tag(plan, owner, "rule", 80);
    for (int i = 0; i < 3; ++i)
        if (plan.browsed[i])
            tag(plan, interests[i], "observed", int(m_random.between(55, 80)));
    bool investor = false;
    for (const Holding &holding : plan.holdings)
        investor = investor || holding.product->family == Family::Fund;
    if (investor && m_random.chance(0.5))
        tag(plan, experienced, "rule", 70);
    else if (plan.holdings.size() == 1 && m_random.chance(0.3))
        tag(plan, novice, "rule", 60);
    if (m_random.chance(0.12))
        tag(plan, mobile, "observed", 75);
}

} // namespace bd::demo
