// The rule engine on the shipped rules: firing and not firing at the boundaries, window
// counts (also with events arriving out of order), de-duplication, the contact rules
// (consent, do-not-contact, the cap) for marketing but not for service or care, quiet hours
// that delay the contact and not the delivery, stale events, the recipient, and the
// opportunity row a firing makes.
#include "../common/FakeEventHistory.h"

#include "app/domain/Uuid7.h"
#include "app/rules/Opportunity.h"
#include "app/rules/OpportunityReason.h"
#include "app/rules/RuleBook.h"
#include "app/rules/RuleEngine.h"

#include <QTest>

using namespace bd;
using Verdict = RuleOutcome::Verdict;

namespace {
const QDateTime kNoon(QDate(2026, 12, 1), QTime(12, 0));

CustomerProfile customer(qint64 aumFen = 100'000'000, bool consent = true)
{
    CustomerProfile c;
    c.id = CustomerId(QStringLiteral("0190c1a2-0000-7000-8000-000000000001"));
    c.branchId = BranchId(QStringLiteral("branch-1"));
    c.cifNo = QStringLiteral("CIF0001");
    c.managerId = StaffId(QStringLiteral("manager-1"));
    c.aum = Money::fromFen(aumFen);
    c.tier = QStringLiteral("gold");
    c.birthDate = QDate(1970, 12, 4);
    c.openedOn = QDate(2020, 1, 1);
    c.marketingConsent = consent;
    return c;
}

MarketingEvent transfer(qint64 fen, const QString &direction, const QDateTime &at = kNoon)
{
    MarketingEvent e;
    e.eventId = QStringLiteral("tx-%1-%2").arg(fen).arg(at.toMSecsSinceEpoch());
    e.kind = EventKind::Transaction;
    e.cifNo = QStringLiteral("CIF0001");
    e.occurredAt = at.toUTC();
    e.amount = Money::fromFen(fen);
    e.direction = direction;
    e.channel = QStringLiteral("mobile");
    return e;
}

MarketingEvent browse(const QDateTime &at, const QString &category = QStringLiteral("fund"))
{
    MarketingEvent e;
    e.eventId = QStringLiteral("br-%1").arg(at.toMSecsSinceEpoch());
    e.kind = EventKind::Browse;
    e.occurredAt = at.toUTC();
    e.category = category;
    return e;
}

MarketingEvent simple(EventKind kind, const QDateTime &at = kNoon)
{
    MarketingEvent e;
    e.eventId = QStringLiteral("ev-%1").arg(int(kind));
    e.kind = kind;
    e.occurredAt = at.toUTC();
    return e;
}

// The outcomes of the rules with these ids only.
QList<RuleOutcome> of(const QList<RuleOutcome> &outcomes, const QString &ruleId)
{
    QList<RuleOutcome> picked;
    for (const RuleOutcome &outcome : outcomes) {
        if (outcome.rule.id == ruleId)
            picked << outcome;
    }
    return picked;
}

// Evaluates as a host would: the event goes into the history first.
QList<RuleOutcome> evaluate(test::FakeEventHistory &history, const MarketingEvent &event,
                            const CustomerProfile &c, const QDateTime &now = kNoon)
{
    history.addEvent(c.id, event.windowKey(), event.occurredAt);
    return RuleEngine(RuleBook::shipped()).evaluate(event, c, history, now);
}
} // namespace

class tst_RuleEngine : public QObject
{
    Q_OBJECT

private slots:
    void largeTransferOutAtItsBoundaries_data();
    void largeTransferOutAtItsBoundaries();
    void windowsCountTheSameThingAgain();
    void windowsHoldWhenEventsArriveOutOfOrder();
    void deduplicatesPerCustomerAndRule();
    void consentAndDoNotContactHoldMarketingBack();
    void serviceAndCareAreNotHeldByConsent();
    void theCapHoldsBackAfterEnoughContacts();
    void quietHoursDelayTheContactNotTheDelivery();
    void staleEventsMakeNothing();
    void customersOutsideTheScopeAreSkipped();
    void recipients();
    void switchedOffRulesAreSilent();
    void opportunityRowsAreDeterministic();
    void reasonsReadWell();
};

void tst_RuleEngine::largeTransferOutAtItsBoundaries_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("aum");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<bool>("fires");
    QTest::newRow("just under 5万, 5% of AUM") << qint64(4'999'999) << qint64(100'000'000) << "out" << false;
    QTest::newRow("5万 exactly") << qint64(5'000'000) << qint64(100'000'000) << "out" << true;
    QTest::newRow("20% of AUM exactly") << qint64(200'000) << qint64(1'000'000) << "out" << true;
    QTest::newRow("just under 20% of AUM") << qint64(199'999) << qint64(1'000'000) << "out" << false;
    QTest::newRow("no AUM known, small") << qint64(100'000) << qint64(0) << "out" << false;
    QTest::newRow("money coming in") << qint64(9'000'000) << qint64(100'000'000) << "in" << false;
}

void tst_RuleEngine::largeTransferOutAtItsBoundaries()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, aum);
    QFETCH(QString, direction);
    QFETCH(bool, fires);
    test::FakeEventHistory history;
    const QList<RuleOutcome> outcomes
            = of(evaluate(history, transfer(amount, direction), customer(aum)),
                 QStringLiteral("large_transfer_out"));
    QCOMPARE(outcomes.size(), fires ? 1 : 0);
    if (fires) {
        QCOMPARE(outcomes.first().verdict, Verdict::Delivered);
        QCOMPARE(outcomes.first().assignee, StaffId(QStringLiteral("manager-1")));
    }
}

void tst_RuleEngine::windowsCountTheSameThingAgain()
{
    test::FakeEventHistory history;
    const CustomerProfile c = customer();
    const QString rule = QStringLiteral("repeated_browsing");
    // Two views of funds and one of insurance: not three of one category.
    QVERIFY(of(evaluate(history, browse(kNoon.addDays(-5)), c), rule).isEmpty());
    QVERIFY(of(evaluate(history, browse(kNoon.addDays(-4)), c), rule).isEmpty());
    QVERIFY(of(evaluate(history, browse(kNoon.addDays(-3), QStringLiteral("insurance")), c), rule).isEmpty());
    // The third fund view within 7 days fires, with the count in its reason.
    const QList<RuleOutcome> third = of(evaluate(history, browse(kNoon), c), rule);
    QCOMPARE(third.size(), 1);
    QCOMPARE(third.first().facts.value(QStringLiteral("count")).toInt(), 3);

    // Three views spread over more than 7 days do not.
    test::FakeEventHistory spread;
    evaluate(spread, browse(kNoon.addDays(-8)), c);
    evaluate(spread, browse(kNoon.addDays(-4)), c);
    QVERIFY(of(evaluate(spread, browse(kNoon.addSecs(3600)), c, kNoon.addSecs(3600)), rule).isEmpty());
}

void tst_RuleEngine::windowsHoldWhenEventsArriveOutOfOrder()
{
    // Views on days -6, -1 and -3 arrive in that order: the last to arrive completes the
    // window, although it happened before the one that arrived before it.
    test::FakeEventHistory history;
    const CustomerProfile c = customer();
    const QString rule = QStringLiteral("repeated_browsing");
    QVERIFY(of(evaluate(history, browse(kNoon.addDays(-6)), c), rule).isEmpty());
    QVERIFY(of(evaluate(history, browse(kNoon.addDays(-1)), c), rule).isEmpty());
    QCOMPARE(of(evaluate(history, browse(kNoon.addDays(-3)), c), rule).size(), 1);
}

void tst_RuleEngine::deduplicatesPerCustomerAndRule()
{
    test::FakeEventHistory history;
    const CustomerProfile c = customer();
    const QString rule = QStringLiteral("large_transfer_out");
    QCOMPARE(of(evaluate(history, transfer(9'000'000, "out"), c), rule).first().verdict, Verdict::Delivered);
    const QDateTime later = kNoon.addDays(6);
    QCOMPARE(of(evaluate(history, transfer(8'000'000, "out", later), c, later), rule).first().verdict,
             Verdict::Duplicate);
    // Out of order: an earlier transfer within the window is a duplicate too.
    const QDateTime earlier = kNoon.addDays(-2);
    QCOMPARE(of(evaluate(history, transfer(7'000'000, "out", earlier), c), rule).first().verdict,
             Verdict::Duplicate);
    const QDateTime weekLater = kNoon.addDays(7);
    QCOMPARE(of(evaluate(history, transfer(8'000'000, "out", weekLater), c, weekLater), rule).first().verdict,
             Verdict::Delivered);
    // Another customer is not affected.
    CustomerProfile other = customer();
    other.id = CustomerId(QStringLiteral("0190c1a2-0000-7000-8000-000000000002"));
    QCOMPARE(of(evaluate(history, transfer(9'000'000, "out"), other), rule).first().verdict, Verdict::Delivered);
}

void tst_RuleEngine::consentAndDoNotContactHoldMarketingBack()
{
    test::FakeEventHistory history;
    const QList<RuleOutcome> noConsent = of(evaluate(history, transfer(9'000'000, "out"),
                                                     customer(100'000'000, false)),
                                            QStringLiteral("large_transfer_out"));
    QCOMPARE(noConsent.first().verdict, Verdict::HeldBack);
    QCOMPARE(noConsent.first().heldReasons, QStringList{QStringLiteral("no_consent")});
    QVERIFY(noConsent.first().assignee.isEmpty());

    test::FakeEventHistory again;
    CustomerProfile blocked = customer();
    blocked.doNotContact = true;
    const QList<RuleOutcome> dnc = of(evaluate(again, transfer(9'000'000, "out"), blocked),
                                      QStringLiteral("large_transfer_out"));
    QCOMPARE(dnc.first().heldReasons, QStringList{QStringLiteral("do_not_contact")});
}

void tst_RuleEngine::serviceAndCareAreNotHeldByConsent()
{
    test::FakeEventHistory history;
    const CustomerProfile c = customer(100'000'000, false);
    const QList<RuleOutcome> complaint = evaluate(history, simple(EventKind::Complaint), c);
    QCOMPARE(complaint.size(), 1);
    QCOMPARE(complaint.first().verdict, Verdict::Delivered);
    QCOMPARE(complaint.first().assignedRole, QStringLiteral("branch_head"));
    QVERIFY(complaint.first().assignee.isEmpty());

    const QList<RuleOutcome> birthday = evaluate(history, simple(EventKind::Birthday), c);
    QCOMPARE(birthday.size(), 1);
    QCOMPARE(birthday.first().verdict, Verdict::Delivered);

    // Do-not-contact holds every purpose.
    CustomerProfile blocked = c;
    blocked.doNotContact = true;
    test::FakeEventHistory fresh;
    QCOMPARE(evaluate(fresh, simple(EventKind::Complaint), blocked).first().verdict, Verdict::HeldBack);
}

void tst_RuleEngine::theCapHoldsBackAfterEnoughContacts()
{
    test::FakeEventHistory history;
    const CustomerProfile c = customer();
    history.setContacts(c.id, 1);
    QCOMPARE(of(evaluate(history, transfer(9'000'000, "out"), c), QStringLiteral("large_transfer_out"))
                     .first().verdict,
             Verdict::Delivered);
    // That delivery counts: the next marketing opportunity meets the cap of 2.
    const QList<RuleOutcome> capped
            = of(evaluate(history, transfer(9'000'000, "in"), c), QStringLiteral("large_inflow"));
    QCOMPARE(capped.first().verdict, Verdict::HeldBack);
    QCOMPARE(capped.first().heldReasons, QStringList{QStringLiteral("frequency_cap")});
}

void tst_RuleEngine::quietHoursDelayTheContactNotTheDelivery()
{
    const QDateTime evening(QDate(2026, 12, 1), QTime(22, 30));
    test::FakeEventHistory history;
    const QList<RuleOutcome> late = of(evaluate(history, transfer(9'000'000, "out", evening),
                                                customer(), evening),
                                       QStringLiteral("large_transfer_out"));
    QCOMPARE(late.first().verdict, Verdict::Delivered);
    QCOMPARE(late.first().contactAfter, QDateTime(QDate(2026, 12, 2), QTime(8, 0)).toUTC());

    const QDateTime early(QDate(2026, 12, 1), QTime(6, 15));
    test::FakeEventHistory other;
    QCOMPARE(of(evaluate(other, transfer(9'000'000, "out", early), customer(), early),
                QStringLiteral("large_transfer_out"))
                     .first().contactAfter,
             QDateTime(QDate(2026, 12, 1), QTime(8, 0)).toUTC());
    test::FakeEventHistory day;
    QVERIFY(!of(evaluate(day, transfer(9'000'000, "out"), customer()), QStringLiteral("large_transfer_out"))
                     .first().contactAfter.isValid());
}

void tst_RuleEngine::staleEventsMakeNothing()
{
    test::FakeEventHistory history;
    const QList<RuleOutcome> old = of(evaluate(history, transfer(9'000'000, "out", kNoon.addDays(-4)),
                                               customer()),
                                      QStringLiteral("large_transfer_out"));
    QCOMPARE(old.first().verdict, Verdict::Stale);
    QVERIFY(!old.first().makesOpportunity());
    // ... and use no de-duplication window up: a fresh one still fires.
    QCOMPARE(of(evaluate(history, transfer(9'000'000, "out"), customer()), QStringLiteral("large_transfer_out"))
                     .first().verdict,
             Verdict::Delivered);
}

void tst_RuleEngine::customersOutsideTheScopeAreSkipped()
{
    MarketingEvent signIn = simple(EventKind::MobileSignIn);
    signIn.first = true;
    CustomerProfile fresh = customer();
    fresh.openedOn = kNoon.date().addDays(-30);
    test::FakeEventHistory history;
    QCOMPARE(evaluate(history, signIn, fresh).size(), 1);
    CustomerProfile old = customer();
    old.openedOn = kNoon.date().addDays(-200);
    test::FakeEventHistory other;
    QVERIFY(evaluate(other, signIn, old).isEmpty());
    signIn.first = false;
    test::FakeEventHistory third;
    QVERIFY(evaluate(third, signIn, fresh).isEmpty());
    // An erased customer gets nothing at all.
    CustomerProfile erased = customer();
    erased.erased = true;
    test::FakeEventHistory fourth;
    QVERIFY(evaluate(fourth, transfer(9'000'000, "out"), erased).isEmpty());
}

void tst_RuleEngine::recipients()
{
    CustomerProfile orphan = customer();
    orphan.managerId = StaffId();
    test::FakeEventHistory history;
    const RuleOutcome pooled = of(evaluate(history, transfer(9'000'000, "out"), orphan),
                                  QStringLiteral("large_transfer_out")).first();
    QCOMPARE(pooled.assignedRole, QStringLiteral("pool"));
    QVERIFY(pooled.assignee.isEmpty());

    RuleSet rules = RuleBook::shipped();
    for (MarketingRule &rule : rules.rules)
        rule.recipient = QStringLiteral("manager_only");
    test::FakeEventHistory other;
    const MarketingEvent event = transfer(9'000'000, "out");
    other.addEvent(orphan.id, event.windowKey(), event.occurredAt);
    const QList<RuleOutcome> held = RuleEngine(rules).evaluate(event, orphan, other, kNoon);
    QCOMPARE(of(held, QStringLiteral("large_transfer_out")).first().heldReasons,
             QStringList{QStringLiteral("no_manager")});
}

void tst_RuleEngine::switchedOffRulesAreSilent()
{
    RuleSet rules = RuleBook::shipped();
    for (MarketingRule &rule : rules.rules)
        rule.enabled = false;
    test::FakeEventHistory history;
    QVERIFY(RuleEngine(rules).evaluate(transfer(9'000'000, "out"), customer(), history, kNoon).isEmpty());
    QVERIFY(!RuleEngine(rules).reactsTo(EventKind::Transaction));
    QVERIFY(RuleEngine(RuleBook::shipped()).reactsTo(EventKind::Transaction));
}

void tst_RuleEngine::opportunityRowsAreDeterministic()
{
    test::FakeEventHistory history;
    const CustomerProfile c = customer();
    const RuleOutcome outcome = of(evaluate(history, transfer(9'000'000, "out"), c),
                                   QStringLiteral("large_transfer_out")).first();
    OpportunityDraft draft{c.branchId, c.id, QStringLiteral("tx-1"), outcome, kNoon.toUTC()};
    const QJsonObject row = draft.columns();
    QVERIFY(Uuid7Generator::isValid(row.value(QStringLiteral("id")).toString()));
    draft.createdAt = kNoon.addSecs(30).toUTC(); // evaluated again later: the same row
    QCOMPARE(draft.columns().value(QStringLiteral("id")), row.value(QStringLiteral("id")));
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(row.value(QStringLiteral("assigned_to")).toString(), QStringLiteral("manager-1"));
    QCOMPARE(row.value(QStringLiteral("deadline_at")).toString(),
             kNoon.addSecs(24 * 3600).toUTC().toString(Qt::ISODateWithMs));
    OpportunityDraft other = draft;
    other.eventId = QStringLiteral("tx-2");
    QVERIFY(other.columns().value(QStringLiteral("id")) != row.value(QStringLiteral("id")));
}

void tst_RuleEngine::reasonsReadWell()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::FakeEventHistory history;
    // Under 5万, but 40% of the customer's AUM: the share is what fired it.
    const RuleOutcome outcome = of(evaluate(history, transfer(4'000'000, "out"), customer(10'000'000)),
                                   QStringLiteral("large_transfer_out")).first();
    const QString reason = OpportunityReason::text(outcome.facts);
    QVERIFY2(reason.contains(QStringLiteral("40,000.00")) && reason.contains(QStringLiteral("Mobile banking")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("40% of AUM")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(tst_RuleEngine)
#include "tst_rule_engine.moc"
