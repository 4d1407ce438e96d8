// The KYC rule engine on the built-in bank, data-driven: answers -> tags (with confidence),
// the five-level risk profile with the answers that drove it, and fund arrivals.
#include "app/services/kyc/KycAnswerValue.h"
#include "app/services/kyc/KycQuestionBank.h"
#include "app/services/kyc/KycRuleEngine.h"

#include <QJsonDocument>
#include <QTest>

using namespace bd;

class tst_KycRules : public QObject
{
    Q_OBJECT

private slots:
    void answersGiveTagsAndRisk_data();
    void answersGiveTagsAndRisk();
    void strongestDriverComesFirst();
    void cashArrivalAnswersBecomeFundArrivals();
    void sameTagKeepsHighestConfidence();
};

static QHash<QString, QJsonObject> answersFrom(const QString &json)
{
    QHash<QString, QJsonObject> answers;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        answers.insert(it.key(), it.value().toObject());
    return answers;
}

static QStringList tagTexts(const QList<KycDerivedTag> &tags)
{
    QStringList texts;
    for (const KycDerivedTag &tag : tags)
        texts << QStringLiteral("%1/%2/%3/%4").arg(tag.dimension, tag.category, tag.value)
                         .arg(tag.confidence);
    return texts;
}

void tst_KycRules::answersGiveTagsAndRisk_data()
{
    QTest::addColumn<QString>("answers");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("drivers");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("conservative")
            << R"({"past.finance.experience":{"choice":"none"},
                   "past.finance.loss_reaction":{"choice":"sold_all"},
                   "present.finance.liquidity":{"choice":"anytime"},
                   "future.finance.expected_return":{"choice":"fixed"},
                   "future.finance.horizon":{"choice":"below_1y"},
                   "future.finance.risk_attitude":{"choice":"capital_safe"}})"
            << 1 << 6
            << QStringList{"basics/expertise/无投资经验/95", "needs/service_need/流动性/90",
                           "needs/service_need/安全性/90", "preferences/return_preference/稳健/90",
                           "needs/expected_return/固定收益/90", "needs/horizon/1年以内/90"}
            << QStringList{"preferences/return_preference/风险型/75"};
    QTest::newRow("aggressive")
            << R"({"past.finance.experience":{"choice":"many_years"},
                   "past.finance.loss_reaction":{"choice":"bought_more"},
                   "present.finance.liquidity":{"choice":"not_needed"},
                   "future.finance.expected_return":{"choice":"above_10"},
                   "future.finance.horizon":{"choice":"above_10y"},
                   "future.finance.risk_attitude":{"choice":"aggressive"}})"
            << 5 << 6
            << QStringList{"basics/expertise/多年投资经验/90", "preferences/return_preference/风险型/75",
                           "preferences/return_preference/高收益/85", "needs/service_need/收益性/80"}
            << QStringList{"needs/service_need/流动性/90"};
    QTest::newRow("balanced")
            << R"({"past.finance.experience":{"choice":"wealth_products"},
                   "past.finance.loss_reaction":{"choice":"held"},
                   "present.finance.liquidity":{"choice":"one_to_3y"},
                   "future.finance.expected_return":{"choice":"5-10%"},
                   "future.finance.horizon":{"choice":"3_5y"},
                   "future.finance.risk_attitude":{"choice":"moderate"}})"
            << 3 << 6 << QStringList{"basics/expertise/理财新手/85", "needs/expected_return/5%-10%/90"}
            << QStringList{};
    QTest::newRow("one scored answer is not a profile")
            << R"({"future.finance.risk_attitude":{"choice":"growth"}})" << 0 << 1
            << QStringList{"preferences/return_preference/风险型/80"} << QStringList{};
    QTest::newRow("an answer without a score does not drive")
            << R"({"past.finance.loss_reaction":{"choice":"never_lost"},
                   "future.finance.risk_attitude":{"choice":"growth"},
                   "future.finance.horizon":{"choice":"5_10y"}})"
            << 4 << 2 << QStringList{"needs/horizon/5-10年/90"} << QStringList{};
    QTest::newRow("wealthy by spare funds")
            << R"({"present.finance.spare_funds":{"amount_fen":150000000}})" << 0 << 0
            << QStringList{"basics/funds/富裕/80"} << QStringList{"basics/funds/潜力/70"};
    QTest::newRow("potential by spare funds")
            << R"({"present.finance.spare_funds":{"amount_fen":50000000}})" << 0 << 0
            << QStringList{"basics/funds/潜力/70"} << QStringList{"basics/funds/富裕/80"};
    QTest::newRow("small spare funds give no funds tag")
            << R"({"present.finance.spare_funds":{"amount_fen":5000000}})" << 0 << 0
            << QStringList{} << QStringList{"basics/funds/潜力/70", "basics/funds/富裕/80"};
    QTest::newRow("multi-choice gives one tag per option")
            << R"({"present.personal.hobbies":{"choices":["travel","golf"]},
                   "future.family.purpose":{"choices":["children_education","retirement"]}})"
            << 0 << 0
            << QStringList{"preferences/hobby/旅游/90", "preferences/hobby/高尔夫/90",
                           "needs/purpose/子女教育/90", "needs/purpose/养老/90"}
            << QStringList{"preferences/hobby/健康/90"};
    QTest::newRow("demo-style answers align with the bank")
            << R"({"present.family.decision_maker":{"choice":"self"},
                   "present.personal.income":{"range":"100万以上"},
                   "past.family.origin":{"choice":"local"}})"
            << 0 << 0
            << QStringList{"basics/family/家庭决策者/90", "basics/funds/富裕/75",
                           "basics/locality/本地居民/90"}
            << QStringList{};
    QTest::newRow("an answer not in the options is ignored")
            << R"({"future.finance.risk_attitude":{"choice":"reckless"},
                   "present.personal.hobbies":{"choices":["travel","skydiving"]}})"
            << 0 << 0 << QStringList{}
            << QStringList{"preferences/hobby/旅游/90"};
}

void tst_KycRules::answersGiveTagsAndRisk()
{
    QFETCH(QString, answers);
    QFETCH(int, level);
    QFETCH(int, drivers);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const KycOutcome outcome = KycRuleEngine(KycQuestionBank::builtIn()).evaluate(answersFrom(answers));
    const QStringList tags = tagTexts(outcome.tags);
    for (const QString &tag : present)
        QVERIFY2(tags.contains(tag), qPrintable(tag + QStringLiteral(" not in ") + tags.join(' ')));
    for (const QString &tag : absent)
        QVERIFY2(!tags.contains(tag), qPrintable(tag));
    QCOMPARE(outcome.risk.level, level);
    QCOMPARE(outcome.risk.drivers.size(), drivers);
    QCOMPARE(outcome.risk.isKnown(), level > 0);
}

void tst_KycRules::strongestDriverComesFirst()
{
    const RiskProfile profile = KycRuleEngine(KycQuestionBank::builtIn()).riskProfile(answersFrom(
            R"({"future.finance.horizon":{"choice":"3_5y"},
                "past.finance.experience":{"choice":"none"},
                "future.finance.risk_attitude":{"choice":"small_swings"}})"));
    QCOMPARE(profile.drivers.size(), 3);
    QCOMPARE(profile.drivers.at(0).questionId, QStringLiteral("future.finance.risk_attitude"));
    QCOMPARE(profile.drivers.at(0).weight, 2);
    QCOMPARE(profile.drivers.at(1).questionId, QStringLiteral("past.finance.experience"));
    QCOMPARE(profile.drivers.at(1).score, 1);
    // (2*2 + 3 + 1) / 4 = 2
    QCOMPARE(profile.level, 2);
    QVERIFY(!profile.label().isEmpty());
}

void tst_KycRules::cashArrivalAnswersBecomeFundArrivals()
{
    const QDate day(2026, 12, 20);
    QHash<QString, QJsonObject> answers;
    answers.insert(QStringLiteral("present.finance.maturity"), KycAnswerValue::fundArrival(day, 30000000));
    answers.insert(QStringLiteral("future.finance.bonus"), KycAnswerValue::fundArrival(day.addDays(30), 8000000));
    answers.insert(QStringLiteral("future.finance.other_bank"), KycAnswerValue::fundArrival(day, 0)); // no amount
    const KycOutcome outcome = KycRuleEngine(KycQuestionBank::builtIn()).evaluate(answers);
    QCOMPARE(outcome.arrivals.size(), 2);
    QStringList seen;
    for (const KycFundArrival &arrival : outcome.arrivals)
        seen << QStringLiteral("%1 %2 %3").arg(arrival.source, arrival.expectedOn.toString(Qt::ISODate))
                        .arg(qint64(arrival.amount.fen()));
    QVERIFY(seen.contains(QStringLiteral("maturity 2026-12-20 30000000")));
    QVERIFY(seen.contains(QStringLiteral("bonus 2027-01-19 8000000")));
    QVERIFY(tagTexts(outcome.tags).contains(QStringLiteral("behaviour/inflow_timing/年末/60")));
}

void tst_KycRules::sameTagKeepsHighestConfidence()
{
    // 安全性 comes from the risk attitude (90) and from what the customer values (75).
    const KycOutcome outcome = KycRuleEngine(KycQuestionBank::builtIn()).evaluate(answersFrom(
            R"({"present.finance.bank_values":{"choices":["safety"]},
                "future.finance.risk_attitude":{"choice":"capital_safe"}})"));
    const QStringList tags = tagTexts(outcome.tags);
    QCOMPARE(tags.count(QStringLiteral("needs/service_need/安全性/90")), 1);
    QVERIFY(!tags.contains(QStringLiteral("needs/service_need/安全性/75")));
}

QTEST_GUILESS_MAIN(tst_KycRules)
#include "tst_kyc_rules.moc"
