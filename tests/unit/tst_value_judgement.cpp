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
    void reasonsSupportTheClass_data();
    void reasonsSupportTheClass();
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
    QTest::addColumn<qint64>("maturingFen"); // a known customer's holdings due within 30 days

    QTest::newRow("no signs") << "entering" << QStringList{} << false << qint64(0) << ""
                              << "ordinary" << QStringList{} << qint64(0);
    QTest::newRow("appearance only") << "entering"
                                     << QStringList{"entering.clothing", "entering.posture"}
                                     << false << qint64(0) << "" << "ordinary"
                                     << QStringList{"signal:entering.clothing",
                                                    "signal:entering.posture"} << qint64(0);
    QTest::newRow("brands and clothing") << "entering"
                                         << QStringList{"entering.brands", "entering.clothing"}
                                         << false << qint64(0) << "" << "potential_vip"
                                         << QStringList{"signal:entering.brands",
                                                        "signal:entering.clothing"} << qint64(0);
    QTest::newRow("states an amount and voucher")
            << "consulting"
            << QStringList{"consulting.states_amount", "consulting.voucher_amount"} << false
            << qint64(0) << "" << "potential_vip"
            << QStringList{"signal:consulting.states_amount", "signal:consulting.voucher_amount"} << qint64(0);
    QTest::newRow("one strong sign is not enough")
            << "consulting" << QStringList{"consulting.corporate"} << false << qint64(0) << ""
            << "ordinary" << QStringList{"signal:consulting.corporate"} << qint64(0);
    QTest::newRow("glances and leaves counts nothing")
            << "waiting" << QStringList{"waiting.glances_leaves"} << false << qint64(0) << ""
            << "ordinary" << QStringList{} << qint64(0);
    QTest::newRow("NAV board and comes back")
            << "waiting" << QStringList{"waiting.rate_boards", "waiting.comes_back"} << false
            << qint64(0) << "" << "potential_vip"
            << QStringList{"signal:waiting.rate_boards", "signal:waiting.comes_back"} << qint64(0);
    // Issue #15 item 10: money freeing up soon weighs like a named amount.
    QTest::newRow("silver AUM and a deposit maturing next week")
            << "waiting" << QStringList{} << true << qint64(6058789) << "silver"
            << "potential_vip" << QStringList{"aum", "maturing"} << qint64(5281697);
    QTest::newRow("small AUM, maturing, one weak sign")
            << "entering" << QStringList{"entering.posture"} << true << qint64(100000)
            << "ordinary" << "potential_vip" << QStringList{"maturing", "signal:entering.posture"}
            << qint64(90000);
    // Issue #15 item 10: ticks of an earlier moment of the visit still count.
    QTest::newRow("signals of every moment count")
            << "entering" << QStringList{"waiting.rate_boards", "consulting.states_amount"}
            << false << qint64(0) << "" << "potential_vip"
            << QStringList{"signal:waiting.rate_boards", "signal:consulting.states_amount"} << qint64(0);
    QTest::newRow("said a deposit matures soon, and an amount")
            << "consulting" << QStringList{"consulting.maturing_soon", "consulting.states_amount"}
            << false << qint64(0) << "" << "potential_vip"
            << QStringList{"signal:consulting.maturing_soon", "signal:consulting.states_amount"} << qint64(0);
    QTest::newRow("gold tier is VIP whatever the signs")
            << "entering" << QStringList{} << true << qint64(80000000) << "gold" << "vip"
            << QStringList{"tier:gold"} << qint64(0);
    QTest::newRow("AUM over the VIP line, tier not yet updated")
            << "entering" << QStringList{} << true << qint64(60000000) << "silver" << "vip"
            << QStringList{"aum"} << qint64(0);
    QTest::newRow("silver AUM plus one strong sign")
            << "consulting" << QStringList{"consulting.states_amount"} << true
            << qint64(10000000) << "silver" << "potential_vip"
            << QStringList{"aum", "signal:consulting.states_amount"} << qint64(0);
    QTest::newRow("small AUM, no signs") << "entering" << QStringList{} << true
                                         << qint64(100000) << "ordinary" << "ordinary"
                                         << QStringList{} << qint64(0);
    QTest::newRow("tier ignored for an unknown customer")
            << "entering" << QStringList{} << false << qint64(0) << "diamond" << "ordinary"
            << QStringList{} << qint64(0);
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
    QFETCH(qint64, maturingFen);
    ValueJudgement::Input input;
    input.maturingSoon = Money::fromFen(maturingFen);
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

// Issue #15 item 9: "AUM ¥60,587.89: near the VIP line" was listed as a reason for an
// ordinary suggestion. A reason supports the class suggested; a sign pointing the other way
// is listed against it.
void tst_ValueJudgement::reasonsSupportTheClass_data()
{
    QTest::addColumn<QString>("moment");
    QTest::addColumn<QStringList>("observed");
    QTest::addColumn<qint64>("aumFen");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("reasonsHave");
    QTest::addColumn<QStringList>("againstHave");

    QTest::newRow("silver AUM alone") << "entering" << QStringList{} << qint64(6058789)
                                      << "ordinary" << QStringList{"1 of the 3 points"}
                                      << QStringList{"near the VIP line"};
    QTest::newRow("one strong sign") << "consulting" << QStringList{"consulting.corporate"}
                                     << qint64(0) << "ordinary"
                                     << QStringList{"2 of the 3 points"}
                                     << QStringList{DomainTerms::label(
                                                Vocabulary::LobbySignal,
                                                QStringLiteral("consulting.corporate"))};
    QTest::newRow("glances and leaves, no other sign")
            << "waiting" << QStringList{"waiting.glances_leaves"} << qint64(0) << "ordinary"
            << QStringList{"No notable signs",
                           DomainTerms::label(Vocabulary::LobbySignal,
                                              QStringLiteral("waiting.glances_leaves"))}
            << QStringList{};
    QTest::newRow("potential VIP who also glanced and left")
            << "waiting"
            << QStringList{"waiting.rate_boards", "waiting.comes_back", "waiting.glances_leaves"}
            << qint64(0) << "potential_vip"
            << QStringList{DomainTerms::label(Vocabulary::LobbySignal,
                                              QStringLiteral("waiting.rate_boards"))}
            << QStringList{DomainTerms::label(Vocabulary::LobbySignal,
                                              QStringLiteral("waiting.glances_leaves"))};
}

void tst_ValueJudgement::reasonsSupportTheClass()
{
    QFETCH(QString, moment);
    QFETCH(QStringList, observed);
    QFETCH(qint64, aumFen);
    QFETCH(QString, expected);
    QFETCH(QStringList, reasonsHave);
    QFETCH(QStringList, againstHave);
    ValueJudgement::Input input;
    input.moment = moment;
    input.observed = observed;
    input.knownCustomer = true;
    input.aum = Money::fromFen(aumFen);
    input.tier = QStringLiteral("ordinary");
    const ValueJudgement::Suggestion s = ValueJudgement::suggest(input);
    QCOMPARE(s.valueClass, expected);
    const QString reasons = s.reasons.join(QLatin1Char('|'));
    const QString against = s.against.join(QLatin1Char('|'));
    for (const QString &text : reasonsHave)
        QVERIFY2(reasons.contains(text), qPrintable(reasons));
    for (const QString &text : againstHave) {
        QVERIFY2(against.contains(text), qPrintable(against));
        QVERIFY2(!reasons.contains(text), qPrintable(reasons)); // never on both sides
    }
    QCOMPARE(s.against.size(), againstHave.size());
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
