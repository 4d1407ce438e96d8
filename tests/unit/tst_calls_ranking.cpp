// "Easiest to close now" (docs/CALLS.md): each factor moves the score by its documented
// points with a reason the manager can read, and the order of customers follows.
#include "app/services/calls/CallScoring.h"

#include <QTest>

using namespace bd;

Q_DECLARE_METATYPE(bd::CallScoring::Input)

namespace {
const QDate kToday(2026, 11, 23);

bool hasReason(const CallScoring::Score &score, const QString &code, int points)
{
    for (const CallScoring::Reason &reason : score.reasons) {
        if (reason.code == code)
            return reason.points == points && !reason.text.isEmpty();
    }
    return false;
}
} // namespace

class tst_CallsRanking : public QObject
{
    Q_OBJECT

private slots:
    void nothingKnownScoresZero();
    void factor_data();
    void factor();
    void reasonsSortedByEffectAndSummarised();
    void orderFollowsEaseOfClosing();
    void refusalAndRecentContactSinkACustomer();
    void doNotContactGoesToTheBottom();
    void careStepsAndOverdue();
    void retryTheSameDayIsNoFollowUp();
    void kycPercentOfTheFields();
};

void tst_CallsRanking::nothingKnownScoresZero()
{
    const CallScoring::Score score = CallScoring::score({}, kToday);
    QCOMPARE(score.points, 0);
    QVERIFY(score.reasons.isEmpty());
    QVERIFY(score.summary().isEmpty());
}

void tst_CallsRanking::factor_data()
{
    QTest::addColumn<CallScoring::Input>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("points");

    auto with = [](auto change) {
        CallScoring::Input input;
        change(input);
        return input;
    };
    QTest::newRow("money in 3 days") << with([](auto &i) { i.facts.moneyOn = kToday.addDays(3); i.facts.money = Money::fromFen(100); })
                                     << "money_soon" << 40;
    QTest::newRow("money freed 5 days ago") << with([](auto &i) { i.facts.moneyOn = kToday.addDays(-5); i.facts.money = Money::fromFen(100); })
                                            << "money_soon" << 40;
    QTest::newRow("money in 20 days") << with([](auto &i) { i.facts.moneyOn = kToday.addDays(20); i.facts.money = Money::fromFen(100); })
                                      << "money_month" << 25;
    QTest::newRow("large money") << with([](auto &i) { i.facts.moneyOn = kToday.addDays(20); i.facts.money = Money::fromFen(60000000); })
                                 << "money_large" << 10;
    QTest::newRow("5万 money") << with([](auto &i) { i.facts.moneyOn = kToday.addDays(20); i.facts.money = Money::fromFen(5000000); })
                               << "money_medium" << 5;
    QTest::newRow("browsed funds 3 days ago") << with([](auto &i) { i.facts.browsedOn.insert(QStringLiteral("browse_fund"), kToday.addDays(-3)); })
                                              << "browsed" << 20;
    QTest::newRow("browsed two kinds 20 days ago")
            << with([](auto &i) {
                   i.facts.browsedOn.insert(QStringLiteral("browse_fund"), kToday.addDays(-20));
                   i.facts.browsedOn.insert(QStringLiteral("browse_insurance"), kToday.addDays(-25));
               })
            << "browsed" << 15;
    QTest::newRow("consulted 2 days ago") << with([](auto &i) { i.facts.consultedOn = kToday.addDays(-2); })
                                          << "consulted" << 25;
    QTest::newRow("consulted 20 days ago") << with([](auto &i) { i.facts.consultedOn = kToday.addDays(-20); })
                                           << "consulted" << 20;
    QTest::newRow("appointment") << with([](auto &i) { i.facts.lastOutcome = ContactOutcome::Appointment; i.facts.lastOutcomeOn = kToday.addDays(-30); })
                                 << "intent_appointment" << 35;
    QTest::newRow("interested") << with([](auto &i) { i.facts.lastOutcome = ContactOutcome::Interested; i.facts.lastOutcomeOn = kToday.addDays(-30); })
                                << "intent_interested" << 30;
    QTest::newRow("considering") << with([](auto &i) { i.facts.lastOutcome = ContactOutcome::Considering; i.facts.lastOutcomeOn = kToday.addDays(-30); })
                                 << "intent_considering" << 15;
    QTest::newRow("refused") << with([](auto &i) { i.facts.lastOutcome = ContactOutcome::Refused; i.facts.lastOutcomeOn = kToday.addDays(-30); })
                             << "intent_refused" << -40;
    QTest::newRow("follow-up due") << with([](auto &i) { i.facts.followUpOn = kToday; })
                                   << "follow_up_due" << 20;
    QTest::newRow("KYC 60%") << with([](auto &i) { i.kycPercent = 60; }) << "kyc_known" << 9;
    QTest::newRow("KYC complete") << with([](auto &i) { i.kycPercent = 100; }) << "kyc_known" << 15;
    QTest::newRow("contacted today") << with([](auto &i) { i.facts.lastContactOn = kToday; })
                                     << "contacted_recently" << -40;
    QTest::newRow("contacted 5 days ago") << with([](auto &i) { i.facts.lastContactOn = kToday.addDays(-5); })
                                          << "contacted_this_week" << -20;
    QTest::newRow("contacted 10 days ago") << with([](auto &i) { i.facts.lastContactOn = kToday.addDays(-10); })
                                           << "contacted_fortnight" << -10;
}

void tst_CallsRanking::factor()
{
    QFETCH(CallScoring::Input, input);
    QFETCH(QString, code);
    QFETCH(int, points);
    const CallScoring::Score score = CallScoring::score(input, kToday);
    QVERIFY2(hasReason(score, code, points), qPrintable(score.summary()));
}

void tst_CallsRanking::reasonsSortedByEffectAndSummarised()
{
    CallScoring::Input input;
    input.facts.moneyOn = kToday.addDays(2);
    input.facts.money = Money::fromFen(1000);
    input.facts.lastContactOn = kToday.addDays(-10);
    input.kycPercent = 40;
    const CallScoring::Score score = CallScoring::score(input, kToday);
    QCOMPARE(score.points, 40 - 10 + 6);
    QCOMPARE(score.reasons.size(), 3);
    QCOMPARE(score.reasons.at(0).code, QStringLiteral("money_soon"));
    QCOMPARE(score.reasons.at(1).code, QStringLiteral("contacted_fortnight"));
    QCOMPARE(score.summary().count(QStringLiteral("; ")), 2);
}

void tst_CallsRanking::orderFollowsEaseOfClosing()
{
    CallScoring::Input maturing; // money in a week and interested last month
    maturing.facts.moneyOn = kToday.addDays(6);
    maturing.facts.money = Money::fromFen(20000000);
    maturing.facts.lastOutcome = ContactOutcome::Interested;
    maturing.facts.lastOutcomeOn = kToday.addDays(-30);
    CallScoring::Input browsing; // browsed funds only
    browsing.facts.browsedOn.insert(QStringLiteral("browse_fund"), kToday.addDays(-1));
    CallScoring::Input rich; // nothing but a full KYC
    rich.kycPercent = 100;
    const int a = CallScoring::score(maturing, kToday).points;
    const int b = CallScoring::score(browsing, kToday).points;
    const int c = CallScoring::score(rich, kToday).points;
    QVERIFY2(a > b && b > c, qPrintable(QStringLiteral("%1 %2 %3").arg(a).arg(b).arg(c)));
}

void tst_CallsRanking::refusalAndRecentContactSinkACustomer()
{
    CallScoring::Input before;
    before.facts.moneyOn = kToday.addDays(6);
    before.facts.money = Money::fromFen(1000);
    CallScoring::Input after = before;
    after.facts.lastOutcome = ContactOutcome::Refused;
    after.facts.lastOutcomeOn = kToday;
    after.facts.lastContactOn = kToday;
    QCOMPARE(CallScoring::score(before, kToday).points, 40);
    QCOMPARE(CallScoring::score(after, kToday).points, 40 - 40 - 40);
    // An old refusal no longer counts (90 days), an old contact no longer penalises.
    after.facts.lastOutcomeOn = kToday.addDays(-91);
    after.facts.lastContactOn = kToday.addDays(-91);
    QCOMPARE(CallScoring::score(after, kToday).points, 40);
}

void tst_CallsRanking::doNotContactGoesToTheBottom()
{
    CallScoring::Input input;
    input.facts.moneyOn = kToday;
    input.facts.money = Money::fromFen(90000000);
    input.doNotContact = true;
    const CallScoring::Score score = CallScoring::score(input, kToday);
    QVERIFY(score.points < -900);
    QCOMPARE(score.reasons.first().code, QStringLiteral("do_not_contact"));
}

void tst_CallsRanking::careStepsAndOverdue()
{
    CallScoring::Input welcome;
    welcome.careKind = QStringLiteral("welcome_day0");
    welcome.careDueOn = kToday;
    QVERIFY(hasReason(CallScoring::score(welcome, kToday), QStringLiteral("care_due"), 50));
    CallScoring::Input sms;
    sms.careKind = QStringLiteral("care_sms_2w");
    sms.careDueOn = kToday.addDays(-1);
    const CallScoring::Score late = CallScoring::score(sms, kToday);
    QVERIFY(hasReason(late, QStringLiteral("care_due"), 20));
    QVERIFY(hasReason(late, QStringLiteral("care_overdue"), 10));
    QCOMPARE(late.points, 30);
}

void tst_CallsRanking::retryTheSameDayIsNoFollowUp()
{
    CallScoring::Input input;
    input.facts.lastContactOn = kToday;
    input.facts.followUpOn = kToday; // "try again later today"
    const CallScoring::Score score = CallScoring::score(input, kToday);
    QCOMPARE(score.points, -40);
    QVERIFY(!hasReason(score, QStringLiteral("follow_up_due"), 20));
    input.facts.lastContactOn = kToday.addDays(-20); // agreed three weeks ago, for today
    QVERIFY(hasReason(CallScoring::score(input, kToday), QStringLiteral("follow_up_due"), 20));
}

void tst_CallsRanking::kycPercentOfTheFields()
{
    QCOMPARE(CallScoring::kycPercent(0), 0);
    QVERIFY(CallScoring::kycPercent(1) > 0);
    QCOMPARE(CallScoring::kycPercent(100000), 100);
}

QTEST_GUILESS_MAIN(tst_CallsRanking)
#include "tst_calls_ranking.moc"
