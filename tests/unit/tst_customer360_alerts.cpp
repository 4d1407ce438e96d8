// Every alert rule of the customer 360, on both sides of its threshold, for a fixed today.
#include "app/services/customer360/CustomerAlerts.h"

#include <QTest>

using namespace bd;

Q_DECLARE_METATYPE(CustomerAlerts::Facts)

namespace {
const QDate kToday(2026, 11, 23);

HoldingRow holding(const QString &family, qint64 fen, const QDate &maturity = {})
{
    HoldingRow row;
    row.productFamily = family;
    row.amount = Money::fromFen(fen);
    row.maturityDate = maturity;
    row.status = HoldingStatus::Active;
    return row;
}

// A customer with nothing to say: two product families, no outflow, birthday far off.
CustomerAlerts::Facts quiet()
{
    CustomerAlerts::Facts facts;
    facts.today = kToday;
    facts.birthDate = QDate(1970, 5, 1);
    facts.aum = Money::fromFen(20'000'000); // 20万: silver, far from gold
    facts.tier = CustomerTier::Silver;
    facts.holdings = {holding(QStringLiteral("deposit"), 10'000'000),
                      holding(QStringLiteral("wealth"), 10'000'000, kToday.addDays(200))};
    return facts;
}

QStringList codes(const QList<CustomerAlerts::Alert> &alerts)
{
    QStringList result;
    for (const auto &alert : alerts)
        result << CustomerAlerts::code(alert.kind);
    return result;
}
} // namespace

class tst_Customer360Alerts : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void reasonsNameTheFigures();
};

void tst_Customer360Alerts::rules_data()
{
    QTest::addColumn<CustomerAlerts::Facts>("facts");
    QTest::addColumn<QString>("alert");
    QTest::addColumn<bool>("raised");

    QTest::newRow("quiet customer: nothing") << quiet() << QString() << false;

    auto f = quiet();
    f.outflow30Days = Money::fromFen(5'000'000); // 5万
    QTest::newRow("outflow 5万: churn warning") << f << "large_outflow" << true;
    f.outflow30Days = Money::fromFen(4'999'999);
    QTest::newRow("outflow just below 5万, under 20% of assets") << f << "large_outflow" << false;
    f.aum = Money::fromFen(15'000'000); // 4.99万 of 19.99万 before: a quarter
    QTest::newRow("outflow just below 5万, over 20% of assets") << f << "large_outflow" << true;
    f.aum = Money::fromFen(1'000'000);
    f.outflow30Days = Money::fromFen(900'000); // 9,000 yuan of 1.9万: below the 1万 floor
    QTest::newRow("small outflow") << f << "large_outflow" << false;
    f.aum = Money::fromFen(100'000'000);
    f.outflow30Days = Money::fromFen(3'000'000); // 3万 of 103万: under 20%
    QTest::newRow("3万 of a million") << f << "large_outflow" << false;

    f = quiet();
    f.aum = Money::fromFen(45'000'000); // 45万, gold at 50万: 10% below
    QTest::newRow("45万: just under gold") << f << "just_under_tier" << true;
    f.aum = Money::fromFen(44'999'999);
    QTest::newRow("a fen below 45万: not yet") << f << "just_under_tier" << false;
    f.aum = Money::fromFen(700'000'000); // diamond: no next tier
    QTest::newRow("diamond has no next tier") << f << "just_under_tier" << false;

    f = quiet();
    f.previousTier = CustomerTier::Gold;
    f.tier = CustomerTier::Silver;
    f.tierChangedOn = kToday.addDays(-90);
    QTest::newRow("downgraded 90 days ago") << f << "recently_downgraded" << true;
    f.tierChangedOn = kToday.addDays(-91);
    QTest::newRow("downgraded 91 days ago") << f << "recently_downgraded" << false;
    f.previousTier = CustomerTier::Ordinary;
    f.tierChangedOn = kToday.addDays(-10);
    QTest::newRow("upgraded is not downgraded") << f << "recently_downgraded" << false;

    f = quiet();
    f.holdings << holding(QStringLiteral("deposit"), 500'000, kToday.addDays(30));
    QTest::newRow("maturity in 30 days") << f << "maturity_approaching" << true;
    f = quiet();
    f.holdings << holding(QStringLiteral("deposit"), 500'000, kToday.addDays(31));
    QTest::newRow("maturity in 31 days") << f << "maturity_approaching" << false;
    f = quiet();
    f.holdings << holding(QStringLiteral("deposit"), 500'000, kToday.addDays(-1));
    QTest::newRow("matured yesterday") << f << "maturity_approaching" << false;

    f = quiet();
    f.birthDate = QDate(1980, 12, 7); // 14 days after 23 November
    QTest::newRow("birthday in 14 days") << f << "birthday_approaching" << true;
    f.birthDate = QDate(1980, 12, 8);
    QTest::newRow("birthday in 15 days") << f << "birthday_approaching" << false;
    f.birthDate = QDate(1980, 11, 23);
    QTest::newRow("birthday today") << f << "birthday_approaching" << true;
    f.birthDate = QDate(1980, 11, 22);
    QTest::newRow("birthday yesterday") << f << "birthday_approaching" << false;
    f.today = QDate(2026, 12, 25);
    f.birthDate = QDate(1980, 1, 2); // across the new year
    QTest::newRow("birthday after new year") << f << "birthday_approaching" << true;

    f = quiet();
    f.holdings = {holding(QStringLiteral("deposit"), 20'000'000)};
    QTest::newRow("deposits only") << f << "single_product" << true;
    f.holdings << holding(QStringLiteral("loan"), 50'000'000);
    QTest::newRow("a loan is no second product") << f << "single_product" << true;
    f.holdings << holding(QStringLiteral("fund"), 100);
    QTest::newRow("deposit and fund") << f << "single_product" << false;
    f.holdings.clear();
    QTest::newRow("no holdings at all") << f << "single_product" << false;

    f = quiet();
    f.openCareSteps = {CareStep{QStringLiteral("kyc_90d"), kToday.addDays(7), QStringLiteral("open")}};
    QTest::newRow("90-day KYC due in 7 days") << f << "care_step_due" << true;
    f.openCareSteps = {CareStep{QStringLiteral("kyc_90d"), kToday.addDays(8), QStringLiteral("open")}};
    QTest::newRow("90-day KYC due in 8 days") << f << "care_step_due" << false;
    f.openCareSteps = {CareStep{QStringLiteral("care_sms_2w"), kToday.addDays(-3), QStringLiteral("open")}};
    QTest::newRow("care SMS overdue") << f << "care_step_due" << true;
    f.openCareSteps = {CareStep{QStringLiteral("birthday"), kToday, QStringLiteral("open")}};
    QTest::newRow("a birthday task is not the 90-day flow") << f << "care_step_due" << false;
}

void tst_Customer360Alerts::rules()
{
    QFETCH(CustomerAlerts::Facts, facts);
    QFETCH(QString, alert);
    QFETCH(bool, raised);
    const auto alerts = CustomerAlerts::evaluate(facts);
    if (alert.isEmpty()) {
        QVERIFY2(alerts.isEmpty(), qPrintable(codes(alerts).join(QLatin1Char(','))));
        return;
    }
    QCOMPARE(codes(alerts).contains(alert), raised);
    for (const auto &each : alerts)
        QVERIFY(!each.reason.isEmpty());
}

void tst_Customer360Alerts::reasonsNameTheFigures()
{
    auto facts = quiet();
    facts.outflow30Days = Money::fromFen(8'000'000);
    facts.aum = Money::fromFen(48'000'000);
    facts.holdings << holding(QStringLiteral("deposit"), 300'000, kToday.addDays(5));
    const auto alerts = CustomerAlerts::evaluate(facts);
    QStringList reasons;
    for (const auto &alert : alerts)
        reasons << alert.reason;
    const QString all = reasons.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("80,000")), qPrintable(all)); // the outflow
    QVERIFY2(all.contains(QStringLiteral("20,000")), qPrintable(all)); // short of gold
    QVERIFY2(all.contains(QStringLiteral("3,000")), qPrintable(all));  // maturing
}

QTEST_GUILESS_MAIN(tst_Customer360Alerts)
#include "tst_customer360_alerts.moc"
