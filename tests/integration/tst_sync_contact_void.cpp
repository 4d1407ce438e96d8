// A call logged for the wrong customer, voided, through a real branchdesk-server (issue #15,
// F10): the wealth manager logs "refused" on the wrong row of a call list at their desk and
// syncs; the branch head's desk counts it. The manager voids it and syncs: the head's desk
// then holds the contact void (kept, with who and why), the customer's cap free again and the
// call task open. The server checks a void itself: another wealth manager's desk (its checks
// bypassed, as an insider would) cannot void the contact, neither in their own name nor in
// the author's, and a teller's password cannot void at all. A contact logged and voided
// before a sync goes up in one push and is taken (still only from its author), and a manager
// of an imported roster (no staff row in the branch's log) voids their own contact. Embedded
// SQLite store, and PostgreSQL in tst_sync_contact_void_postgres.
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/common/SyncProtocol.h"
#include "app/domain/Uuid7.h"
#include "app/server/DeskAccounts.h"
#include "app/server/ServerStore.h"
#include "app/services/calls/CallListMaker.h"
#include "app/services/calls/CallOutcomes.h"
#include "app/services/calls/ContactVoiding.h"
#include "database/calls/CallQueries.h"
#include "database/calls/ContactVoidRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Transaction.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QSqlQuery>
#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("void-pass-1");
} // namespace

class tst_SyncContactVoid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aVoidSyncsAndTheServerChecksWhoVoids();
    void aContactLoggedAndVoidedBeforeASyncGoesUpInOnePush();
    void anImportedRostersManagerVoidsTheirOwnContactOnly();
    void aVoidRewrittenInTheSamePushIsRefused();
    void aDuplicateChangeIdLendsNoAuthor();
    void aStaffRowOfAnotherBranchNamesNobodyHere();

private:
    SyncReport sync(Store &store, const QString &username);
    Session sessionOf(const QString &staffId, const QString &username, StaffRole role) const;
    // Voids `interaction` on `desk` as the desk's write path does, by-passing the service's
    // checks (an insider's desk): voided_by is `staffId`, voided_at `at` (none: now).
    bool forgeVoid(Store &desk, const QString &interaction, const QString &staffId,
                   const QDateTime &at = {});
    // Rewrites what `desk` has not yet sent of `interaction` as an insider's client would:
    // `sql` sets columns of its sync_outbox entry, with `values` bound before the row's id.
    static bool forgeOutbox(Store &desk, const QString &interaction, const QString &sql,
                            const QVariantList &values);
    int marketingContacts(Store &desk, const QString &customer);
    // A phone contact with `customer` that staff `staffId` logged at `at` on `desk`, recorded
    // for sync; its id, or empty.
    QString logContact(Store &desk, const QString &customer, const QString &staffId,
                       const QDateTime &at);
    // Whether `desk` holds `interaction` voided (after pulling).
    QString voidedBy(Store &desk, const QString &interaction);
    // Why the server refused the last refused change `desk` sent of `interaction` (empty if
    // none was refused).
    static QString refusal(Store &desk, const QString &interaction);

    test::SyncServerFixture m_server{test::storeOfThisBuild(test::SyncServerFixture::Driver::Sqlite)};
    test::SyncBranchFixture m_branch{m_server};
    std::unique_ptr<Store> m_head, m_manager, m_insider;
    QString m_branchId;
    const QString m_headId = Uuid7Generator::generate();
    const QString m_wmId = Uuid7Generator::generate();
    const QString m_wm2Id = Uuid7Generator::generate();
    const QString m_tellerId = Uuid7Generator::generate();
    QString m_rightCustomer;
    // Yesterday morning: within the void window, and no quiet hours.
    QDateTime m_now = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0)).toUTC();
    CallClock m_clock = [this] { return m_now; };
};

SyncReport tst_SyncContactVoid::sync(Store &store, const QString &username)
{
    return m_branch.sync(store, username, kPassword, 10000);
}

Session tst_SyncContactVoid::sessionOf(const QString &staffId, const QString &username,
                                       StaffRole role) const
{
    Session session;
    session.user.id = staffId;
    session.user.branchId = m_branchId;
    session.user.username = username;
    session.user.displayName = username;
    session.user.role = role;
    session.branch.id = m_branchId;
    return session;
}

bool tst_SyncContactVoid::forgeVoid(Store &desk, const QString &interaction,
                                    const QString &staffId, const QDateTime &at)
{
    Transaction transaction(desk.database());
    ContactVoidRepository contacts(desk);
    const auto found = contacts.find(interaction);
    if (!found || !*found)
        return false;
    return contacts.markVoid(**found, staffId, QStringLiteral("not mine, but void it"),
                             SqlTime::timestamp(at.isValid() ? at : m_now))
            && transaction.commit();
}

bool tst_SyncContactVoid::forgeOutbox(Store &desk, const QString &interaction,
                                      const QString &sql, const QVariantList &values)
{
    QSqlQuery forged(desk.database());
    if (!forged.prepare(QStringLiteral("UPDATE sync_outbox SET %1 WHERE table_name = "
                                       "'interaction' AND row_id = ? AND pushed_at IS NULL "
                                       "AND refused_reason IS NULL")
                                .arg(sql)))
        return false;
    for (const QVariant &value : values)
        forged.addBindValue(value);
    forged.addBindValue(interaction);
    return forged.exec() && forged.numRowsAffected() == 1;
}

int tst_SyncContactVoid::marketingContacts(Store &desk, const QString &customer)
{
    return CallQueries(desk)
            .contactFacts(CustomerId(customer), m_now.toLocalTime().date().addDays(-30))
            .marketingContactsInPeriod;
}

QString tst_SyncContactVoid::logContact(Store &desk, const QString &customer,
                                        const QString &staffId, const QDateTime &at)
{
    const QString id = Uuid7Generator::generate();
    const bool logged = test::insertRecorded(
            desk, QStringLiteral("interaction"), id,
            {{QStringLiteral("customer_id"), customer},
             {QStringLiteral("staff_id"), staffId},
             {QStringLiteral("occurred_at"), SqlTime::timestamp(at)},
             {QStringLiteral("channel"), QStringLiteral("phone")},
             {QStringLiteral("outcome"), QStringLiteral("refused")},
             {QStringLiteral("updated_at"), SqlTime::now()}});
    return logged ? id : QString();
}

QString tst_SyncContactVoid::voidedBy(Store &desk, const QString &interaction)
{
    return test::scalar(desk, QStringLiteral("SELECT coalesce(voided_by, '') FROM interaction "
                                             "WHERE id = ?"), {interaction}).toString();
}

QString tst_SyncContactVoid::refusal(Store &desk, const QString &interaction)
{
    return test::scalar(desk, QStringLiteral("SELECT refused_reason FROM sync_outbox WHERE "
                                             "row_id = ? AND refused_reason IS NOT NULL "
                                             "ORDER BY seq DESC LIMIT 1"), {interaction})
            .toString();
}

void tst_SyncContactVoid::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_branch.startCase();
    m_branchId = m_branch.addBranch(QStringLiteral("310600"));
    QVERIFY(!m_branchId.isEmpty());
    const struct { const char *name; StaffRole role; } accounts[] = {
            {"admin", StaffRole::Admin},           {"head", StaffRole::BranchHead},
            {"wm", StaffRole::WealthManager},      {"wm2", StaffRole::WealthManager},
            {"teller", StaffRole::Teller}};
    for (const auto &account : accounts)
        QVERIFY(m_server.addAccount(QString::fromLatin1(account.name), m_branchId, account.role,
                                    kPassword));
    m_head = m_branch.openWorkstation(QStringLiteral("head"));
    m_manager = m_branch.openWorkstation(QStringLiteral("manager"));
    m_insider = m_branch.openWorkstation(QStringLiteral("insider"));
    QVERIFY(m_head && m_manager && m_insider);
    // The roster, as the administrator adds it on a desk: in the branch's log, so the server
    // knows whose staff id is whose user name.
    const struct { const QString &id; const char *name; const char *role; } roster[] = {
            {m_headId, "head", "branch_head"}, {m_wmId, "wm", "wealth_manager"},
            {m_wm2Id, "wm2", "wealth_manager"}, {m_tellerId, "teller", "teller"}};
    for (const auto &staff : roster)
        QVERIFY(test::insertRecordedStaff(*m_head, m_branchId, staff.id,
                                          QString::fromLatin1(staff.name),
                                          QString::fromLatin1(staff.role),
                                          PasswordHasher::hash(kPassword)));
    const SyncReport added = sync(*m_head, QStringLiteral("admin"));
    QVERIFY2(added.ok && added.refused == 0, qPrintable(added.error));
}

void tst_SyncContactVoid::aVoidSyncsAndTheServerChecksWhoVoids()
{
    // The head makes a call list of two of the manager's customers; the manager's desk gets it.
    const QString wrong = test::insertConsentingCustomer(*m_head, m_branchId, m_wmId,
                                                         QStringLiteral("C31060000001"),
                                                         QStringLiteral("欧阳明华"));
    const QString right = test::insertConsentingCustomer(*m_head, m_branchId, m_wmId,
                                                         QStringLiteral("C31060000002"),
                                                         QStringLiteral("张三"));
    QVERIFY(!wrong.isEmpty() && !right.isEmpty());
    m_rightCustomer = right;
    CallListMaker::Request request;
    request.name = QStringLiteral("存款到期承接");
    request.mode = QStringLiteral("owner");
    request.customerIds = {wrong, right};
    request.startsOn = m_now.toLocalTime().date();
    request.endsOn = request.startsOn.addDays(7);
    const CallListMaker::Result made
            = CallListMaker(*m_head, sessionOf(m_headId, QStringLiteral("head"), StaffRole::BranchHead),
                            m_clock)
                      .make(request);
    QVERIFY2(made.ok && made.tasks == 2, qPrintable(made.refusal));
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    QVERIFY(sync(*m_insider, QStringLiteral("wm2")).ok);
    const QString wrongTask = test::scalar(*m_manager, QStringLiteral(
            "SELECT id FROM call_task WHERE customer_id = ?"), {wrong}).toString();

    // The manager logs "refused" on the wrong row; every desk counts it.
    const Session wm = sessionOf(m_wmId, QStringLiteral("wm"), StaffRole::WealthManager);
    CallOutcomes::Input input;
    input.outcome = QStringLiteral("refused");
    const CallOutcomes::Result logged = CallOutcomes(*m_manager, wm, m_clock).logCall(wrongTask, input);
    QVERIFY2(logged.ok, qPrintable(logged.refusal));
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QVERIFY(sync(*m_insider, QStringLiteral("wm2")).ok);
    QCOMPARE(marketingContacts(*m_head, wrong), 1);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT status FROM call_task WHERE id = ?"),
                          {wrongTask}).toString(), QStringLiteral("done"));

    // Another wealth manager's desk voids it, in their own name and then in the author's;
    // a teller's password sends the author's too. The server refuses all three.
    m_now = m_now.addSecs(600);
    const QString undo = QStringLiteral("UPDATE interaction SET voided_at = NULL, voided_by = "
                                        "NULL, void_reason = '' WHERE id = ?");
    const struct { const QString &voidedBy; const char *account; } forgeries[] = {
            {m_wm2Id, "wm2"}, {m_wmId, "wm2"}, {m_tellerId, "teller"}, {m_wmId, "teller"}};
    for (const auto &forgery : forgeries) {
        QVERIFY(forgeVoid(*m_insider, logged.interactionId, forgery.voidedBy));
        const SyncReport refused = sync(*m_insider, QString::fromLatin1(forgery.account));
        QVERIFY2(refused.ok, qPrintable(refused.error));
        QCOMPARE(refused.refused, 1);
        QSqlQuery reset(m_insider->database());
        QVERIFY(reset.prepare(undo));
        reset.addBindValue(logged.interactionId);
        QVERIFY(reset.exec());
    }
    // The same void sent as a moving customer's copy whose to_branch is the caller's own
    // branch (no move at all): the server checked such a change as a move, which it is not,
    // and let any contact writer void any contact. Refused.
    const auto sendForged = [&](const QString &sql, const QVariantList &values) {
        if (!forgeVoid(*m_insider, logged.interactionId, m_wm2Id))
            return -1;
        if (!forgeOutbox(*m_insider, logged.interactionId, sql, values))
            return -2;
        const SyncReport report = sync(*m_insider, QStringLiteral("wm2"));
        QSqlQuery reset(m_insider->database());
        if (!report.ok)
            qWarning() << report.error;
        if (!report.ok || !reset.prepare(undo))
            return -3;
        reset.addBindValue(logged.interactionId);
        return reset.exec() ? report.refused : -1;
    };
    QCOMPARE(sendForged(QStringLiteral("to_branch = ?, transfer_customer_id = ?"),
                        {m_branchId, wrong}),
             1);
    // The void in the insider's own name, the change also naming them the contact's author
    // (staff_id): the server reads who logged a contact it holds from its log, not the change.
    QCOMPARE(sendForged(QStringLiteral("fields_json = json_set(fields_json, '$.staff_id', ?)"),
                        {m_wm2Id}),
             1);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT voided_at IS NULL FROM interaction "
                                                  "WHERE id = ?"), {logged.interactionId}).toInt(),
             1);
    QCOMPARE(marketingContacts(*m_head, wrong), 1);

    // The author voids it at their desk: it syncs, and the head's desk sees the same.
    const ContactVoiding::Result voided = ContactVoiding(*m_manager, wm, m_clock)
            .voidContact(logged.interactionId, QStringLiteral("点错了行"));
    QVERIFY2(voided.ok, qPrintable(voided.refusal));
    const SyncReport pushed = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.refused, 0);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT outcome || '|' || voided_by FROM "
                                                  "interaction WHERE id = ?"),
                          {logged.interactionId}).toString(),
             QStringLiteral("refused|") + m_wmId);
    QCOMPARE(marketingContacts(*m_head, wrong), 0);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT status || '|' || coalesce(outcome, '') "
                                                  "FROM call_task WHERE id = ?"), {wrongTask})
                     .toString(),
             QStringLiteral("open|"));

    // A void is final: the author cannot take it back through the server either.
    QVERIFY(test::editRecorded(*m_manager, QStringLiteral("interaction"), logged.interactionId,
                               QStringLiteral("voided_at"), QVariant()));
    const SyncReport takenBack = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(takenBack.ok, qPrintable(takenBack.error));
    QCOMPARE(takenBack.refused, 1);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(marketingContacts(*m_head, wrong), 0);

    // Nor may anyone rewrite its reason by sending the filed void again with another one.
    QVERIFY(sync(*m_insider, QStringLiteral("wm2")).ok);
    const QVariant version = test::scalar(*m_insider, QStringLiteral(
            "SELECT version FROM interaction WHERE id = ?"), {logged.interactionId});
    const QString filedAt = test::scalar(*m_insider, QStringLiteral(
            "SELECT voided_at FROM interaction WHERE id = ?"), {logged.interactionId}).toString();
    QVERIFY(!filedAt.isEmpty());
    QVERIFY(ChangeRecorder(*m_insider).recordUpsert(
            QStringLiteral("interaction"), logged.interactionId,
            {{QStringLiteral("voided_at"), filedAt}, {QStringLiteral("voided_by"), m_wmId},
             {QStringLiteral("void_reason"), QStringLiteral("经理自己点错的")}},
            version.toInt()));
    const SyncReport rewritten = sync(*m_insider, QStringLiteral("wm2"));
    QVERIFY2(rewritten.ok, qPrintable(rewritten.error));
    QCOMPARE(rewritten.refused, 1);

    // A void stamped back in time: a contact of three weeks ago, voided "the day after it"
    // by its author's desk today. The window is the server's too: the contact must be within
    // kWindowDays and the offline allowance (ContactVoidCheck::kOfflineDays) of its clock.
    const QString old = Uuid7Generator::generate();
    const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-21);
    QVERIFY(test::insertRecorded(*m_manager, QStringLiteral("interaction"), old,
                                 {{QStringLiteral("customer_id"), right},
                                  {QStringLiteral("staff_id"), m_wmId},
                                  {QStringLiteral("occurred_at"), SqlTime::timestamp(then)},
                                  {QStringLiteral("channel"), QStringLiteral("phone")},
                                  {QStringLiteral("outcome"), QStringLiteral("refused")},
                                  {QStringLiteral("updated_at"), SqlTime::now()}}));
    const SyncReport oldLogged = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(oldLogged.ok && oldLogged.refused == 0, qPrintable(oldLogged.error));
    QVERIFY(forgeVoid(*m_manager, old, m_wmId, then.addDays(1)));
    const SyncReport backdated = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(backdated.ok, qPrintable(backdated.error));
    QCOMPARE(backdated.refused, 1);
}

void tst_SyncContactVoid::aContactLoggedAndVoidedBeforeASyncGoesUpInOnePush()
{
    // The manager logs "refused" on the other call task and voids it before their desk syncs:
    // the contact and its void go up in one push. The server refused the void ("a contact new
    // to the server is voided only by whoever logged it"): it read who logged the contact from
    // its log alone, which did not hold the contact yet, and the void names no author.
    m_now = m_now.addSecs(600);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    const int counted = marketingContacts(*m_head, m_rightCustomer);
    const QString task = test::scalar(*m_manager, QStringLiteral(
            "SELECT id FROM call_task WHERE customer_id = ?"), {m_rightCustomer}).toString();
    const Session wm = sessionOf(m_wmId, QStringLiteral("wm"), StaffRole::WealthManager);
    CallOutcomes::Input input;
    input.outcome = QStringLiteral("refused");
    const CallOutcomes::Result logged = CallOutcomes(*m_manager, wm, m_clock).logCall(task, input);
    QVERIFY2(logged.ok, qPrintable(logged.refusal));
    const ContactVoiding::Result voided = ContactVoiding(*m_manager, wm, m_clock)
            .voidContact(logged.interactionId, QStringLiteral("拨错了号码"));
    QVERIFY2(voided.ok, qPrintable(voided.refusal));
    const SyncReport pushed = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.refused, 0);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(voidedBy(*m_head, logged.interactionId), m_wmId);
    QCOMPARE(marketingContacts(*m_head, m_rightCustomer), counted);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT status FROM call_task WHERE id = ?"),
                          {task}).toString(),
             QStringLiteral("open"));

    // An insider's desk does the same with a contact it logs in the author's name: voided in
    // its own name, or in the author's, the void is refused as if the contact were logged;
    // the contact itself goes up (nobody checks whose name a new contact carries).
    const struct { const QString &voidedBy; const char *account; const char *reason; }
            forgeries[] = {
                    {m_wm2Id, "wm2", "only whoever logged a contact, or the branch head, may "
                                     "void it"},
                    {m_wmId, "wm2", "voided_by is not the signed-in user"}};
    QStringList forged;
    for (const auto &forgery : forgeries) {
        const QString contact = logContact(*m_insider, m_rightCustomer, m_wmId, m_now);
        QVERIFY(!contact.isEmpty());
        QVERIFY(forgeVoid(*m_insider, contact, forgery.voidedBy));
        const SyncReport refused = sync(*m_insider, QString::fromLatin1(forgery.account));
        QVERIFY2(refused.ok, qPrintable(refused.error));
        QCOMPARE(refused.refused, 1);
        QCOMPARE(refusal(*m_insider, contact), QString::fromLatin1(forgery.reason));
        forged << contact;
    }
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    for (const QString &contact : std::as_const(forged))
        QCOMPARE(voidedBy(*m_head, contact), QString());
}

void tst_SyncContactVoid::anImportedRostersManagerVoidsTheirOwnContactOnly()
{
    // A manager of a roster loaded with import-branch: their staff row came in the branch's
    // baseline, never as a change, so the log has no row for them; import-branch registered
    // the file's accounts (DeskAccounts), here as the head's desk's. They sign in on another
    // desk. Before, the server named the caller from the log only: every void of theirs was
    // refused ("voided_by is not the signed-in user") and stayed unsynced at their desk.
    const QString importedId = Uuid7Generator::generate();
    const QString elsewhereId = Uuid7Generator::generate();
    const QString otherBranch = m_branch.addBranch(QStringLiteral("310601"));
    QVERIFY(!otherBranch.isEmpty());
    QVERIFY(m_server.addAccount(QStringLiteral("wm3"), m_branchId, StaffRole::WealthManager,
                                kPassword));
    {
        ServerStore server;
        QVERIFY(server.open(m_server.settings()));
        DeskAccounts accounts(server.database());
        QVERIFY(accounts.registerImported(BranchId(m_branchId), m_head->nodeId(),
                                          {{importedId, QStringLiteral("wm3")}}));
        // Another branch's file names "wm2" under a staff id of its own: no use here.
        QVERIFY(accounts.registerImported(BranchId(otherBranch), QStringLiteral("node-310601"),
                                          {{elsewhereId, QStringLiteral("wm2")}}));
    }
    // Every desk of the branch has them on its roster from the baseline; the insider's desk
    // also has the other branch's staff id, under a name of its own.
    const test::RosterEntry imported{importedId, m_branchId, QStringLiteral("wm3"),
                                     QStringLiteral("wm3"), QStringLiteral("wealth_manager"),
                                     PasswordHasher::hash(kPassword)};
    for (Store *desk : {m_head.get(), m_manager.get(), m_insider.get()})
        QVERIFY(test::SyncBranchFixture::addToRoster(*desk, imported));
    test::RosterEntry forged = imported;
    forged.id = elsewhereId;
    forged.username = QStringLiteral("wm2.elsewhere");
    QVERIFY(test::SyncBranchFixture::addToRoster(*m_insider, forged));

    m_now = m_now.addSecs(600);
    const QString contact = logContact(*m_manager, m_rightCustomer, importedId, m_now);
    QVERIFY(!contact.isEmpty());
    const SyncReport logged = sync(*m_manager, QStringLiteral("wm3"));
    QVERIFY2(logged.ok && logged.refused == 0, qPrintable(logged.error));
    const ContactVoiding::Result voided
            = ContactVoiding(*m_manager,
                             sessionOf(importedId, QStringLiteral("wm3"), StaffRole::WealthManager),
                             m_clock)
                      .voidContact(contact, QStringLiteral("记错了客户"));
    QVERIFY2(voided.ok, qPrintable(voided.refusal));
    const SyncReport pushed = sync(*m_manager, QStringLiteral("wm3"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.refused, 0);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(voidedBy(*m_head, contact), importedId);

    // Nobody else passes as them: another manager voiding their contact in their name, nor
    // as a staff id that another branch's accounts give the caller's user name.
    const QString theirs = logContact(*m_manager, m_rightCustomer, importedId, m_now);
    QVERIFY(!theirs.isEmpty());
    QVERIFY(sync(*m_manager, QStringLiteral("wm3")).ok);
    QVERIFY(sync(*m_insider, QStringLiteral("wm2")).ok);
    QVERIFY(forgeVoid(*m_insider, theirs, importedId));
    const QString elsewhere = logContact(*m_insider, m_rightCustomer, elsewhereId, m_now);
    QVERIFY(!elsewhere.isEmpty());
    QVERIFY(forgeVoid(*m_insider, elsewhere, elsewhereId));
    const SyncReport refused = sync(*m_insider, QStringLiteral("wm2"));
    QVERIFY2(refused.ok, qPrintable(refused.error));
    QCOMPARE(refused.refused, 2);
    QCOMPARE(refusal(*m_insider, theirs), QStringLiteral("voided_by is not the signed-in user"));
    QCOMPARE(refusal(*m_insider, elsewhere),
             QStringLiteral("voided_by is not the signed-in user"));
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(voidedBy(*m_head, theirs), QString());
}

void tst_SyncContactVoid::aVoidRewrittenInTheSamePushIsRefused()
{
    // The author logs a contact and voids it before a sync; their desk (an insider's client)
    // then sends the void again with another reason: all three go up in one push. The void
    // filed first stands: the rewrite is refused as it is once the void is in the log.
    m_now = m_now.addSecs(600);
    const QString contact = logContact(*m_manager, m_rightCustomer, m_wmId, m_now);
    QVERIFY(!contact.isEmpty());
    const ContactVoiding::Result voided
            = ContactVoiding(*m_manager, sessionOf(m_wmId, QStringLiteral("wm"),
                                                   StaffRole::WealthManager),
                             m_clock)
                      .voidContact(contact, QStringLiteral("拨错了号码"));
    QVERIFY2(voided.ok, qPrintable(voided.refusal));
    const QVariant version = test::scalar(*m_manager, QStringLiteral(
            "SELECT version FROM interaction WHERE id = ?"), {contact});
    const QString filedAt = test::scalar(*m_manager, QStringLiteral(
            "SELECT voided_at FROM interaction WHERE id = ?"), {contact}).toString();
    QVERIFY(!filedAt.isEmpty());
    QVERIFY(ChangeRecorder(*m_manager).recordUpsert(
            QStringLiteral("interaction"), contact,
            {{QStringLiteral("voided_at"), filedAt}, {QStringLiteral("voided_by"), m_wmId},
             {QStringLiteral("void_reason"), QStringLiteral("客户要求删掉")}},
            version.toInt()));
    const SyncReport pushed = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.refused, 1);
    QCOMPARE(refusal(*m_manager, contact),
             QStringLiteral("a voided contact stays void: its void cannot be changed"));
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT voided_by || '|' || void_reason FROM "
                                                  "interaction WHERE id = ?"), {contact})
                     .toString(),
             m_wmId + QStringLiteral("|拨错了号码"));
}

void tst_SyncContactVoid::aDuplicateChangeIdLendsNoAuthor()
{
    // An insider's client (wm2) sends a contact new to the server, in wm2's name, under a
    // change id the server holds already (an old one), or one an earlier change of the same
    // push has; then a void of it. The contact is a duplicate and stored nowhere. The server
    // took its author all the same: the void was stored alone, and the contact could come
    // later in another manager's name, voided by wm2. Its void is refused as one of a contact
    // nobody logged.
    m_now = m_now.addSecs(600);
    QVERIFY(sync(*m_insider, QStringLiteral("wm2")).ok);
    const QString old = test::scalar(*m_manager, QStringLiteral(
            "SELECT change_id FROM sync_outbox WHERE pushed_at IS NOT NULL AND refused_reason "
            "IS NULL ORDER BY seq LIMIT 1")).toString();
    QVERIFY(!old.isEmpty());
    const QByteArray token = m_server.signIn(QStringLiteral("wm2"), kPassword,
                                             m_insider->nodeId());
    QVERIFY(!token.isEmpty());
    for (const bool repeated : {false, true}) {
        const QString contact = logContact(*m_insider, m_rightCustomer, m_wm2Id, m_now);
        QVERIFY(!contact.isEmpty());
        QVERIFY(forgeVoid(*m_insider, contact, m_wm2Id));
        const Result<QList<SyncChange>> waiting = Outbox(*m_insider).waiting(10);
        QVERIFY(waiting && waiting->size() == 2);
        // The desk sends none of it itself: the test sends it as the insider's client does.
        QSqlQuery dropped(m_insider->database());
        QVERIFY(dropped.exec(QStringLiteral("DELETE FROM sync_outbox WHERE pushed_at IS NULL")));
        SyncChange logged = waiting->at(0);
        QJsonArray changes;
        if (repeated) {
            // Another contact of wm2's, stored under the id first.
            SyncChange first = logged;
            first.rowId = Uuid7Generator::generate();
            changes << first.toJson();
        } else {
            logged.changeId = old;
        }
        changes << logged.toJson() << waiting->at(1).toJson();
        const QJsonObject body{{QStringLiteral("protocol"), SyncProtocol::kVersion},
                               {QStringLiteral("changes"), changes}};
        const auto answer = m_server.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                             QJsonDocument(body).toJson(), token);
        QCOMPARE(answer.status, 200);
        const QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), changes.size());
        QCOMPARE(results.at(results.size() - 2).toObject().value(QStringLiteral("status"))
                         .toString(),
                 QStringLiteral("duplicate"));
        const QJsonObject voidResult = results.last().toObject();
        QCOMPARE(voidResult.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QCOMPARE(voidResult.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("a contact new to the server is voided only by whoever logged "
                                "it"));
    }
}

void tst_SyncContactVoid::aStaffRowOfAnotherBranchNamesNobodyHere()
{
    // Another branch's administrator files a staff row in their branch's log under a staff id
    // this branch's log never had, with the user name of one of this branch's managers (wm2).
    // The server named the caller from every branch's log: wm2 then passed as that staff id
    // here, and voided a contact logged in its name. Only the caller's own branch's log (and
    // its registered accounts) says who a staff id is: refused.
    const QString otherBranch = m_branch.addBranch(QStringLiteral("310602"));
    QVERIFY(!otherBranch.isEmpty());
    QVERIFY(m_server.addAccount(QStringLiteral("admin.b"), otherBranch, StaffRole::Admin,
                                kPassword));
    const std::unique_ptr<Store> deskB = m_branch.openWorkstation(QStringLiteral("branch-b"));
    QVERIFY(deskB);
    const QString staffId = Uuid7Generator::generate();
    QVERIFY(test::insertRecordedStaff(*deskB, otherBranch, staffId, QStringLiteral("wm2"),
                                      QStringLiteral("wealth_manager"),
                                      PasswordHasher::hash(kPassword)));
    const SyncReport filed = sync(*deskB, QStringLiteral("admin.b"));
    QVERIFY2(filed.ok && filed.refused == 0, qPrintable(filed.error));

    const test::RosterEntry named{staffId, m_branchId, QStringLiteral("wm2.b"),
                                  QStringLiteral("wm2.b"), QStringLiteral("wealth_manager"),
                                  PasswordHasher::hash(kPassword)};
    QVERIFY(test::SyncBranchFixture::addToRoster(*m_insider, named));
    m_now = m_now.addSecs(600);
    const QString contact = logContact(*m_insider, m_rightCustomer, staffId, m_now);
    QVERIFY(!contact.isEmpty());
    QVERIFY(forgeVoid(*m_insider, contact, staffId));
    const SyncReport refused = sync(*m_insider, QStringLiteral("wm2"));
    QVERIFY2(refused.ok, qPrintable(refused.error));
    QCOMPARE(refused.refused, 1);
    QCOMPARE(refusal(*m_insider, contact), QStringLiteral("voided_by is not the signed-in user"));
}

QTEST_GUILESS_MAIN(tst_SyncContactVoid)
#include "tst_sync_contact_void.moc"
