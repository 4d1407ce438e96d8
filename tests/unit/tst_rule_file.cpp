// Rule files (docs/EVENTS.md): the shipped rules are complete in both languages and pass
// their own checks; a broken file is refused whole, with every problem and its place; a
// branch's changed rule replaces the file's, a broken change does not; thresholds change
// through the same checks.
#include "app/rules/OpportunityTerms.h"
#include "app/rules/RuleBook.h"
#include "app/rules/RuleFile.h"
#include "app/rules/RuleThresholds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bd;

namespace {
QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(BRANCHDESK_SOURCE_DIR "/tests/unit/data/rules/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList paths(const QList<ConditionProblem> &problems)
{
    QStringList list;
    for (const ConditionProblem &problem : problems)
        list << problem.path;
    return list;
}
} // namespace

class tst_RuleFile : public QObject
{
    Q_OBJECT

private slots:
    void shippedRulesAreValidAndComplete();
    void shippedRulesCoverTheIssue();
    void roundTripsThroughJson();
    void reportsEveryProblemWithItsPlace();
    void refusesWhatIsNotARuleFile_data();
    void refusesWhatIsNotARuleFile();
    void customersUseOnlyTheProfile();
    void conditionsMustFitTheEvent();
    void changedRulesReplaceTheFiles();
    void brokenChangesAndFilesAreIgnored();
    void thresholdsChangeThroughTheChecks();
};

void tst_RuleFile::shippedRulesAreValidAndComplete()
{
    const RuleFile::Parsed parsed = RuleFile::parse(RuleBook::shippedBytes());
    QVERIFY2(parsed.rules, qPrintable(RuleFile::describe(parsed.problems)));
    QCOMPARE(RuleBook::shipped().rules.size(), parsed.rules->rules.size());
    for (const MarketingRule &rule : parsed.rules->rules) {
        QVERIFY2(!rule.title.english.isEmpty() && !rule.title.chinese.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.opportunity.talkingPoints.english.isEmpty()
                         && rule.opportunity.talkingPoints.english.size()
                                 == rule.opportunity.talkingPoints.chinese.size(),
                 qPrintable(rule.id));
        QVERIFY(OpportunityTerms::kinds().contains(rule.opportunity.kind));
    }
}

void tst_RuleFile::shippedRulesCoverTheIssue()
{
    // Issue #17's list: large transfer out (5万 or 20% of AUM) -> retention call in 24 h, ...
    const RuleSet &rules = RuleBook::shipped();
    const MarketingRule *out = rules.find(QStringLiteral("large_transfer_out"));
    QVERIFY(out);
    QCOMPARE(out->opportunity.kind, QStringLiteral("retention_call"));
    QCOMPARE(out->opportunity.contactWithinHours, 24);
    const QByteArray when = QJsonDocument(out->toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(when.contains("\"value\":5000000"));
    QVERIFY(when.contains("\"field\":\"share_of_aum\",\"op\":\"ge\",\"value\":20"));
    const struct { const char *id; EventKind event; const char *kind; } expected[] = {
        {"large_inflow", EventKind::Transaction, "wealth_talk"},
        {"salary_arrival", EventKind::Salary, "deposit_talk"},
        {"maturity_reinvestment", EventKind::Maturity, "reinvestment"},
        {"repeated_browsing", EventKind::Browse, "consultation"},
        {"new_customer_welcome", EventKind::MobileSignIn, "welcome"},
        {"birthday_care", EventKind::Birthday, "care"},
        {"profile_change_kyc", EventKind::ProfileChange, "kyc_review"},
        {"complaint_recovery", EventKind::Complaint, "service_recovery"},
    };
    for (const auto &e : expected) {
        const MarketingRule *rule = rules.find(QLatin1String(e.id));
        QVERIFY2(rule, e.id);
        QCOMPARE(rule->event, e.event);
        QCOMPARE(rule->opportunity.kind, QLatin1String(e.kind));
    }
    QCOMPARE(rules.find(QStringLiteral("complaint_recovery"))->recipient, QStringLiteral("branch_head"));
    QCOMPARE(rules.find(QStringLiteral("complaint_recovery"))->purpose, ContactPurpose::Service);
}

void tst_RuleFile::roundTripsThroughJson()
{
    const RuleSet &rules = RuleBook::shipped();
    const RuleFile::Parsed again = RuleFile::parse(rules.toBytes());
    QVERIFY2(again.rules, qPrintable(RuleFile::describe(again.problems)));
    QCOMPARE(again.rules->toBytes(), rules.toBytes());
}

void tst_RuleFile::reportsEveryProblemWithItsPlace()
{
    const RuleFile::Parsed parsed = RuleFile::parse(dataFile(QStringLiteral("many_problems.json")));
    QVERIFY(!parsed.rules);
    const QStringList places = paths(parsed.problems);
    const QStringList expected = {
        QStringLiteral("contact.quiet_from"),
        QStringLiteral("rules[0].title.zh_CN"),
        QStringLiteral("rules[0].when.conditions[0].value[0]"),
        QStringLiteral("rules[0].when.conditions[1].conditions[1].value"),
        QStringLiteral("rules[0].opportunity.kind"),
        QStringLiteral("rules[1].id"),
        QStringLiteral("rules[1].event"),
        QStringLiteral("rules[1].dedup_days"),
        QStringLiteral("rules[2].id"),
        QStringLiteral("rules[2].customers.conditions[0]"),
        QStringLiteral("rules[2].colour"),
    };
    for (const QString &place : expected)
        QVERIFY2(places.contains(place), qPrintable(place + QStringLiteral(" not in:\n")
                                                     + RuleFile::describe(parsed.problems)));
    QCOMPARE(parsed.problems.size(), expected.size());
}

void tst_RuleFile::refusesWhatIsNotARuleFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::newRow("not json") << QByteArray("{\"format\": 1,") << QString();
    QTest::newRow("an array") << QByteArray("[]") << QString();
    QTest::newRow("another format") << QByteArray(R"({"format": 2, "version": 1, "rules": []})")
                                    << QStringLiteral("format");
    QTest::newRow("no rules") << QByteArray(R"({"format": 1, "version": 1, "rules": []})")
                              << QStringLiteral("rules");
    QTest::newRow("a rule that is a number")
            << QByteArray(R"({"format": 1, "version": 1, "rules": [7]})") << QStringLiteral("rules[0]");
    QTest::newRow("too large") << QByteArray(RuleFile::kMaxBytes + 1, ' ') << QString();
}

void tst_RuleFile::refusesWhatIsNotARuleFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    const RuleFile::Parsed parsed = RuleFile::parse(json);
    QVERIFY(!parsed.rules);
    QVERIFY(!parsed.problems.isEmpty());
    QVERIFY2(paths(parsed.problems).contains(place), qPrintable(RuleFile::describe(parsed.problems)));
}

void tst_RuleFile::customersUseOnlyTheProfile()
{
    MarketingRule rule = *RuleBook::shipped().find(QStringLiteral("large_inflow"));
    QJsonObject json = rule.toJson();
    json.insert(QStringLiteral("customers"),
                QJsonObject{{QStringLiteral("match"), QStringLiteral("all")},
                            {QStringLiteral("conditions"),
                             QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("tier")},
                                                    {QStringLiteral("op"), QStringLiteral("in")},
                                                    {QStringLiteral("value"), QJsonArray{QStringLiteral("gold")}}},
                                        QJsonObject{{QStringLiteral("field"), QStringLiteral("outflow")},
                                                    {QStringLiteral("op"), QStringLiteral("ge")},
                                                    {QStringLiteral("value"), 100},
                                                    {QStringLiteral("days"), 30}}}}});
    const RuleFile::ParsedRule parsed = RuleFile::parseRule(QJsonDocument(json).toJson());
    QVERIFY(!parsed.rule);
    QCOMPARE(paths(parsed.problems), QStringList{QStringLiteral("customers.conditions[1]")});
}

void tst_RuleFile::conditionsMustFitTheEvent()
{
    MarketingRule rule = *RuleBook::shipped().find(QStringLiteral("birthday_care"));
    QJsonObject json = rule.toJson();
    json.insert(QStringLiteral("when"),
                QJsonObject{{QStringLiteral("match"), QStringLiteral("all")},
                            {QStringLiteral("conditions"),
                             QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("amount")},
                                                    {QStringLiteral("op"), QStringLiteral("ge")},
                                                    {QStringLiteral("value"), 100}}}}});
    const RuleFile::ParsedRule parsed = RuleFile::parseRule(QJsonDocument(json).toJson());
    QVERIFY(!parsed.rule);
    QCOMPARE(paths(parsed.problems), QStringList{QStringLiteral("when.conditions[0]")});
}

void tst_RuleFile::changedRulesReplaceTheFiles()
{
    MarketingRule changed = *RuleBook::shipped().find(QStringLiteral("large_transfer_out"));
    changed.enabled = false;
    changed.version = 2;
    const RuleBook::Built built = RuleBook::build(
            std::nullopt, {{changed.id, QJsonDocument(changed.toJson()).toJson()}});
    QVERIFY(built.ignored.isEmpty());
    QCOMPARE(built.rules.rules.size(), RuleBook::shipped().rules.size());
    QVERIFY(!built.rules.find(QStringLiteral("large_transfer_out"))->enabled);
    QCOMPARE(built.rules.find(QStringLiteral("large_transfer_out"))->version, 2);

    // An installed file takes the shipped rules' place.
    RuleSet own;
    own.version = 5;
    own.rules << *RuleBook::shipped().find(QStringLiteral("complaint_recovery"));
    const RuleBook::Built installed = RuleBook::build(own.toBytes(), {});
    QCOMPARE(installed.rules.rules.size(), 1);
    QCOMPARE(installed.rules.version, 5);
}

void tst_RuleFile::brokenChangesAndFilesAreIgnored()
{
    const RuleBook::Built built = RuleBook::build(
            QByteArray("{ broken"),
            {{QStringLiteral("large_transfer_out"), QByteArray(R"({"id": "large_transfer_out"})")},
             {QStringLiteral("other_id"), QJsonDocument(RuleBook::shipped().rules.first().toJson()).toJson()}});
    QCOMPARE(built.ignored.size(), 3);
    // The working rules stay: a broken file never replaces a working one.
    QCOMPARE(built.rules.toBytes(), RuleBook::shipped().toBytes());
}

void tst_RuleFile::thresholdsChangeThroughTheChecks()
{
    const MarketingRule &rule = *RuleBook::shipped().find(QStringLiteral("large_transfer_out"));
    const QList<RuleThreshold> numbers = RuleThresholds::of(rule);
    QStringList places;
    for (const RuleThreshold &number : numbers)
        places << number.path;
    QCOMPARE(places, (QStringList{QStringLiteral("when.conditions[1].conditions[0].value"),
                                  QStringLiteral("when.conditions[1].conditions[1].value"),
                                  QStringLiteral("dedup_days"),
                                  QStringLiteral("opportunity.contact_within_hours")}));
    QVERIFY(numbers.first().money);
    QCOMPARE(numbers.first().value, 5000000);

    const Result<MarketingRule> raised
            = RuleThresholds::withValue(rule, QStringLiteral("when.conditions[1].conditions[0].value"), 10000000);
    QVERIFY2(raised, qPrintable(raised.errorString()));
    QCOMPARE(raised->version, rule.version + 1);
    QCOMPARE(RuleThresholds::of(*raised).first().value, 10000000);

    QVERIFY(!RuleThresholds::withValue(rule, QStringLiteral("when.conditions[1].conditions[1].value"), -5));
    QVERIFY(!RuleThresholds::withValue(rule, QStringLiteral("when.nowhere"), 5));
    const Result<MarketingRule> window = RuleThresholds::withValue(
            *RuleBook::shipped().find(QStringLiteral("repeated_browsing")),
            QStringLiteral("when.conditions[0].days"), 14);
    QVERIFY2(window, qPrintable(window.errorString()));
    QCOMPARE(window->when->children[0].days, 14);
}

QTEST_GUILESS_MAIN(tst_RuleFile)
#include "tst_rule_file.moc"
