#include "app/demo/DemoCatalogue.h"

namespace bd::demo {

namespace {

// Rates are in basis points and sit where mainland banks priced products in 2025-26.
const Product kProducts[] = {
    {"DP-CUR", "活期储蓄", Family::Deposit, 10, 0, 0, 30},
    {"DP-3M", "整存整取三个月", Family::Deposit, 105, 3, 50, 10},
    {"DP-6M", "整存整取六个月", Family::Deposit, 125, 6, 50, 12},
    {"DP-1Y", "整存整取一年", Family::Deposit, 135, 12, 50, 16},
    {"DP-3Y", "整存整取三年", Family::Deposit, 175, 36, 50, 10},
    {"DP-N7", "七天通知存款", Family::Deposit, 45, 0, 50000, 4},
    {"CD-1Y", "大额存单2026年第3期(一年)", Family::Deposit, 150, 12, 200000, 8},
    {"CD-3Y", "大额存单2025年第8期(三年)", Family::Deposit, 190, 36, 200000, 6},
    {"WM-CASH", "天天盈现金管理1号", Family::Wealth, 165, 0, 1, 12},
    {"WM-90D", "稳健添利90天持有期", Family::Wealth, 240, 3, 10000, 10},
    {"WM-Q", "季季红固收增强", Family::Wealth, 265, 3, 10000, 8},
    {"WM-6M", "悦享半年定开1期", Family::Wealth, 285, 6, 10000, 8},
    {"WM-1Y", "安鑫一年封闭式理财", Family::Wealth, 310, 12, 10000, 6},
    {"WM-18M", "睿远18个月封闭式理财", Family::Wealth, 340, 18, 50000, 3},
    {"FD-MMF", "鑫享货币A", Family::Fund, 0, 0, 1, 10},
    {"FD-300", "沪深300指数增强A", Family::Fund, 0, 0, 10, 8},
    {"FD-500", "中证500指数增强C", Family::Fund, 0, 0, 10, 5},
    {"FD-VAL", "陆家嘴价值精选混合A", Family::Fund, 0, 0, 10, 6},
    {"FD-TECH", "科技创新成长混合", Family::Fund, 0, 0, 10, 5},
    {"FD-BOND", "稳健双利债券A", Family::Fund, 0, 0, 10, 7},
    {"FD-6M", "安泰六个月持有期债券", Family::Fund, 0, 6, 10, 4},
    {"IN-ANN", "鑫福年年年金保险(分红型)", Family::Insurance, 250, 60, 10000, 6},
    {"IN-WL", "增额终身寿险(尊享版)", Family::Insurance, 250, 0, 20000, 5},
    {"IN-CI", "康宁重大疾病保险", Family::Insurance, 0, 0, 3000, 4},
    {"IN-EDU", "金色未来教育金保险", Family::Insurance, 220, 120, 10000, 3},
    {"PM-ACC", "如意积存金", Family::PreciousMetal, 0, 0, 600, 8},
    {"PM-BAR", "如意金条100克", Family::PreciousMetal, 0, 0, 60000, 4},
    {"PM-COIN", "熊猫纪念金币套装", Family::PreciousMetal, 0, 0, 5000, 2},
    {"BD-T3Y", "2026年储蓄国债(电子式)第二期三年", Family::Bond, 195, 36, 100, 6},
    {"BD-T5Y", "2026年储蓄国债(电子式)第二期五年", Family::Bond, 210, 60, 100, 4},
    {"BD-LOC", "上海市地方政府债(柜台)2026-05", Family::Bond, 185, 12, 100, 3},
    {"TR-12", "稳盈集合资金信托计划12号", Family::Trust, 480, 12, 1000000, 3},
    {"TR-24", "家族财富传承信托(定制)", Family::Trust, 420, 24, 3000000, 1},
    {"LN-MTG", "个人住房贷款", Family::Loan, 310, 0, 0, 6},
    {"LN-CON", "个人消费贷款(快e贷)", Family::Loan, 320, 36, 0, 4},
    {"LN-BIZ", "个人经营性贷款", Family::Loan, 350, 12, 0, 2},
};

const Occupation kOccupations[] = {
    {"公司职员", "金融业", 15, 60, true, 60},
    {"公司职员", "信息技术服务业", 15, 70, true, 60},
    {"公司职员", "批发和零售业", 8, 25, true, 70},
    {"工程师", "制造业", 12, 40, true, 50},
    {"教师", "教育", 12, 30, true, 40},
    {"医生", "卫生和社会工作", 18, 60, true, 25},
    {"护士", "卫生和社会工作", 10, 20, true, 20},
    {"公务员", "公共管理和社会组织", 15, 35, true, 25},
    {"国企管理人员", "电力燃气及水的生产和供应业", 30, 90, true, 15},
    {"私营企业主", "批发和零售业", 40, 400, false, 25},
    {"私营企业主", "制造业", 50, 600, false, 15},
    {"个体工商户", "住宿和餐饮业", 10, 60, false, 35},
    {"律师", "租赁和商务服务业", 30, 150, false, 8},
    {"会计师", "租赁和商务服务业", 20, 60, true, 12},
    {"销售人员", "房地产业", 10, 50, true, 25},
    {"自由职业", "文化体育和娱乐业", 5, 40, false, 20},
    {"退休人员", "", 4, 12, false, 0},
    {"学生", "", 0, 1, false, 0},
};

const Voice kVoices[] = {
    {"收益还可以,到期了继续买你们的", "positive", "interested", "", ""},
    {"上次推荐的理财挺稳的,再帮我看看一年期的", "positive", "appointment", "", ""},
    {"周末有空来网点聊聊", "positive", "appointment", "", ""},
    {"已经在手机银行买好了", "positive", "purchased", "", ""},
    {"给我留一份产品说明书,我回去跟家里商量", "neutral", "considering", "要和家人商量", ""},
    {"最近资金要用,过两个月再说", "neutral", "considering", "资金近期有用途", ""},
    {"先看看,暂时不考虑", "neutral", "considering", "暂无需求", ""},
    {"招商银行的大额存单利率比你们高", "negative", "considering", "利率不如他行",
     "招商银行"},
    {"余额宝随存随取,方便多了", "negative", "refused", "流动性要求高", "余额宝"},
    {"基金去年亏了不少,不想再碰", "negative", "refused", "曾经亏损,风险厌恶", ""},
    {"别老打电话推销了", "negative", "refused", "反感电话营销", ""},
    {"平安的保险顾问已经给我做了规划", "negative", "refused", "已在他处配置", "平安保险"},
    {"券商那边的收益凭证收益更高", "neutral", "considering", "收益不如他处", "某证券公司"},
    {"工行的理财经理也在联系我", "neutral", "interested", "", "工商银行"},
    {"孩子明年出国读书,想了解一下外汇和教育金", "positive", "interested", "", ""},
    {"", "neutral", "unreachable", "", ""},
};

const char *const kPurposes[] = {
    "到期资金承接", "新产品推荐", "资产配置检视", "生日关怀", "沙龙活动邀约",
    "贵宾权益介绍", "大额转出挽留", "手机银行开通指导", "KYC信息补充", "降级客户回访",
};

const EventKind kEvents[] = {
    {"browse_fund", "mobile", {"浏览沪深300指数增强A详情页", "查看基金排行榜", "对比三只债券基金",
                               "浏览定投专区"}, 30},
    {"browse_insurance", "mobile", {"浏览增额终身寿险", "查看年金险收益演示", "浏览重疾险条款",
                                    "测算教育金保险"}, 15},
    {"browse_precious_metal", "mobile", {"查看积存金行情", "浏览金条产品", "查看熊猫金币",
                                         "设置金价提醒"}, 10},
    {"consultation", "counter", {"咨询大额存单利率", "咨询理财产品风险等级", "咨询外汇购汇额度",
                                 "咨询养老金账户"}, 15},
    {"service_request", "counter", {"挂失补卡", "修改预留手机号", "开立电子账户", "打印流水"}, 10},
    {"campaign", "counter", {"参加春节积分兑换活动", "参加手机银行绑卡有礼", "参加信用卡分期活动",
                             "参加金秋理财节"}, 6},
    {"seminar", "counter", {"参加资产配置沙龙", "参加养老规划讲座", "参加黄金投资沙龙",
                            "参加少儿财商课堂"}, 4},
    {"complaint", "phone", {"投诉排队时间过长", "投诉理财收益不及预期", "投诉营销电话过多",
                            "投诉ATM吞卡"}, 3},
    {"address_change", "counter", {"变更居住地址", "变更工作单位地址", "变更通讯地址",
                                   "更新证件有效期"}, 3},
    {"account_closing", "counter", {"销户(资金转他行)", "注销二类户", "销户(迁居外地)",
                                    "注销信用卡"}, 1},
};

const TagDefinition kTags[] = {
    {"basics", "expertise", "无投资经验"},      {"basics", "expertise", "理财新手"},
    {"basics", "expertise", "多年投资经验"},    {"basics", "funds", "富裕"},
    {"basics", "funds", "潜力"},                {"basics", "funds", "饱和"},
    {"basics", "family", "家庭决策者"},        {"basics", "family", "需求型"},
    {"basics", "family", "积累型"},             {"basics", "locality", "本地居民"},
    {"needs", "service_need", "安全性"},       {"needs", "service_need", "流动性"},
    {"needs", "service_need", "收益性"},       {"needs", "expected_return", "固定收益"},
    {"needs", "expected_return", "浮动收益"},  {"needs", "expected_return", "5%-10%"},
    {"needs", "product_interest", "理财产品"}, {"needs", "product_interest", "保险"},
    {"needs", "product_interest", "基金"},     {"needs", "product_interest", "贵金属"},
    {"needs", "horizon", "3年以内"},           {"needs", "horizon", "5-10年"},
    {"behaviour", "channel", "银行"},          {"behaviour", "channel", "证券公司"},
    {"behaviour", "channel", "互联网金融"},    {"behaviour", "inflow_timing", "月末"},
    {"behaviour", "inflow_timing", "年末"},    {"behaviour", "social_circle", "企业主"},
    {"behaviour", "social_circle", "国企高管"}, {"behaviour", "deal_cycle", "流失预警"},
    {"behaviour", "deal_cycle", "高风险"},     {"preferences", "hobby", "健康"},
    {"preferences", "hobby", "旅游"},          {"preferences", "hobby", "奢侈品"},
    {"preferences", "contact_time", "工作日晚间"}, {"preferences", "contact_place", "网点"},
    {"preferences", "business_channel", "手机银行"}, {"preferences", "return_preference", "稳健"},
    {"preferences", "return_preference", "进取"}, {"preferences", "history", "资产主要在他行"},
    {"preferences", "history", "促销驱动"},    {"follow_up", "trust", "忠诚"},
    {"follow_up", "trust", "专属"},            {"follow_up", "difficulty", "原则型"},
    {"follow_up", "difficulty", "利益型"},
};

const KycQuestion kKycQuestions[] = {
    {"past.personal", "past.personal.career", "career_history", {R"({"text":"在外企做了十年财务"})",
        R"({"text":"早年经商,现已退休"})", R"({"text":"一直在国企工作"})", R"({"text":"互联网行业,跳槽两次"})"}},
    {"past.family", "past.family.origin", "locality", {R"({"choice":"local"})", R"({"choice":"migrated"})",
        R"({"choice":"local"})", R"({"choice":"migrated"})"}},
    {"past.finance", "past.finance.last_investment", "past_investment", {R"({"text":"去年买过一年期理财"})",
        R"({"text":"基金亏损后赎回"})", R"({"text":"只做定期存款"})", R"({"text":"买过信托产品"})"}},
    {"present.personal", "present.personal.income", "income_range", {R"({"range":"10-30万"})",
        R"({"range":"30-100万"})", R"({"range":"100万以上"})", R"({"range":"10万以下"})"}},
    {"present.family", "present.family.decision_maker", "decision_maker", {R"({"choice":"self"})",
        R"({"choice":"spouse"})", R"({"choice":"joint"})", R"({"choice":"self"})"}},
    {"present.finance", "present.finance.spare_funds", "spare_funds", {R"({"amount_fen":5000000})",
        R"({"amount_fen":20000000})", R"({"amount_fen":100000000})", R"({"amount_fen":0})"}},
    {"present.finance", "present.finance.other_banks", "products_elsewhere", {R"({"text":"招商银行有大额存单"})",
        R"({"text":"主要资产在本行"})", R"({"text":"券商账户有股票"})", R"({"text":"余额宝为主"})"}},
    {"future.personal", "future.personal.retirement", "retirement_years", {R"({"years":5})", R"({"years":15})",
        R"({"years":0})", R"({"years":25})"}},
    {"future.family", "future.family.goal", "family_goal", {R"({"text":"孩子出国留学"})", R"({"text":"子女婚嫁"})",
        R"({"text":"改善住房"})", R"({"text":"养老储备"})"}},
    {"future.finance", "future.finance.expected_return", "expected_return", {R"({"choice":"fixed"})",
        R"({"choice":"floating"})", R"({"choice":"5-10%"})", R"({"choice":"fixed"})"}},
};

const char *const kOtherBanks[] = {"招商银行", "工商银行", "建设银行", "平安银行",
                                   "浦发银行", "交通银行", "支付宝", "某证券公司"};
const char *const kMerchants[] = {"盒马鲜生", "国家电网上海市电力公司", "上海燃气", "中国移动",
                                  "携程旅行", "京东商城", "全家便利店", "上海交通卡"};
const char *const kEmployers[] = {"上海陆家嘴金融贸易区开发股份有限公司", "浦东新区教育局",
                                  "上海某信息科技有限公司", "上海某医院", "某外资银行上海分行",
                                  "上海某贸易有限公司"};

} // namespace

const char *familyCode(Family family)
{
    static const char *const codes[] = {"deposit", "wealth", "fund", "insurance",
                                        "precious_metal", "bond", "trust", "loan"};
    return codes[int(family)];
}

std::span<const Product> DemoCatalogue::products()
{
    return kProducts;
}

const Product &DemoCatalogue::product(DemoRandom &random, Family family, std::int64_t maxYuan)
{
    // Draw among the family's products the customer can afford; fall back to the first.
    int total = 0;
    const Product *first = nullptr;
    for (const Product &p : kProducts) {
        if (p.family == family && p.minimumYuan <= maxYuan) {
            total += p.weight;
            if (!first)
                first = &p;
        }
    }
    if (total == 0) {
        for (const Product &p : kProducts)
            if (p.family == family)
                return p;
    }
    std::int64_t roll = random.below(total);
    for (const Product &p : kProducts) {
        if (p.family == family && p.minimumYuan <= maxYuan) {
            roll -= p.weight;
            if (roll < 0)
                return p;
        }
    }
    return *first;
}

const Occupation &DemoCatalogue::occupation(DemoRandom &random, int age)
{
    if (age >= 62 || (age >= 55 && random.chance(0.6)))
        return kOccupations[std::size(kOccupations) - 2];
    if (age <= 22 && random.chance(0.7))
        return kOccupations[std::size(kOccupations) - 1];
    return random.pickWeighted(kOccupations);
}

const char *DemoCatalogue::education(DemoRandom &random, int birthYear)
{
    static const char *const levels[] = {"初中及以下", "高中/中专", "大专", "本科", "硕士",
                                         "博士"};
    static const int older[] = {30, 35, 18, 14, 3, 0};
    static const int younger[] = {6, 14, 22, 42, 14, 2};
    return levels[random.weighted(birthYear < 1970 ? std::span<const int>(older)
                                                   : std::span<const int>(younger),
                                  100)];
}

const Voice &DemoCatalogue::voice(DemoRandom &random)
{
    return random.pick(kVoices);
}

const char *DemoCatalogue::contactPurpose(DemoRandom &random)
{
    return random.pick(kPurposes);
}

const EventKind &DemoCatalogue::eventKind(DemoRandom &random)
{
    return random.pickWeighted(kEvents);
}

std::span<const TagDefinition> DemoCatalogue::tags()
{
    return kTags;
}

std::span<const KycQuestion> DemoCatalogue::kycQuestions()
{
    return kKycQuestions;
}

const char *DemoCatalogue::otherBank(DemoRandom &random)
{
    return random.pick(kOtherBanks);
}

const char *DemoCatalogue::merchant(DemoRandom &random)
{
    return random.pick(kMerchants);
}

const char *DemoCatalogue::employer(DemoRandom &random)
{
    return random.pick(kEmployers);
}

} // namespace bd::demo
