// Issue #17, the branch head's side: events a core-banking feed posts to a real
// branchdesk-server make opportunities for the branch pool (a customer without a manager),
// for the branch head (a complaint) and held back by the contact rules (do-not-contact, no
// marketing consent). After a sync the head's desk shows each where it belongs, the held
// ones with why; the head hands the pool one to a wealth manager (audited), the server
// takes the change and the manager's desk has it on Today after their next sync.
#include "../common/EventFeed.h"
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/Uuid7.h"
#include "app/services/opportunities/BranchOpportunityDesk.h"
#include "app/services/opportunities/OpportunityBoard.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("head-opportunity-pass-1");

QJsonObject feedEvent(const QString &id, const QString &cif, const QString &kind,
                      const QDateTime &at)
{
    QJsonObject object{{QStringLiteral("event_id"), id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("cif_no"), cif},
                       {QStringLiteral("occurred_at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (kind == QLatin1String("transaction")) {
        object.insert(QStringLiteral("amount_fen"), 6'000'000.0);
        object.insert(QStringLiteral("direction"), QStringLiteral("out"));
        object.insert(QStringLiteral("channel"), QStringLiteral("mobile"));
    } else {
        object.insert(QStringLiteral("topic"), QStringLiteral("排队太久"));
    }
    return object;
}

QStringList customersOf(const QList<BranchOpportunity> &opportunities)
{
    QStringList names;
    for (const BranchOpportunity &o : opportunities)
        names << o.customerName + QLatin1Char('|') + o.ruleId + QLatin1Char('|')
                        + o.heldReasons.join(QLatin1Char(','));
    names.sort();
    return names;
}
} // namespace

class tst_BranchHeadOpportunities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theHeadSeesThePoolComplaintsAndHeldBackWithWhy();
    void theHeadHandsAPoolOpportunityToAManager();
    void onlyAPoolOpportunityGoesToAnActiveManagerOfTheBranch();

private:
    QString addCustomer(const QString &cif, const QString &name, const QString &managerId,
                        bool consent, bool doNotContact);
    SyncEngine::Report sync(Store &store, const QString &username)
    {
        return m_branch.sync(store, username, kPassword, 10000);
    }

    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    test::SyncBranchFixture m_branch{m_server};
    std::unique_ptr<Store> m_head;
    std::unique_ptr<Store> m_manager;
    std::optional<Session> m_headSession;
    QString m_managerId;
    QByteArray m_feedKey;
};

QString tst_BranchHeadOpportunities::addCustomer(const QString &cif, const QString &name,
                                                 const QString &managerId, bool consent,
                                                 bool doNotContact)
{
    const QString id = Uuid7Generator::generate();
    QVariantMap fields{{QStringLiteral("branch_id"), m_headSession->branch.id},
                       {QStringLiteral("cif_no"), cif},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("aum_fen"), 100'000'000},
                       {QStringLiteral("marketing_consent"), consent ? 1 : 0},
                       {QStringLiteral("do_not_contact"), doNotContact ? 1 : 0},
                       {QStringLiteral("opened_on"), QStringLiteral("2018-05-02")}};
    if (!managerId.isEmpty())
        fields.insert(QStringLiteral("manager_id"), managerId);
    const QVariantMap stamps{{QStringLiteral("created_at"), SqlTime::now()},
                             {QStringLiteral("updated_at"), SqlTime::now()}};
    return test::insertRecorded(*m_head, QStringLiteral("customer"), id, fields, stamps)
            ? id
            : QString();
}

void tst_BranchHeadOpportunities::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_branch.startCase();
    auto desks = m_branch.addHeadAndManagerDesks(QStringLiteral("310300"), kPassword);
    QVERIFY(desks);
    m_head = std::move(desks->headDesk);
    m_manager = std::move(desks->managerDesk);
    m_managerId = desks->managerId;
    m_headSession = AuthService(*m_head).signIn(QStringLiteral("head"), kPassword).session;
    QVERIFY(m_headSession);
    QVERIFY(!addCustomer(QStringLiteral("C31030000001"), QStringLiteral("甲无经理"), {}, true, false)
                     .isEmpty());
    QVERIFY(!addCustomer(QStringLiteral("C31030000002"), QStringLiteral("乙勿扰"), m_managerId,
                         true, true)
                     .isEmpty());
    QVERIFY(!addCustomer(QStringLiteral("C31030000003"), QStringLiteral("丙撤回同意"), m_managerId,
                         false, false)
                     .isEmpty());
    for (Store *store : {m_head.get(), m_manager.get()}) {
        const auto report = sync(*store, store == m_head.get() ? QStringLiteral("head")
                                                               : QStringLiteral("wm"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    QString said;
    m_feedKey = test::addServiceAccount(m_server, &said);
    QVERIFY2(!m_feedKey.isEmpty(), qPrintable(said));
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QJsonArray events{
            feedEvent(QStringLiteral("h-tx-1"), QStringLiteral("C31030000001"),
                  QStringLiteral("transaction"), now),
            feedEvent(QStringLiteral("h-tx-2"), QStringLiteral("C31030000002"),
                  QStringLiteral("transaction"), now),
            feedEvent(QStringLiteral("h-tx-3"), QStringLiteral("C31030000003"),
                  QStringLiteral("transaction"), now),
            feedEvent(QStringLiteral("h-complaint-1"), QStringLiteral("C31030000001"),
                  QStringLiteral("complaint"), now)};
    const auto answer = test::postEvents(m_server, events, m_feedKey);
    QCOMPARE(answer.status, 200);
    for (Store *store : {m_head.get(), m_manager.get()}) {
        const auto report = sync(*store, store == m_head.get() ? QStringLiteral("head")
                                                               : QStringLiteral("wm"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
}

void tst_BranchHeadOpportunities::theHeadSeesThePoolComplaintsAndHeldBackWithWhy()
{
    const auto board = BranchOpportunityDesk(*m_head, *m_headSession).board();
    QVERIFY2(board, qPrintable(board.errorString()));
    QCOMPARE(customersOf(board->pool), QStringList{QStringLiteral("甲无经理|large_transfer_out|")});
    QCOMPARE(customersOf(board->complaints),
             QStringList{QStringLiteral("甲无经理|complaint_recovery|")});
    // Held back, with the reasons the server wrote; during quiet hours the pool one also
    // waits there (delivered, the contact after the quiet hours).
    QList<BranchOpportunity> held;
    for (const BranchOpportunity &o : board->heldBack) {
        if (o.status == OpportunityStatus::Held)
            held << o;
        else
            QVERIFY2(o.contactAfter > QDateTime::currentDateTimeUtc(), qPrintable(o.customerName));
    }
    QCOMPARE(customersOf(held),
             (QStringList{QStringLiteral("丙撤回同意|large_transfer_out|no_consent"),
                          QStringLiteral("乙勿扰|large_transfer_out|do_not_contact")}));
    // The manager's desk does not list held ones on Today.
    const std::optional<Session> manager
            = AuthService(*m_manager).signIn(QStringLiteral("wm"), kPassword).session;
    QVERIFY(manager);
    QCOMPARE(OpportunityBoard(*m_manager, *manager).open().valueOr({}).size(), 0);
}

void tst_BranchHeadOpportunities::theHeadHandsAPoolOpportunityToAManager()
{
    BranchOpportunityDesk desk(*m_head, *m_headSession);
    const auto before = desk.board();
    QVERIFY(before && before->pool.size() == 1);
    const OpportunityId pooled = before->pool.first().id;
    const Result<> assigned = desk.assign(pooled, StaffId(m_managerId));
    QVERIFY2(assigned, qPrintable(assigned.errorString()));
    QCOMPARE(desk.board()->pool.size(), 0);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'opportunity_assigned' AND entity_id = ?"),
                          {pooled.toString()})
                     .toInt(),
             1);
    // The server takes the change (nothing refused, nothing left in the outbox) ...
    const auto pushed = sync(*m_head, QStringLiteral("head"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE "
                                                  "pushed_at IS NULL")).toInt(),
             0);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT group_concat(refused_reason) FROM "
                                                  "sync_outbox")).toString(),
             QString());
    // ... and the manager has it on Today after their next sync.
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    const std::optional<Session> manager
            = AuthService(*m_manager).signIn(QStringLiteral("wm"), kPassword).session;
    QVERIFY(manager);
    const auto open = OpportunityBoard(*m_manager, *manager).open();
    QVERIFY2(open, qPrintable(open.errorString()));
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().id, pooled);
    QCOMPARE(open->first().customerName, QStringLiteral("甲无经理"));
}

void tst_BranchHeadOpportunities::onlyAPoolOpportunityGoesToAnActiveManagerOfTheBranch()
{
    BranchOpportunityDesk desk(*m_head, *m_headSession);
    const auto board = desk.board();
    QVERIFY(board && !board->complaints.isEmpty());
    // The complaint is the head's own; the head is no wealth manager; a manager cannot hand out.
    QVERIFY(!desk.assign(board->complaints.first().id, StaffId(m_managerId)));
    QVERIFY(!desk.assign(board->complaints.first().id, StaffId(m_headSession->user.id)));
    const std::optional<Session> manager
            = AuthService(*m_manager).signIn(QStringLiteral("wm"), kPassword).session;
    QVERIFY(manager);
    QVERIFY(!BranchOpportunityDesk(*m_manager, *manager).board());
    QVERIFY(!BranchOpportunityDesk(*m_manager, *manager)
                     .assign(board->complaints.first().id, StaffId(m_managerId)));
}

QTEST_GUILESS_MAIN(tst_BranchHeadOpportunities)
#include "tst_branch_head_opportunities.moc"
