// The referral lifecycle: the state machine (every invalid move refused, by the rules and
// through the service, leaving the row untouched), who may move a referral, the
// who/when history, credit of conversions to the referrer, and escalation of overdue
// referrals with a controllable clock.
#include "../common/SmallBranchFixture.h"

#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/branchfloor/ReferralLifecycle.h"
#include "app/services/staff/AuthService.h"
#include "database/branchfloor/FloorQueries.h"
#include "database/branchfloor/FloorSettings.h"
#include "database/branchfloor/ReferralRepository.h"
#include "database/sync/ChangeRecorder.h"
#include "database/workspaces/ReferralLines.h"
#include "database/workspaces/StatisticsRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_ReferralLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void serviceRefusesEveryInvalidMove_data();
    void serviceRefusesEveryInvalidMove();
    void fullPathIsStampedAndCredited();
    void onlyTheManagerOrTheHeadMayMove();
    void conversionNeedsNewAum();
    void formValidation_data();
    void formValidation();
    void overdueReferralIsEscalatedWithTheClock();
    void aStatusThisBuildDoesNotKnowIsRefusedNotGuessed();
    void theStoreStatisticsCountEveryOpenReferral();

private:
    Session signIn(const QString &username);
    QString fileReferral(const QDateTime &at);
    QString statusOf(const QString &id);
    // Moves a fresh referral along the main flow up to `state`.
    QString referralIn(const QString &state);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_lobby, m_teller, m_wealth, m_head;
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
    FloorClock m_clock;
};

void tst_ReferralLifecycle::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("floor.db"))));
    m_branch = test::makeSmallBranch(m_store);
    m_lobby = signIn(QStringLiteral("lobby"));
    m_teller = signIn(QStringLiteral("teller"));
    m_wealth = signIn(QStringLiteral("wealth"));
    m_head = signIn(QStringLiteral("head"));
    m_clock = [this] { return m_now; };
}

Session tst_ReferralLifecycle::signIn(const QString &username)
{
    const AuthService::Result result = AuthService(m_store).signIn(username, test::kPassword);
    if (!result.session)
        qFatal("cannot sign in %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

QString tst_ReferralLifecycle::fileReferral(const QDateTime &at)
{
    ReferralDesk desk(m_store, m_lobby, [at] { return at; });
    ReferralForm form = desk.prefilled(CustomerId(m_branch.otherCustomerId), QStringLiteral("lobby"));
    form.interest = QStringLiteral("1-year wealth products");
    // Each case its own walk-in: a customer with an open referral gets no second one.
    form.customerId = CustomerId();
    form.description = QStringLiteral("walk-in at %1").arg(at.toString(Qt::ISODateWithMs));
    const ReferralDesk::Result result = desk.file(form);
    if (!result.ok)
        qWarning("file: %s", qPrintable(result.refusal));
    return result.id;
}

QString tst_ReferralLifecycle::statusOf(const QString &id)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT status FROM referral WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString tst_ReferralLifecycle::referralIn(const QString &state)
{
    const QString id = fileReferral(m_now);
    ReferralDesk desk(m_store, m_wealth, m_clock);
    const QStringList flow{QStringLiteral("accepted"), QStringLiteral("contacted"),
                           QStringLiteral("met")};
    if (state == QLatin1String("logged"))
        return id;
    if (state == QLatin1String("declined") || state == QLatin1String("expired")) {
        desk.move(id, state);
        return id;
    }
    for (const QString &next : flow) {
        desk.move(id, next);
        if (next == state)
            return id;
    }
    desk.move(id, QStringLiteral("converted"), {}, Money::fromFen(10000000));
    return id;
}

void tst_ReferralLifecycle::rules_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const QStringList valid{"logged>accepted",   "logged>declined",    "logged>expired",
                            "accepted>contacted", "accepted>declined", "accepted>expired",
                            "contacted>met",     "contacted>declined", "contacted>expired",
                            "met>converted",     "met>declined",       "met>expired"};
    QStringList states;
    for (const ReferralState state : ReferralLifecycle::states())
        states << WorkStates::code(state);
    states << QStringLiteral("open") << QString(); // old and empty codes are not states
    for (const QString &from : states) {
        for (const QString &to : states) {
            const QString key = from + QLatin1Char('>') + to;
            QTest::newRow(qPrintable(key)) << from << to << valid.contains(key);
        }
    }
}

void tst_ReferralLifecycle::rules()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const std::optional<ReferralState> fromState = WorkStates::referralState(from);
    const std::optional<ReferralState> toState = WorkStates::referralState(to);
    QCOMPARE(fromState && toState && ReferralLifecycle::canMove(*fromState, *toState), allowed);
}

void tst_ReferralLifecycle::serviceRefusesEveryInvalidMove_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    for (const ReferralState from : ReferralLifecycle::states()) {
        for (const ReferralState to : ReferralLifecycle::states()) {
            if (!ReferralLifecycle::canMove(from, to))
                QTest::newRow(qPrintable(WorkStates::code(from) + QLatin1Char('>')
                                         + WorkStates::code(to)))
                        << WorkStates::code(from) << WorkStates::code(to);
        }
        QTest::newRow(qPrintable(WorkStates::code(from) + QLatin1String(">open")))
                << WorkStates::code(from) << QStringLiteral("open");
    }
}

void tst_ReferralLifecycle::serviceRefusesEveryInvalidMove()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString id = referralIn(from);
    QCOMPARE(statusOf(id), from);
    const int pending = ChangeRecorder::pendingCount(m_store);
    const ReferralDesk::Result result = ReferralDesk(m_store, m_head, m_clock).move(id, to, {}, Money::fromFen(500000));
    QVERIFY(!result.ok);
    QVERIFY(!result.refusal.isEmpty());
    // Said as staff name the states, not in stored codes ("logged", "met").
    QVERIFY2(!result.refusal.contains(from), qPrintable(result.refusal));
    QVERIFY2(!result.refusal.contains(to), qPrintable(result.refusal));
    QCOMPARE(statusOf(id), from);
    QCOMPARE(ChangeRecorder::pendingCount(m_store), pending);
}

void tst_ReferralLifecycle::fullPathIsStampedAndCredited()
{
    const QString id = fileReferral(m_now);
    const QStringList path{QStringLiteral("accepted"), QStringLiteral("contacted"),
                           QStringLiteral("met"), QStringLiteral("converted")};
    int minute = 0;
    for (const QString &to : path) {
        const QDateTime at = m_now.addSecs(60 * ++minute);
        const auto result = ReferralDesk(m_store, m_wealth, [at] { return at; })
                                    .move(id, to, QStringLiteral("note"),
                                          to == QLatin1String("converted") ? std::optional(Money::fromFen(30000000))
                                                                           : std::nullopt);
        QVERIFY2(result.ok, qPrintable(result.refusal));
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT COALESCE(from_status, ''), to_status, staff_id, at "
                             "FROM referral_transition WHERE referral_id = ? ORDER BY at"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    QStringList seen;
    while (q.next()) {
        seen << q.value(0).toString() + QLatin1Char('>') + q.value(1).toString();
        QVERIFY(!q.value(2).toString().isEmpty());
        QVERIFY(!q.value(3).toString().isEmpty());
    }
    QCOMPARE(seen, (QStringList{">logged", "logged>accepted", "accepted>contacted",
                                "contacted>met", "met>converted"}));
    QCOMPARE(statusOf(id), QStringLiteral("converted"));
    // Credit: the conversion counts for the lobby manager who referred.
    const QDate day = m_now.toLocalTime().date();
    const auto lines = FloorQueries(m_store).referralDays(m_branch.branchId, day, day);
    Money credited;
    for (const ReferralDayLine &line : lines) {
        if (line.staffId == m_lobby.user.id)
            credited += line.convertedAum;
        else
            QCOMPARE(line.convertedAum, Money());
    }
    QVERIFY(credited >= Money::fromFen(30000000));
    // The audit trail has the moves.
    QSqlQuery audit(m_store.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'referral_converted'")));
    QVERIFY(audit.next() && audit.value(0).toInt() >= 1);
}

void tst_ReferralLifecycle::onlyTheManagerOrTheHeadMayMove()
{
    const QString id = fileReferral(m_now);
    QVERIFY(!ReferralDesk(m_store, m_teller, m_clock).move(id, QStringLiteral("accepted")).ok);
    QVERIFY(!ReferralDesk(m_store, m_lobby, m_clock).move(id, QStringLiteral("accepted")).ok);
    QCOMPARE(statusOf(id), QStringLiteral("logged"));
    QVERIFY(ReferralDesk(m_store, m_head, m_clock).move(id, QStringLiteral("accepted")).ok);
    QVERIFY(ReferralDesk(m_store, m_wealth, m_clock).move(id, QStringLiteral("contacted")).ok);
    // A teller may not file for the lobby's permission-less roles: the admin may not refer.
    const Session admin = signIn(QStringLiteral("admin"));
    ReferralDesk desk(m_store, admin, m_clock);
    ReferralForm form = desk.prefilled(CustomerId(m_branch.customerId), QStringLiteral("lobby"));
    form.interest = QStringLiteral("x");
    QVERIFY(!desk.file(form).ok);
}

void tst_ReferralLifecycle::conversionNeedsNewAum()
{
    const QString id = referralIn(QStringLiteral("met"));
    QVERIFY(!ReferralDesk(m_store, m_wealth, m_clock).move(id, QStringLiteral("converted")).ok);
    QVERIFY(!ReferralDesk(m_store, m_wealth, m_clock).move(id, QStringLiteral("converted"), {}, Money()).ok);
    QCOMPARE(statusOf(id), QStringLiteral("met"));
    QVERIFY(ReferralDesk(m_store, m_wealth, m_clock).move(id, QStringLiteral("converted"), {}, Money::fromFen(100)).ok);
}

void tst_ReferralLifecycle::formValidation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("manager");
    QTest::addColumn<bool>("hasTime");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("interest");
    QTest::addColumn<QString>("problemField"); // empty: valid

    QTest::newRow("referral ok") << "referral" << true << "" << true << false << true
                                 << "138 0013 8000" << "funds" << "";
    QTest::newRow("record ok") << "record" << false << "man of about 35" << true << true << false
                               << "" << "NAV board" << "";
    QTest::newRow("no customer") << "referral" << false << "" << true << false << false << ""
                                 << "funds" << "description";
    QTest::newRow("no manager") << "referral" << true << "" << false << false << false << ""
                                << "funds" << "referredTo";
    QTest::newRow("no interest") << "referral" << true << "" << true << false << false << ""
                                 << " " << "interest";
    QTest::newRow("record without time") << "record" << true << "" << true << false << false << ""
                                         << "funds" << "customerHasTime";
    QTest::newRow("bad phone") << "referral" << true << "" << true << false << true << "12345"
                               << "funds" << "contactPhone";
    QTest::newRow("phone without consent") << "referral" << true << "" << true << false << false
                                           << "13800138000" << "funds" << "contactPhone";
    QTest::newRow("unknown kind") << "memo" << true << "" << true << false << false << ""
                                  << "funds" << "kind";
}

void tst_ReferralLifecycle::formValidation()
{
    QFETCH(QString, kind);
    QFETCH(bool, linked);
    QFETCH(QString, description);
    QFETCH(bool, manager);
    QFETCH(bool, hasTime);
    QFETCH(bool, consent);
    QFETCH(QString, phone);
    QFETCH(QString, interest);
    QFETCH(QString, problemField);
    ReferralForm form;
    form.kind = kind;
    form.customerId = linked ? CustomerId(m_branch.customerId) : CustomerId();
    form.description = description;
    form.referredTo = manager ? m_wealth.user.id : QString();
    form.customerHasTime = hasTime;
    form.contactConsent = consent;
    form.contactPhone = phone;
    form.interest = interest;
    const auto problems = form.validate();
    if (problemField.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().problem));
        QVERIFY(ReferralDesk(m_store, m_lobby, m_clock).file(form).ok);
    } else {
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, problemField);
        const int pending = ChangeRecorder::pendingCount(m_store);
        QVERIFY(!ReferralDesk(m_store, m_lobby, m_clock).file(form).ok);
        QCOMPARE(ChangeRecorder::pendingCount(m_store), pending);
    }
}

void tst_ReferralLifecycle::overdueReferralIsEscalatedWithTheClock()
{
    // A separate branch day: escalate everything older first so only ours counts.
    (void)ReferralDesk(m_store, m_head, [this] { return m_now.addDays(30); }).escalateOverdue();

    FloorSettings settings = FloorSettings::load(m_store);
    QCOMPARE(settings.escalationMinutes, 24 * 60); // the default of migration 0006
    settings.escalationMinutes = 120;
    QVERIFY(settings.save(m_store));

    const QDateTime filed = m_now.addDays(31);
    const QString id = fileReferral(filed);
    QVERIFY(!id.isEmpty());
    QDateTime clock = filed;
    ReferralDesk desk(m_store, m_head, [&clock] { return clock; });

    clock = filed.addSecs(119 * 60);
    QCOMPARE(desk.escalateOverdue(), 0);
    const ReferralLines queries(m_store);
    auto isIn = [&id](const QList<ReferralLine> &lines) {
        return std::any_of(lines.begin(), lines.end(),
                           [&id](const ReferralLine &line) { return line.id == id && line.escalated; });
    };
    QVERIFY(!isIn(queries.escalatedReferrals(m_branch.branchId)));

    clock = filed.addSecs(121 * 60);
    QCOMPARE(desk.escalateOverdue(), 1);
    QCOMPARE(desk.escalateOverdue(), 0); // once only
    QVERIFY(isIn(queries.escalatedReferrals(m_branch.branchId)));
    // Every wealth manager's queue shows it, whoever it was referred to.
    const auto other = UserAdministration(m_store, nullptr)
                               .addUser(QStringLiteral("wealth2"), QStringLiteral("孙理财"),
                                        StaffRole::WealthManager, test::kPassword, m_branch.branchId);
    QVERIFY(other);
    QVERIFY(isIn(queries.referralInbox(other->id, m_branch.branchId)));
    // ... and that manager may take it over.
    const Session second = signIn(QStringLiteral("wealth2"));
    QVERIFY(ReferralDesk(m_store, second, [&clock] { return clock; })
                    .move(id, QStringLiteral("accepted")).ok);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT referred_to FROM referral WHERE id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), other->id);
    // A finished referral is never escalated.
    clock = clock.addDays(10);
    QCOMPARE(desk.escalateOverdue(), 0);
}

// Found when the states were bound from WorkStates (issue #16): `branchdesk-admin stats`
// counted as open referrals only the accepted ones (its SQL asked for 'open' and 'accepted';
// no referral is 'open'), so the logged, contacted and met ones went uncounted. Every
// referral not yet final counts; the final ones do not.
void tst_ReferralLifecycle::theStoreStatisticsCountEveryOpenReferral()
{
    const auto openReferrals = [this]() -> qint64 {
        const Result<StoreStatistics> statistics = StatisticsRepository(m_store).collect();
        return statistics ? statistics->openReferrals : -1;
    };
    const qint64 before = openReferrals();
    QVERIFY(before >= 0);
    for (const char *state : {"logged", "accepted", "contacted", "met", "converted", "declined",
                              "expired"})
        QCOMPARE(statusOf(referralIn(QLatin1String(state))), QLatin1String(state));
    QCOMPARE(openReferrals(), before + 4);
}

QTEST_GUILESS_MAIN(tst_ReferralLifecycle)
// A row whose status this build does not know (written by a newer version, or by hand)
// is read as an error naming the status, and the desk refuses to move it: the referral is
// never treated as if it were in some state it is not.
void tst_ReferralLifecycle::aStatusThisBuildDoesNotKnowIsRefusedNotGuessed()
{
    const QString id = fileReferral(m_now);
    QSqlQuery q(m_store.database());
    // The schema's CHECK refuses the code, as it would in this version; a newer schema
    // would not, so the check is set aside for the one write.
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    q.prepare(QStringLiteral("UPDATE referral SET status = 'pending_review' WHERE id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec());
    QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));

    const Result<std::optional<ReferralRecord>> read = ReferralRepository(m_store).byId(id);
    QVERIFY(!read);
    QVERIFY2(read.errorString().contains(QLatin1String("pending_review")),
             qPrintable(read.errorString()));

    const ReferralDesk::Result moved = ReferralDesk(m_store, m_head, m_clock)
                                               .move(id, QStringLiteral("accepted"));
    QVERIFY(!moved.ok);
    QVERIFY2(moved.refusal.contains(QLatin1String("pending_review")), qPrintable(moved.refusal));
    QCOMPARE(statusOf(id), QStringLiteral("pending_review"));
    QVERIFY(!ReferralDesk(m_store, m_head, m_clock).filed(id));

    // The teller's list of what they referred shows the row, its state as not known.
    const QList<ReferralLine> made = ReferralLines(m_store).referralsMadeBy(
            m_lobby.user.id, m_now.toLocalTime().date());
    const auto line = std::find_if(made.cbegin(), made.cend(),
                                   [&id](const ReferralLine &l) { return l.id == id; });
    QVERIFY(line != made.cend());
    QVERIFY(!line->status.has_value());
}

#include "tst_referral_lifecycle.moc"
