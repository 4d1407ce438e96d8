// The suitability gate rule by rule, each at its boundary: the customer's risk level
// against the product's rating, an assessment counting for 12 months and not a day more,
// the age of 65 and R3, the 双录 recording reference, and for a sale its minimum, window
// and channel. Pure: no database.
#include "app/services/suitability/SuitabilityGate.h"

#include <QTest>

using namespace bd;

namespace {
const QDate kToday(2026, 12, 6);

CustomerSuitability customer(int riskLevel, const QDate &assessedOn, const QDate &birthDate)
{
    CustomerSuitability c;
    c.id = CustomerId(QStringLiteral("c1"));
    c.riskLevel = riskLevel;
    c.assessedOn = assessedOn;
    c.birthDate = birthDate;
    c.tier = QStringLiteral("gold");
    return c;
}

ShelfProduct product(int risk, bool recording = false)
{
    ShelfProduct p;
    p.code = QStringLiteral("P%1").arg(risk);
    p.name = QStringLiteral("Product");
    p.family = QStringLiteral("fund");
    p.risk = risk;
    p.minimum = Money::fromYuan(10000);
    p.channels = {QStringLiteral("counter"), QStringLiteral("mobile")};
    p.needsRecording = recording;
    return p;
}

SuitabilityGate::Request sale(qint64 yuan, const QString &channel = QStringLiteral("counter"))
{
    SuitabilityGate::Request request;
    request.act = SuitabilityGate::Act::Sale;
    request.amount = Money::fromYuan(yuan);
    request.channel = channel;
    return request;
}

// A customer of 40 assessed last month at the given level.
CustomerSuitability adult(int level)
{
    return customer(level, kToday.addMonths(-1), QDate(1986, 5, 1));
}
} // namespace

class tst_SuitabilityGate : public QObject
{
    Q_OBJECT

private slots:
    void riskLevelAgainstRating_data();
    void riskLevelAgainstRating();
    void assessmentCountsTwelveMonths_data();
    void assessmentCountsTwelveMonths();
    void missingAssessmentIsRefused();
    void elderlyAboveR3NeedsTheExtraStep_data();
    void elderlyAboveR3NeedsTheExtraStep();
    void dualRecordingNeedsAReference();
    void saleChecksMinimumWindowAndChannel();
    void everyBrokenRuleIsSaidInWords();
    void erasedCustomerGetsNothing();
    void ageOnBirthdays();
};

void tst_SuitabilityGate::riskLevelAgainstRating_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("rating");
    QTest::addColumn<bool>("allowed");
    for (int level = 1; level <= 5; ++level) {
        for (int rating = 1; rating <= 5; ++rating)
            QTest::addRow("C%d-R%d", level, rating) << level << rating << (rating <= level);
    }
}

void tst_SuitabilityGate::riskLevelAgainstRating()
{
    QFETCH(int, level);
    QFETCH(int, rating);
    QFETCH(bool, allowed);
    const auto verdict = SuitabilityGate::check(adult(level), product(rating), {}, kToday);
    QCOMPARE(verdict.allowed(), allowed);
    QCOMPARE(verdict.rules().contains(QStringLiteral("risk_above_level")), !allowed);
    if (!allowed)
        QVERIFY(verdict.reasons().contains(QStringLiteral("R%1").arg(rating)));
}

void tst_SuitabilityGate::assessmentCountsTwelveMonths_data()
{
    QTest::addColumn<QDate>("assessedOn");
    QTest::addColumn<bool>("valid");
    QTest::newRow("today") << kToday << true;
    QTest::newRow("11 months ago") << kToday.addMonths(-11) << true;
    QTest::newRow("12 months ago to the day") << kToday.addMonths(-12) << true;
    QTest::newRow("12 months and a day ago") << kToday.addMonths(-12).addDays(-1) << false;
    QTest::newRow("two years ago") << kToday.addYears(-2) << false;
}

void tst_SuitabilityGate::assessmentCountsTwelveMonths()
{
    QFETCH(QDate, assessedOn);
    QFETCH(bool, valid);
    const auto verdict = SuitabilityGate::check(customer(3, assessedOn, QDate(1980, 1, 1)),
                                                product(2), {}, kToday);
    QCOMPARE(verdict.allowed(), valid);
    QCOMPARE(verdict.rules().contains(QStringLiteral("assessment_expired")), !valid);
    QCOMPARE(SuitabilityGate::assessmentValidUntil(assessedOn) >= kToday, valid);
}

void tst_SuitabilityGate::missingAssessmentIsRefused()
{
    // No level at all, and a level without the day it was assessed: both unassessed.
    for (const CustomerSuitability &c : {customer(0, kToday, QDate(1980, 1, 1)),
                                         customer(3, QDate(), QDate(1980, 1, 1))}) {
        const auto verdict = SuitabilityGate::check(c, product(1), {}, kToday);
        QCOMPARE(verdict.rules(), QStringList{QStringLiteral("risk_not_assessed")});
        QVERIFY(!verdict.reasons().isEmpty());
    }
}

void tst_SuitabilityGate::elderlyAboveR3NeedsTheExtraStep_data()
{
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<int>("birthYear");
    QTest::addColumn<int>("rating");
    QTest::addColumn<bool>("needsStep");
    const QDate turns65Today = kToday.addYears(-65);
    QTest::newRow("65 today, R4") << turns65Today << 0 << 4 << true;
    QTest::newRow("65 tomorrow, R4") << turns65Today.addDays(1) << 0 << 4 << false;
    QTest::newRow("65 today, R3") << turns65Today << 0 << 3 << false;
    QTest::newRow("80, R5") << kToday.addYears(-80) << 0 << 5 << true;
    QTest::newRow("64, R5") << kToday.addYears(-65).addDays(10) << 0 << 5 << false;
    QTest::newRow("age unknown, R4") << QDate() << 0 << 4 << true;
    QTest::newRow("age unknown, R3") << QDate() << 0 << 3 << false;
    // A session without the reveal key has the birth year only (issue 14): 65 this year
    // counts, as the careful case; the date, when it opens, decides exactly.
    QTest::newRow("year only: 65 this year, R4") << QDate() << kToday.year() - 65 << 4 << true;
    QTest::newRow("year only: 64 this year, R4") << QDate() << kToday.year() - 64 << 4 << false;
    QTest::newRow("year only: 65 this year, R3") << QDate() << kToday.year() - 65 << 3 << false;
    QTest::newRow("date opened: 65 tomorrow, R4")
            << turns65Today.addDays(1) << turns65Today.year() << 4 << false;
}

void tst_SuitabilityGate::elderlyAboveR3NeedsTheExtraStep()
{
    QFETCH(QDate, birthDate);
    QFETCH(int, birthYear);
    QFETCH(int, rating);
    QFETCH(bool, needsStep);
    CustomerSuitability c = customer(5, kToday.addDays(-3), birthDate);
    c.birthYear = birthYear;
    auto verdict = SuitabilityGate::check(c, product(rating), {}, kToday);
    QCOMPARE(verdict.rules().contains(QStringLiteral("elderly_unconfirmed")), needsStep);
    QCOMPARE(verdict.allowed(), !needsStep);
    // The step taken (its form's reference entered) lets it through; nothing else does.
    SuitabilityGate::Request confirmed;
    confirmed.elderlyConfirmation = QStringLiteral("EC-2026-0042");
    QVERIFY(SuitabilityGate::check(c, product(rating), confirmed, kToday).allowed());
    SuitabilityGate::Request blank;
    blank.elderlyConfirmation = QStringLiteral("   ");
    QCOMPARE(SuitabilityGate::check(c, product(rating), blank, kToday).allowed(), !needsStep);
}

void tst_SuitabilityGate::dualRecordingNeedsAReference()
{
    const CustomerSuitability c = adult(5);
    auto verdict = SuitabilityGate::check(c, product(2, true), {}, kToday);
    QCOMPARE(verdict.rules(), QStringList{QStringLiteral("recording_missing")});
    QVERIFY(verdict.reasons().contains(QStringLiteral("双录")));
    SuitabilityGate::Request recorded;
    recorded.recordingReference = QStringLiteral("SL-20261206-0007");
    QVERIFY(SuitabilityGate::check(c, product(2, true), recorded, kToday).allowed());
    recorded.recordingReference = QStringLiteral(" ");
    QVERIFY(!SuitabilityGate::check(c, product(2, true), recorded, kToday).allowed());
    // Without 双录 on the product no reference is asked for.
    QVERIFY(SuitabilityGate::check(c, product(2, false), {}, kToday).allowed());
}

void tst_SuitabilityGate::saleChecksMinimumWindowAndChannel()
{
    const CustomerSuitability c = adult(3);
    ShelfProduct p = product(2);
    QVERIFY(SuitabilityGate::check(c, p, sale(10000), kToday).allowed());
    QCOMPARE(SuitabilityGate::check(c, p, sale(9999), kToday).rules(),
             QStringList{QStringLiteral("below_minimum")});
    QCOMPARE(SuitabilityGate::check(c, p, sale(0), kToday).rules(),
             QStringList{QStringLiteral("amount_missing")});
    QCOMPARE(SuitabilityGate::check(c, p, sale(20000, QStringLiteral("phone")), kToday).rules(),
             QStringList{QStringLiteral("channel_not_offered")});
    p.saleFrom = kToday;
    p.saleUntil = kToday;
    QVERIFY(SuitabilityGate::check(c, p, sale(10000), kToday).allowed());
    QCOMPARE(SuitabilityGate::check(c, p, sale(10000), kToday.addDays(1)).rules(),
             QStringList{QStringLiteral("not_on_sale")});
    QCOMPARE(SuitabilityGate::check(c, p, sale(10000), kToday.addDays(-1)).rules(),
             QStringList{QStringLiteral("not_on_sale")});
    // A recommendation asks no amount or channel.
    QVERIFY(SuitabilityGate::check(c, p, {}, kToday).allowed());
}

void tst_SuitabilityGate::everyBrokenRuleIsSaidInWords()
{
    // 70, assessed 13 months ago at C2, an R4 product with 双录, sold below its minimum.
    const CustomerSuitability c = customer(2, kToday.addMonths(-13), kToday.addYears(-70));
    const auto verdict = SuitabilityGate::check(c, product(4, true), sale(100), kToday);
    QCOMPARE(verdict.rules(), (QStringList{QStringLiteral("assessment_expired"),
                                           QStringLiteral("risk_above_level"),
                                           QStringLiteral("elderly_unconfirmed"),
                                           QStringLiteral("recording_missing"),
                                           QStringLiteral("below_minimum")}));
    QCOMPARE(verdict.reasons().split(QLatin1Char('\n')).size(), 5);
    for (const auto &refusal : verdict.refusals)
        QVERIFY2(refusal.reason.size() > 20, qPrintable(refusal.reason));
}

void tst_SuitabilityGate::erasedCustomerGetsNothing()
{
    CustomerSuitability c = adult(5);
    c.erased = true;
    QCOMPARE(SuitabilityGate::check(c, product(1), {}, kToday).rules(),
             QStringList{QStringLiteral("customer_erased")});
}

void tst_SuitabilityGate::ageOnBirthdays()
{
    QCOMPARE(SuitabilityGate::ageOn(QDate(1961, 12, 6), kToday), 65);
    QCOMPARE(SuitabilityGate::ageOn(QDate(1961, 12, 7), kToday), 64);
    QCOMPARE(SuitabilityGate::ageOn(QDate(1960, 2, 29), QDate(2025, 2, 28)), 64);
    QCOMPARE(SuitabilityGate::ageOn(QDate(1960, 2, 29), QDate(2025, 3, 1)), 65);
    QCOMPARE(SuitabilityGate::ageOn(QDate(), kToday), -1);
}

QTEST_GUILESS_MAIN(tst_SuitabilityGate)
#include "tst_suitability_gate.moc"
