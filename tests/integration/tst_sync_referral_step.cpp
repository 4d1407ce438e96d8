// Referral steps through a real branchdesk-server: every role that may create referrals (the
// teller too) writes referral_transition rows, so the server checks the steps itself. A step
// names the signed-in user as who made it (staff_id), and the lobby's "seen again" step
// (from_status == to_status: the customer came back while their referral was open) is the
// lobby manager's or the branch head's. A teller's desk (its checks bypassed, as an insider's)
// cannot write one, nor a step in the lobby manager's name; the lobby manager's is stored.
// Staff of a roster loaded with import-branch (no row in the log) are named by the accounts
// the server registered for the branch, as for a void (SignedInStaff).
// Embedded SQLite store, and PostgreSQL in tst_sync_referral_step_postgres.
#include "../common/LobbyReferral.h"
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/domain/Uuid7.h"
#include "app/server/DeskAccounts.h"
#include "app/server/ServerStore.h"
#include "database/branchfloor/ReferralRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("step-pass-1");
} // namespace

class tst_SyncReferralStep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheLobbyNotesACustomerSeenAgain();
    void anImportedRostersLobbyManagerNotesTheirOwnStepsOnly();
    void aStepPushedWhileTheAccountsCannotBeReadIsSentAgain();

private:
    SyncReport sync(Store &store, const QString &username);
    // `desk` writes a step of `referral` from `from` to `to`, made by `staffId`.
    static bool step(Store &desk, const QString &referral, std::optional<ReferralState> from,
                     ReferralState to, const QString &staffId);

    test::SyncServerFixture m_server{
            test::storeOfThisBuild(test::SyncServerFixture::Driver::Sqlite)};
    test::SyncBranchFixture m_branch{m_server};
    std::unique_ptr<Store> m_head, m_lobby, m_teller;
    QString m_branchId;
    const QString m_headId = Uuid7Generator::generate();
    const QString m_lobbyId = Uuid7Generator::generate();
    const QString m_tellerId = Uuid7Generator::generate();
};

SyncReport tst_SyncReferralStep::sync(Store &store, const QString &username)
{
    return m_branch.sync(store, username, kPassword, 10000);
}

bool tst_SyncReferralStep::step(Store &desk, const QString &referral,
                                std::optional<ReferralState> from, ReferralState to,
                                const QString &staffId)
{
    Transaction transaction(desk.database());
    return ReferralRepository(desk).addTransition(referral, from, to, staffId, SqlTime::now(),
                                                  QStringLiteral("又来了"))
            && transaction.commit();
}

void tst_SyncReferralStep::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_branch.startCase();
    m_branchId = m_branch.addBranch(QStringLiteral("310700"));
    QVERIFY(!m_branchId.isEmpty());
    const struct { const char *name; StaffRole role; } accounts[] = {
            {"admin", StaffRole::Admin}, {"head", StaffRole::BranchHead},
            {"lobby", StaffRole::LobbyManager}, {"teller", StaffRole::Teller}};
    for (const auto &account : accounts)
        QVERIFY(m_server.addAccount(QString::fromLatin1(account.name), m_branchId, account.role,
                                    kPassword));
    m_head = m_branch.openWorkstation(QStringLiteral("head"));
    m_lobby = m_branch.openWorkstation(QStringLiteral("lobby"));
    m_teller = m_branch.openWorkstation(QStringLiteral("teller"));
    QVERIFY(m_head && m_lobby && m_teller);
    // The roster in the branch's log, so the server knows whose staff id is whose user name.
    const struct { const QString &id; const char *name; const char *role; } roster[] = {
            {m_headId, "head", "branch_head"}, {m_lobbyId, "lobby", "lobby_manager"},
            {m_tellerId, "teller", "teller"}};
    for (const auto &staff : roster)
        QVERIFY(test::insertRecordedStaff(*m_head, m_branchId, staff.id,
                                          QString::fromLatin1(staff.name),
                                          QString::fromLatin1(staff.role),
                                          PasswordHasher::hash(kPassword)));
    const SyncReport added = sync(*m_head, QStringLiteral("admin"));
    QVERIFY2(added.ok && added.refused == 0, qPrintable(added.error));
}

void tst_SyncReferralStep::onlyTheLobbyNotesACustomerSeenAgain()
{
    const QString cif = QStringLiteral("C31070000001");
    const QString customer = test::insertConsentingCustomer(*m_head, m_branchId, m_headId, cif,
                                                            QStringLiteral("王五"));
    QVERIFY(!customer.isEmpty());
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QVERIFY(sync(*m_lobby, QStringLiteral("lobby")).ok);

    // The lobby refers the customer: the referral and its first step are stored.
    ReferralRecord referral
            = test::lobbyReferral(m_branchId, customer, m_lobbyId, QStringLiteral("想买理财"));
    {
        Transaction transaction(m_lobby->database());
        QVERIFY(ReferralRepository(*m_lobby).insert(referral));
        QVERIFY(transaction.commit());
    }
    QVERIFY(step(*m_lobby, referral.id, std::nullopt, ReferralState::Logged, m_lobbyId));
    const SyncReport referred = sync(*m_lobby, QStringLiteral("lobby"));
    QVERIFY2(referred.ok, qPrintable(referred.error));
    QCOMPARE(referred.refused, 0);
    QVERIFY(sync(*m_teller, QStringLiteral("teller")).ok);

    // The teller's desk notes the customer seen again, in the teller's name: refused.
    QVERIFY(step(*m_teller, referral.id, ReferralState::Logged, ReferralState::Logged,
                 m_tellerId));
    const SyncReport seenByTeller = sync(*m_teller, QStringLiteral("teller"));
    QVERIFY2(seenByTeller.ok, qPrintable(seenByTeller.error));
    QCOMPARE(seenByTeller.refused, 1);
    // A step in the lobby manager's name, sent with the teller's password: refused.
    QVERIFY(step(*m_teller, referral.id, ReferralState::Logged, ReferralState::Accepted,
                 m_lobbyId));
    const SyncReport inAnothersName = sync(*m_teller, QStringLiteral("teller"));
    QVERIFY2(inAnothersName.ok, qPrintable(inAnothersName.error));
    QCOMPARE(inAnothersName.refused, 1);

    // The lobby manager notes it: stored, and the head's desk gets it.
    QVERIFY(step(*m_lobby, referral.id, ReferralState::Logged, ReferralState::Logged,
                 m_lobbyId));
    const SyncReport seenByLobby = sync(*m_lobby, QStringLiteral("lobby"));
    QVERIFY2(seenByLobby.ok, qPrintable(seenByLobby.error));
    QCOMPARE(seenByLobby.refused, 0);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM referral_transition WHERE "
                                                  "referral_id = ? AND from_status = to_status"),
                          {referral.id})
                     .toInt(),
             1);
}

void tst_SyncReferralStep::anImportedRostersLobbyManagerNotesTheirOwnStepsOnly()
{
    // A lobby manager of a roster loaded with import-branch: their staff row came in the
    // branch's baseline, never as a change; import-branch registered the file's accounts
    // (DeskAccounts), here as the head's desk's. Another branch's file names "teller" under a
    // staff id of its own. Before, the server let a step name any staff id the log did not
    // know, so anyone could write a step in an imported manager's name.
    const QString importedId = Uuid7Generator::generate();
    const QString elsewhereId = Uuid7Generator::generate();
    const QString otherBranch = m_branch.addBranch(QStringLiteral("310701"));
    QVERIFY(!otherBranch.isEmpty());
    QVERIFY(m_server.addAccount(QStringLiteral("lobby2"), m_branchId, StaffRole::LobbyManager,
                                kPassword));
    {
        ServerStore server;
        QVERIFY(server.open(m_server.settings()));
        DeskAccounts accounts(server.database());
        QVERIFY(accounts.registerImported(BranchId(m_branchId), m_head->nodeId(),
                                          {{importedId, QStringLiteral("lobby2")}}));
        QVERIFY(accounts.registerImported(BranchId(otherBranch), QStringLiteral("node-310701"),
                                          {{elsewhereId, QStringLiteral("teller")}}));
    }
    const test::RosterEntry imported{importedId, m_branchId, QStringLiteral("lobby2"),
                                     QStringLiteral("lobby2"), QStringLiteral("lobby_manager"),
                                     PasswordHasher::hash(kPassword)};
    for (Store *desk : {m_head.get(), m_lobby.get(), m_teller.get()})
        QVERIFY(test::SyncBranchFixture::addToRoster(*desk, imported));
    test::RosterEntry forged = imported;
    forged.id = elsewhereId;
    forged.username = QStringLiteral("teller.elsewhere");
    QVERIFY(test::SyncBranchFixture::addToRoster(*m_teller, forged));

    const QString customer = test::insertConsentingCustomer(
            *m_head, m_branchId, m_headId, QStringLiteral("C31070000002"), QStringLiteral("赵六"));
    QVERIFY(!customer.isEmpty());
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QVERIFY(sync(*m_lobby, QStringLiteral("lobby2")).ok);

    // They refer the customer and note them seen again, on the lobby's desk: all stored.
    ReferralRecord referral
            = test::lobbyReferral(m_branchId, customer, importedId, QStringLiteral("来办定期"));
    {
        Transaction transaction(m_lobby->database());
        QVERIFY(ReferralRepository(*m_lobby).insert(referral));
        QVERIFY(transaction.commit());
    }
    QVERIFY(step(*m_lobby, referral.id, std::nullopt, ReferralState::Logged, importedId));
    QVERIFY(step(*m_lobby, referral.id, ReferralState::Logged, ReferralState::Logged,
                 importedId));
    const SyncReport seen = sync(*m_lobby, QStringLiteral("lobby2"));
    QVERIFY2(seen.ok, qPrintable(seen.error));
    QCOMPARE(seen.refused, 0);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM referral_transition WHERE "
                                                  "referral_id = ? AND staff_id = ?"),
                          {referral.id, importedId})
                     .toInt(),
             2);

    // The teller's desk writes a step in their name, and one in the name another branch's
    // accounts give "teller": both refused, and the head's desk gets neither.
    QVERIFY(sync(*m_teller, QStringLiteral("teller")).ok);
    QVERIFY(step(*m_teller, referral.id, ReferralState::Logged, ReferralState::Accepted,
                 importedId));
    QVERIFY(step(*m_teller, referral.id, ReferralState::Logged, ReferralState::Accepted,
                 elsewhereId));
    const SyncReport forgedSteps = sync(*m_teller, QStringLiteral("teller"));
    QVERIFY2(forgedSteps.ok, qPrintable(forgedSteps.error));
    QCOMPARE(forgedSteps.refused, 2);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM referral_transition WHERE "
                                                  "referral_id = ? AND to_status = ?"),
                          {referral.id, QStringLiteral("accepted")})
                     .toInt(),
             0);
}

// Issue 13 (a reviewer): whether an imported roster's staff id is the caller's was read
// from the server's accounts, and a read that failed counted as "not the caller": the step
// was refused, and the desk kept the refusal for good. Now the push answers "cannot store
// now" and the desk sends the step again, stored once the accounts can be read.
void tst_SyncReferralStep::aStepPushedWhileTheAccountsCannotBeReadIsSentAgain()
{
    const QString importedId = Uuid7Generator::generate();
    const auto desk = m_branch.openWorkstation(QStringLiteral("lobby3"));
    QVERIFY(desk);
    QVERIFY(m_server.addAccount(QStringLiteral("lobby3"), m_branchId, StaffRole::LobbyManager,
                                kPassword));
    {
        ServerStore server;
        QVERIFY(server.open(m_server.settings()));
        QVERIFY(DeskAccounts(server.database())
                        .registerImported(BranchId(m_branchId), desk->nodeId(),
                                          {{importedId, QStringLiteral("lobby3")}}));
    }
    const test::RosterEntry imported{importedId, m_branchId, QStringLiteral("lobby3"),
                                     QStringLiteral("lobby3"), QStringLiteral("lobby_manager"),
                                     PasswordHasher::hash(kPassword)};
    for (Store *roster : {desk.get(), m_head.get()})
        QVERIFY(test::SyncBranchFixture::addToRoster(*roster, imported));
    const QString customer = test::insertConsentingCustomer(
            *m_head, m_branchId, m_headId, QStringLiteral("C31070000003"), QStringLiteral("钱七"));
    QVERIFY(!customer.isEmpty());
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QVERIFY(sync(*desk, QStringLiteral("lobby3")).ok);
    ReferralRecord referral
            = test::lobbyReferral(m_branchId, customer, importedId, QStringLiteral("来换卡"));
    {
        Transaction transaction(desk->database());
        QVERIFY(ReferralRepository(*desk).insert(referral));
        QVERIFY(transaction.commit());
    }
    QVERIFY(step(*desk, referral.id, std::nullopt, ReferralState::Logged, importedId));

    // The server's accounts table out of reach for one sync (its name changed underneath).
    const auto renameAccounts = [this](const QString &from, const QString &to) {
        QSqlDatabase direct = m_server.openDirect(QStringLiteral("referral-step-accounts"));
        QSqlQuery rename(direct);
        const bool done = rename.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to));
        if (!done)
            qWarning("%s", qPrintable(rename.lastError().text()));
        rename = QSqlQuery();
        direct.close();
        direct = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("referral-step-accounts"));
        return done;
    };
    QVERIFY(renameAccounts(QStringLiteral("desk_account"), QStringLiteral("desk_account_away")));
    sync(*desk, QStringLiteral("lobby3"));
    QVERIFY(renameAccounts(QStringLiteral("desk_account_away"), QStringLiteral("desk_account")));
    QCOMPARE(test::scalar(*desk, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE "
                                                "refused_reason IS NOT NULL"))
                     .toInt(),
             0);

    const SyncReport again = sync(*desk, QStringLiteral("lobby3"));
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.refused, 0);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM referral_transition WHERE "
                                                  "referral_id = ? AND staff_id = ?"),
                          {referral.id, importedId})
                     .toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_SyncReferralStep)
#include "tst_sync_referral_step.moc"
