// The value-judgement rules, data-driven: signals of the moment and, for a known customer,
// AUM and tier give the suggested class and name the inputs that drove it.
#include "app/services/branchfloor/ValueJudgement.h"

#include "app/domain/DomainTerms.h"

#include <QTest>

using namespace bd;

class tst_ValueJudgement : public QObject
{
    Q_OBJECT

private slots:
    void suggestion_data();
    void suggestion();
    void everySignalBelongsToOneMoment();
    void overrideNeedsReason();
};

void tst_ValueJudgement::suggestion_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<QStringList>("observed");
    QTest::addColumn<bool>("known");
    QTest::addColumn<qint64>("aumFen");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("drivers");

    QTest::newRow("no signs") << "entering" << QStringList{} << false << qint64(0) << ""
                              << "ordinary" << QStringList{};
    QTest::newRow("appearance only") << "entering"
                                     << QStringList{"entering.clothing", "entering.posture"}
                                     << false << qint64(0) << "" << "ordinary"
                                     << QStringList{"signal:entering.clothing",
                                                    "signal:entering.posture"};
    QTest::newRow("brands and clothing") << "entering"
                                         << QStringList{"entering.brands", "entering.clothing"}
                                         << false << qint64(0) << "" << "potential_vip"
                                         << QStringList{"signal:entering.brands",
                                                        "signal:entering.clothing"};
    QTest::newRow("states an amount and voucher")
            << "consulting"
            << QStringList{"consulting.states_amount", "consulting.voucher_amount"} << false
            << qint64(0) << "" << "potential_vip"
            << QStringList{"signal:consulting.states_amount", "signal:consulting.voucher_amount"};
    QTest::newRow("one strong sign is not enough")
            << "consulting" << QStringList{"consulting.corporate"} << false << qint64(0) << ""
            << "ordinary" << QStringList{"signal:consulting.corporate"};
    QTest::newRow("glances and leaves counts nothing")
            << "waiting" << QStringList{"waiting.glances_leaves"} << false << qint64(0) << ""
            << "ordinary" << QStringList{};
    QTest::newRow("NAV board and comes back")
            << "waiting" << QStringList{"waiting.rate_boards", "waiting.comes_back"} << false
            << qint64(0) << "" << "potential_vip"
            << QStringList{"signal:waiting.rate_boards", "signal:waiting.comes_back"};
    QTest::newRow("signal of another moment ignored")
            << "entering" << QStringList{"waiting.rate_boards", "consulting.states_amount"}
            << false << qint64(0) << "" << "ordinary" << QStringList{};
    QTest::newRow("gold tier is VIP whatever the signs")
            << "entering" << QStringList{} << true << qint64(80000000) << "gold" << "vip"
            << QStringList{"tier:gold"};
    QTest::newRow("AUM over the VIP line, tier not yet updated")
            << "entering" << QStringList{} << true << qint64(60000000) << "silver" << "vip"
            << QStringList{"aum"};
    QTest::newRow("silver AUM plus one strong sign")
            << "consulting" << QStringList{"consulting.states_amount"} << true
            << qint64(10000000) << "silver" << "potential_vip"
            << QStringList{"aum", "signal:consulting.states_amount"};
    QTest::newRow("small AUM, no signs") << "entering" << QStringList{} << true
                                         << qint64(100000) << "ordinary" << "ordinary"
                                         << QStringList{};
    QTest::newRow("tier ignored for an unknown customer")
            << "entering" << QStringList{} << false << qint64(0) << "diamond" << "ordinary"
            << QStringList{};
}

void tst_ValueJudgement::suggestion()
{
    QFETCH(QString, moment);
    QFETCH(QStringList, observed);
    QFETCH(bool, known);
    QFETCH(qint64, aumFen);
    QFETCH(QString, tier);
    QFETCH(QString, expected);
    QFETCH(QStringList, drivers);
    ValueJudgement::Input input;
    input.moment = moment;
    input.observed = observed;
    input.knownCustomer = known;
    input.aum = Money::fromFen(aumFen);
    input.tier = tier;
    const ValueJudgement::Suggestion s = ValueJudgement::suggest(input);
    QCOMPARE(s.valueClass, expected);
    QCOMPARE(s.drivers, drivers);
    QVERIFY(!s.reasons.isEmpty()); // always says why, even "no notable signs"
}

void tst_ValueJudgement::everySignalBelongsToOneMoment()
{
    int total = 0;
    for (const QString &moment : DomainTerms::codes(Vocabulary::LobbyMoment)) {
        const QStringList signalCodes = DomainTerms::signalsOf(moment);
        QVERIFY2(signalCodes.size() >= 4, qPrintable(moment));
        total += signalCodes.size();
        for (const QString &code : signalCodes)
            QVERIFY(DomainTerms::label(Vocabulary::LobbySignal, code) != code);
    }
    QCOMPARE(total, DomainTerms::codes(Vocabulary::LobbySignal).size());
}

void tst_ValueJudgement::overrideNeedsReason()
{
    QVERIFY(!ValueJudgement::needsReason(QStringLiteral("vip"), QStringLiteral("vip")));
    QVERIFY(ValueJudgement::needsReason(QStringLiteral("ordinary"), QStringLiteral("potential_vip")));
}

QTEST_GUILESS_MAIN(tst_ValueJudgement)
#include "tst_value_judgement.moc"
