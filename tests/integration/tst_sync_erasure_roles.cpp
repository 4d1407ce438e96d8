// Issue 13, F32 (docs/RELIABILITY.md): a pulled erasure at the desks of every role. The
// branch head erases a customer with opportunities (one the server's rules made, one the
// head raised, one the customer's wealth manager raised) and a contact; the wealth
// manager's, the teller's and the lobby manager's desks pull it. Before F32 each of them
// recorded the blanking (and the opportunities' delete) of every row of the customer as its
// own change, which its role may not send: the server refused them ("wealth_manager may not
// delete an opportunity", "customer_id of an opportunity is the rule's and may not be
// changed", "teller may not write interaction") and they stayed refused in those outboxes
// for good. Afterwards: nothing refused or waiting anywhere, the rows erased on every desk,
// every desk and a fresh one holding the same rows. Real branchdesk-server (embedded SQLite;
// PostgreSQL as tst_sync_erasure_roles_postgres), real workstation files, the real
// SyncEngine over HTTP.
#include "../common/DeskErasure.h"
#include "../common/EventFeed.h"
#include "../common/FaultChecks.h"
#include "../common/LobbyReferral.h"
#include "../common/ResultAssert.h"
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/common/SyncProtocol.h"
#include "app/domain/Uuid7.h"
#include "app/server/DeskAccounts.h"
#include "app/server/ServerStore.h"
#include "app/services/customer360/CustomerTransferService.h"
#include "app/services/privacy/ConsentService.h"
#include "app/sync/SyncEngine.h"
#include "database/branchfloor/ReferralRepository.h"
#include "database/core/ClockCorrection.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Transaction.h"
#include "database/kyc/KycCustomerRecords.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/sync/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("erasure-roles-pass-1");
} // namespace

class tst_SyncErasureRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void desksOfEveryRoleFollowAnErasureAndHoldNothingRefused();
    void anOpportunityTheEraserHadNotSeenIsErasedEverywhere();
    void anOpportunityRaisedAfterTheErasureByAClockAheadIsErasedEverywhere();
    void aTagSetAfterTheErasureByAClockAheadIsErasedEverywhere();
    void aConsentRecordedAfterTheErasureByAClockAheadIsErasedEverywhere();
    void aContactLoggedAfterTheErasureByAClockAheadIsBlankedEverywhere();
    void aTagSetOnTwoDesksAroundTheErasureKeepsOneSetterEverywhere();
    void aStayedReferralsStepsAreBlankEverywhereOnceTheCustomerIsErased();
    void aCustomerMovedAwayAndErasedThereLeavesNothingAtTheOldBranch();
    void aCustomerMovedTwiceAndErasedLeavesNothingAnywhere_data();
    void anOpportunityRaisedAfterTheErasureIsGoneAfterOneRound();
    void twoDesksErasingOneCustomerEndAlikeWhateverTheBatches();
    void aCustomerMovedTwiceAndErasedLeavesNothingAnywhere();
    void aRaisedOpportunityNamingAnErasedCustomerErasesNoOtherCustomersRow();

private:
    struct Desk
    {
        QString user;
        std::unique_ptr<Store> store;
    };
    bool syncAll(int rounds);
    // One round of `desk` pulling `pullBatch` changes a batch (the real SyncEngine).
    bool syncInBatches(const Desk &desk, int pullBatch) const;
    // The customer's opportunity `id` as each desk holds it: deleted, reason (one line).
    static QStringList opportunityOf(Store &store, const QString &id);
    QString addCustomer(const QString &cif, const QString &name);
    // An opportunity a desk raises (origin desk) for the customer; its id.
    static QString raiseOpportunity(Store &store, const QString &branchId,
                                    const QString &customerId, const QString &why);
    // What a desk's outbox holds refused or not yet sent, and what it holds back: each
    // printed for the one who reads a failure.
    static QStringList leftInOutbox(Store &store);
    // The same for every desk, each line naming its desk's account.
    QStringList leftOnAnyDesk() const;
    // The customer's opportunities and contacts as each desk must end: id, deleted, reason,
    // status; the contacts' words.
    static QStringList rowsOf(Store &store, const QString &customerId);
    // One line per row a query gives (its first column).
    static QStringList linesOf(Store &store, const QString &sql, const QVariantList &values);
    std::unique_ptr<Store> freshDesk();
    // Nothing left in any outbox, and `rows` reading `expected` on every desk and a fresh
    // one; else what differs.
    QString everywhereAs(const std::function<QStringList(Store &)> &rows,
                         const QStringList &expected);
    // Nothing left in any outbox, and the customer's one opportunity `raised` blanked and
    // deleted on every desk and a fresh one; else what differs.
    QString onlyErasedOpportunityEverywhere(const QString &customer, const QString &raised);
    // The head erases the customer and sends it; the wealth manager's desk, its clock two
    // hours ahead and the erasure not yet pulled, then writes with `write`; everyone syncs.
    void eraseThenWriteWithAClockAhead(const QString &customer,
                                       const std::function<void(Store &)> &write);
    // The desk's KYC interview derives the "retirement" need for the customer, set by
    // `staffId` (none: empty).
    static void setRetirementTag(Store &desk, const QString &customer, const QString &staffId);
    // The wealth manager's session on its desk, as the desk signs it in.
    Session managerSession() const;
    // The branch head's session, as their desks sign it in.
    Session headSession() const;
    // The wealth manager's desk records a consent with `evidence` and a call with `words`
    // for the customer; the head moves them to the other branch; everyone syncs.
    void recordConsentAndCallThenMoveAway(const QString &customer, const QString &evidence,
                                          const QString &words);
    // A branch head's session at another branch (`branchId`, its head `user`).
    static Session headSessionAt(const QString &branchId, const QString &user);
    // A desk of another branch, signed in by a new branch head of it, that has taken the
    // branch's log; null on failure.
    std::unique_ptr<Store> otherBranchHeadDesk(const QString &name, const QString &branchId,
                                               const QString &user);
    // One more desk of the branch, signed in by an account of `role`; null on failure.
    Store *addDesk(const QString &name, StaffRole role);
    // `desk` refers the customer (the lobby's form, `reason`) and writes its first step with
    // `note`, made by `staffId`; the referral's id, empty on failure.
    QString referWithStep(Store &desk, const QString &customer, const QString &reason,
                          const QString &note, const QString &staffId);
    // `desk`'s account as a member of an imported roster: on every desk's roster, and in the
    // accounts the server registered for the branch (the server names who made a referral
    // step by them, SignedInStaff). Their staff id, empty on failure.
    QString importedStaffOf(const Desk &desk, const QString &roleCode);
    // Where `values` are still held: every desk, a fresh one, the server's store; the
    // referral steps' notes read opened (they are sealed on the desks). Empty when nowhere.
    QStringList erasedValuesAnywhere(const QStringList &values);

    QTemporaryDir m_files; // the server's log
    test::SyncServerFixture m_server{
            test::storeOfThisBuild(test::SyncServerFixture::Driver::Sqlite)};
    test::SyncBranchFixture m_branch{m_server};
    std::vector<Desk> m_desks; // head, wealth manager, teller, lobby manager
    QString m_branchId;
    QString m_managerId;
    QString m_managerUser;
    QString m_otherBranchId; // where the branch head moves customers
    QString m_headId;
    QByteArray m_feedKey;
    int m_case = 0;
    int m_fresh = 0;
};

void tst_SyncErasureRoles::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_server.setServerLogFile(m_files.filePath(QStringLiteral("server.log")));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString said;
    m_feedKey = test::addServiceAccount(m_server, &said);
    QVERIFY2(!m_feedKey.isEmpty(), qPrintable(said));
}

void tst_SyncErasureRoles::init()
{
    m_branch.startCase();
    ++m_case;
    const QString code = QStringLiteral("3232%1").arg(m_case, 2, 10, QLatin1Char('0'));
    m_branchId = m_branch.addBranch(code);
    QVERIFY(!m_branchId.isEmpty());
    m_otherBranchId = m_branch.addBranch(QStringLiteral("3233%1").arg(m_case, 2, 10,
                                                                      QLatin1Char('0')));
    QVERIFY(!m_otherBranchId.isEmpty());
    m_headId = Uuid7Generator::generate();
    const QList<std::pair<QString, StaffRole>> roles{
            {QStringLiteral("head"), StaffRole::BranchHead},
            {QStringLiteral("wm"), StaffRole::WealthManager},
            {QStringLiteral("teller"), StaffRole::Teller},
            {QStringLiteral("lobby"), StaffRole::LobbyManager}};
    m_managerId = Uuid7Generator::generate();
    m_managerUser = QStringLiteral("wm") + code;
    m_desks.clear();
    for (const auto &[name, role] : roles) {
        Desk desk{name + code, m_branch.openWorkstation(name)};
        QVERIFY(desk.store);
        QVERIFY(m_server.addAccount(desk.user, m_branchId, role, kPassword));
        // The manager whose book the customer is in, as the server's set-up gives every desk.
        QVERIFY(test::SyncBranchFixture::addToRoster(
                *desk.store, {m_managerId, m_branchId, m_managerUser, QStringLiteral("赵经理"),
                              QStringLiteral("wealth_manager"), PasswordHasher::hash(kPassword)}));
        QVERIFY(test::SyncBranchFixture::addToRoster(
                *desk.store, {m_headId, m_branchId, QStringLiteral("head") + code,
                              QStringLiteral("钱行长"), QStringLiteral("branch_head"),
                              PasswordHasher::hash(kPassword)}));
        m_desks.push_back(std::move(desk));
    }
}

void tst_SyncErasureRoles::cleanup()
{
    m_desks.clear();
    m_branch.endCase();
}

bool tst_SyncErasureRoles::syncAll(int rounds)
{
    for (int round = 0; round < rounds; ++round) {
        for (const Desk &desk : std::as_const(m_desks)) {
            const auto report = m_branch.sync(*desk.store, desk.user, kPassword, 10000);
            if (!report.ok) {
                qWarning("%s: sync failed: %s", qPrintable(desk.user), qPrintable(report.error));
                return false;
            }
        }
    }
    return true;
}

bool tst_SyncErasureRoles::syncInBatches(const Desk &desk, int pullBatch) const
{
    SyncEngine engine(*desk.store, m_server.url(), desk.user, kPassword);
    engine.timeoutMs = 10000;
    engine.pullBatchSize = pullBatch;
    const SyncReport report = engine.syncOnce();
    if (!report.ok)
        qWarning("%s: sync failed: %s", qPrintable(desk.user), qPrintable(report.error));
    return report.ok;
}

QStringList tst_SyncErasureRoles::opportunityOf(Store &store, const QString &id)
{
    return linesOf(store,
                   QStringLiteral("SELECT 'deleted=' || deleted || ' reason=' || reason_json "
                                  "FROM opportunity WHERE id = ?"),
                   {id});
}

QString tst_SyncErasureRoles::addCustomer(const QString &cif, const QString &name)
{
    return test::insertConsentingCustomer(*m_desks.front().store, m_branchId, m_managerId, cif,
                                          name, {{QStringLiteral("phone"),
                                                  QStringLiteral("13912345678")}});
}

QString tst_SyncErasureRoles::raiseOpportunity(Store &store, const QString &branchId,
                                               const QString &customerId, const QString &why)
{
    const QString id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    const QVariantMap fields{
            {QStringLiteral("branch_id"), branchId},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("rule_id"), QStringLiteral("desk-raised")},
            {QStringLiteral("event_id"), Uuid7Generator::generate()},
            {QStringLiteral("event_kind"), QStringLiteral("interaction")},
            {QStringLiteral("purpose"), QStringLiteral("service")},
            {QStringLiteral("kind"), QStringLiteral("follow_up")},
            {QStringLiteral("reason_json"),
             QJsonDocument(QJsonObject{{QStringLiteral("note"), why}}).toJson(QJsonDocument::Compact)},
            {QStringLiteral("origin"), QStringLiteral("desk")},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("occurred_at"), now},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("updated_at"), now}};
    return test::insertRecorded(store, QStringLiteral("opportunity"), id, fields) ? id : QString();
}

QStringList tst_SyncErasureRoles::leftInOutbox(Store &store)
{
    QStringList left;
    QSqlQuery outbox(store.database());
    outbox.exec(QStringLiteral("SELECT table_name, op, coalesce(refused_reason, 'not sent') "
                               "FROM sync_outbox WHERE pushed_at IS NULL OR refused_reason IS NOT NULL"));
    while (outbox.next())
        left << QStringLiteral("outbox %1 %2: %3")
                        .arg(outbox.value(0).toString(), outbox.value(1).toString(),
                             outbox.value(2).toString());
    QSqlQuery held(store.database());
    held.exec(QStringLiteral("SELECT table_name, reason FROM sync_held_change"));
    while (held.next())
        left << QStringLiteral("held %1: %2").arg(held.value(0).toString(),
                                                  held.value(1).toString());
    return left;
}

QStringList tst_SyncErasureRoles::leftOnAnyDesk() const
{
    QStringList left;
    for (const Desk &desk : m_desks) {
        for (const QString &line : leftInOutbox(*desk.store))
            left << desk.user + QLatin1String(": ") + line;
    }
    return left;
}

QStringList tst_SyncErasureRoles::linesOf(Store &store, const QString &sql,
                                          const QVariantList &values)
{
    QStringList lines;
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("no such tables")};
    while (query.next())
        lines << query.value(0).toString();
    return lines;
}

QStringList tst_SyncErasureRoles::rowsOf(Store &store, const QString &customerId)
{
    return linesOf(store,
                   QStringLiteral("SELECT 'opportunity ' || id || ' deleted=' || deleted || "
                                  "' reason=' || reason_json || ' status=' || status FROM "
                                  "opportunity WHERE customer_id = ? UNION ALL "
                                  "SELECT 'interaction ' || id || ' voice=' || customer_voice "
                                  "FROM interaction WHERE customer_id = ? ORDER BY 1"),
                   {customerId, customerId});
}

std::unique_ptr<Store> tst_SyncErasureRoles::freshDesk()
{
    // A new file each time: a case may ask for a fresh desk twice.
    auto fresh = m_branch.openWorkstation(QStringLiteral("fresh%1").arg(++m_fresh));
    if (!fresh
        || !test::SyncBranchFixture::addToRoster(*fresh, {m_managerId, m_branchId, m_managerUser,
                                                          QStringLiteral("赵经理"),
                                                          QStringLiteral("wealth_manager"),
                                                          PasswordHasher::hash(kPassword)}))
        return nullptr;
    for (int round = 0; round < 2; ++round) {
        if (!m_branch.sync(*fresh, m_desks.front().user, kPassword, 10000).ok)
            return nullptr;
    }
    return fresh;
}

QString tst_SyncErasureRoles::everywhereAs(const std::function<QStringList(Store &)> &rows,
                                           const QStringList &expected)
{
    if (const QStringList left = leftOnAnyDesk(); !left.isEmpty())
        return left.join(u'\n');
    for (const Desk &desk : std::as_const(m_desks)) {
        if (const QStringList found = rows(*desk.store); found != expected)
            return desk.user + QLatin1String(": ") + found.join(QStringLiteral("; "));
    }
    const auto fresh = freshDesk();
    if (!fresh)
        return QStringLiteral("the fresh desk's sync failed");
    const QStringList found = rows(*fresh);
    return found == expected ? QString()
                             : QLatin1String("fresh: ") + found.join(QStringLiteral("; "));
}

QString tst_SyncErasureRoles::onlyErasedOpportunityEverywhere(const QString &customer,
                                                             const QString &raised)
{
    return everywhereAs([&](Store &store) { return rowsOf(store, customer); },
                        {QStringLiteral("opportunity %1 deleted=1 reason={} status=open")
                                 .arg(raised)});
}

void tst_SyncErasureRoles::eraseThenWriteWithAClockAhead(const QString &customer,
                                                         const std::function<void(Store &)> &write)
{
    Store &head = *m_desks.at(0).store;
    Store &manager = *m_desks.at(1).store;
    QVERIFY(syncAll(1));
    {
        Transaction transaction(head.database());
        QVERIFY(CustomerDataSweep(head).erase(CustomerId(customer)));
        QVERIFY(transaction.commit());
    }
    QVERIFY(m_branch.sync(head, m_desks.at(0).user, kPassword, 10000).ok);
    constexpr qint64 kTwoHours = 2 * 3600 * 1000;
    ClockCorrection::skewForTesting(manager.nodeId(), kTwoHours);
    write(manager);
    ClockCorrection::skewForTesting(manager.nodeId(), 0);
    QVERIFY(syncAll(3));
}

void tst_SyncErasureRoles::setRetirementTag(Store &desk, const QString &customer,
                                            const QString &staffId)
{
    Transaction transaction(desk.database());
    QVERIFY(KycCustomerRecords(desk).replaceKycTags(
            CustomerId(customer),
            {KycTagRow{QStringLiteral("needs"), QStringLiteral("service_need"),
                       QStringLiteral("retirement"), QStringLiteral("kyc"), 80}},
            staffId));
    QVERIFY(transaction.commit());
}

Session tst_SyncErasureRoles::managerSession() const
{
    Session session;
    session.user = StaffUser{m_managerId, m_branchId, m_managerUser, QStringLiteral("赵经理"),
                             StaffRole::WealthManager, {}, true, 0, {}, {}};
    session.branch = Branch{m_branchId, QStringLiteral("3232"), QStringLiteral("3232"), {}, {}};
    return session;
}

Session tst_SyncErasureRoles::headSession() const
{
    Session session;
    session.user = StaffUser{m_headId, m_branchId, m_desks.front().user, QStringLiteral("钱行长"),
                             StaffRole::BranchHead, {}, true, 0, {}, {}};
    session.branch = Branch{m_branchId, QStringLiteral("3232"), QStringLiteral("3232"), {}, {}};
    return session;
}

void tst_SyncErasureRoles::recordConsentAndCallThenMoveAway(const QString &customer,
                                                            const QString &evidence,
                                                            const QString &words)
{
    Store &manager = *m_desks.at(1).store;
    QVERIFY_RESULT(ConsentService(manager, managerSession())
                           .record(CustomerId(customer), ConsentPurpose::MarketingSms, true,
                                   QStringLiteral("counter"), evidence));
    QVERIFY(test::insertRecorded(manager, QStringLiteral("interaction"),
                                 Uuid7Generator::generate(),
                                 {{QStringLiteral("customer_id"), customer},
                                  {QStringLiteral("staff_id"), m_managerId},
                                  {QStringLiteral("occurred_at"), SqlTime::now()},
                                  {QStringLiteral("channel"), QStringLiteral("phone")},
                                  {QStringLiteral("customer_voice"), words},
                                  {QStringLiteral("updated_at"), SqlTime::now()}}));
    QVERIFY(syncAll(1));
    QVERIFY_RESULT(CustomerTransferService(*m_desks.at(0).store, headSession())
                           .moveToBranch(CustomerId(customer), m_otherBranchId,
                                         QStringLiteral("客户迁居")));
    QVERIFY(syncAll(2));
}

Session tst_SyncErasureRoles::headSessionAt(const QString &branchId, const QString &user)
{
    Session session;
    session.user = StaffUser{Uuid7Generator::generate(), branchId, user, QStringLiteral("孙行长"),
                             StaffRole::BranchHead, {}, true, 0, {}, {}};
    session.branch = Branch{branchId, user.right(6), user.right(6), {}, {}};
    return session;
}

std::unique_ptr<Store> tst_SyncErasureRoles::otherBranchHeadDesk(const QString &name,
                                                                 const QString &branchId,
                                                                 const QString &user)
{
    auto desk = m_branch.openWorkstation(name);
    if (!desk || !m_server.addAccount(user, branchId, StaffRole::BranchHead, kPassword))
        return nullptr;
    for (int round = 0; round < 2; ++round) {
        if (!m_branch.sync(*desk, user, kPassword, 10000).ok)
            return nullptr;
    }
    return desk;
}

Store *tst_SyncErasureRoles::addDesk(const QString &name, StaffRole role)
{
    const QString code = QStringLiteral("3232%1").arg(m_case, 2, 10, QLatin1Char('0'));
    Desk desk{name + code, m_branch.openWorkstation(name)};
    if (!desk.store || !m_server.addAccount(desk.user, m_branchId, role, kPassword)
        || !test::SyncBranchFixture::addToRoster(
                *desk.store, {m_managerId, m_branchId, m_managerUser, QStringLiteral("赵经理"),
                              QStringLiteral("wealth_manager"), PasswordHasher::hash(kPassword)}))
        return nullptr;
    m_desks.push_back(std::move(desk));
    return m_desks.back().store.get();
}

QString tst_SyncErasureRoles::importedStaffOf(const Desk &desk, const QString &roleCode)
{
    const QString id = Uuid7Generator::generate();
    ServerStore server;
    if (!server.open(m_server.settings())
        || !DeskAccounts(server.database())
                    .registerImported(BranchId(m_branchId), m_desks.front().store->nodeId(),
                                      {{id, desk.user}}))
        return {};
    for (const Desk &each : std::as_const(m_desks)) {
        if (!test::SyncBranchFixture::addToRoster(
                    *each.store, {id, m_branchId, desk.user, desk.user, roleCode,
                                  PasswordHasher::hash(kPassword)}))
            return {};
    }
    return id;
}

QString tst_SyncErasureRoles::referWithStep(Store &desk, const QString &customer,
                                            const QString &reason, const QString &note,
                                            const QString &staffId)
{
    Transaction transaction(desk.database());
    ReferralRecord referral = test::lobbyReferral(m_branchId, customer, m_managerId, reason);
    ReferralRepository referrals(desk);
    if (!referrals.insert(referral)
        || !referrals.addTransition(referral.id, std::nullopt, ReferralState::Logged,
                                    staffId, referral.createdAt, note)
        || !transaction.commit())
        return {};
    return referral.id;
}

QStringList tst_SyncErasureRoles::erasedValuesAnywhere(const QStringList &values)
{
    QStringList found;
    const auto look = [&](Store &store, const QString &where) {
        found << test::FaultChecks::erasedValuesIn(store.database(), values, where);
        QSqlQuery notes(store.database());
        notes.exec(QStringLiteral("SELECT id, note FROM referral_transition"));
        while (notes.next()) {
            const QString note = notes.value(1).isNull()
                    ? QString()
                    : SensitiveColumns::open(store, notes.value(1));
            for (const QString &value : values) {
                if (note.contains(value))
                    found << QStringLiteral("%1: the step %2 holds \"%3\"")
                                     .arg(where, notes.value(0).toString(), value);
            }
        }
    };
    for (const Desk &desk : std::as_const(m_desks))
        look(*desk.store, desk.user);
    const auto fresh = freshDesk();
    if (!fresh)
        return {QStringLiteral("the fresh desk's sync failed")};
    look(*fresh, QStringLiteral("fresh"));
    {
        QSqlDatabase server = m_server.openDirect(QStringLiteral("erasure-roles-server"));
        found << test::FaultChecks::erasedValuesIn(server, values, QStringLiteral("server"));
        server.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("erasure-roles-server"));
    return found;
}

// Every row of the customer was on the head's desk when it erased them: the other desks have
// nothing of their own to send, whatever their role.
void tst_SyncErasureRoles::desksOfEveryRoleFollowAnErasureAndHoldNothingRefused()
{
    Store &head = *m_desks.at(0).store;
    Store &manager = *m_desks.at(1).store;
    const QString cif = QStringLiteral("C32320000001");
    const QString customer = addCustomer(cif, QStringLiteral("吴客户"));
    QVERIFY(!customer.isEmpty());
    const QString words = QStringLiteral("想把房子卖了换基金");
    QVERIFY(test::insertRecorded(head, QStringLiteral("interaction"), Uuid7Generator::generate(),
                                 {{QStringLiteral("customer_id"), customer},
                                  {QStringLiteral("occurred_at"), SqlTime::now()},
                                  {QStringLiteral("channel"), QStringLiteral("phone")},
                                  {QStringLiteral("customer_voice"), words},
                                  {QStringLiteral("updated_at"), SqlTime::now()}}));
    QVERIFY(!raiseOpportunity(head, m_branchId, customer, QStringLiteral("头说的")).isEmpty());
    QVERIFY(syncAll(1));
    QCOMPARE(test::postEvents(m_server,
                              QJsonArray{test::transferEvent(
                                      QStringLiteral("f32-out"), cif,
                                      QDateTime::currentDateTimeUtc().addSecs(-60))},
                              m_feedKey)
                     .status,
             200);
    QVERIFY(!raiseOpportunity(manager, m_branchId, customer, QStringLiteral("经理说的")).isEmpty());
    QVERIFY(syncAll(2));
    QCOMPARE(test::scalar(manager, QStringLiteral("SELECT count(*) FROM opportunity WHERE "
                                                  "customer_id = ? AND deleted = 0"),
                          {customer})
                     .toInt(),
             3);

    {
        Transaction transaction(head.database());
        const Result<int> erased = CustomerDataSweep(head).erase(CustomerId(customer));
        QVERIFY2(erased, qPrintable(erased.errorString()));
        QVERIFY(transaction.commit());
    }
    QVERIFY(syncAll(3));

    QVERIFY2(leftOnAnyDesk().isEmpty(), qPrintable(leftOnAnyDesk().join(u'\n')));
    for (const Desk &desk : std::as_const(m_desks)) {
        const QStringList rows = rowsOf(*desk.store, customer);
        QCOMPARE(rows.size(), 4);
        for (const QString &row : rows) {
            QVERIFY2(!row.contains(words), qPrintable(desk.user + QLatin1String(": ") + row));
            if (row.startsWith(QLatin1String("opportunity")))
                QVERIFY2(row.contains(QLatin1String("deleted=1 reason={}")),
                         qPrintable(desk.user + QLatin1String(": ") + row));
        }
        QCOMPARE(rows, rowsOf(head, customer));
    }
    const auto fresh = freshDesk();
    QVERIFY(fresh);
    QCOMPARE(leftInOutbox(*fresh), QStringList());
    QCOMPARE(rowsOf(*fresh, customer), rowsOf(head, customer));
}

// The wealth manager raises an opportunity and sends it; the head erases the customer before
// it pulled it. The manager's desk may not send its erasure: the head's desk, pulling the
// row stamped before the erasure, blanks and deletes it, and every desk ends with that.
void tst_SyncErasureRoles::anOpportunityTheEraserHadNotSeenIsErasedEverywhere()
{
    Store &head = *m_desks.at(0).store;
    Store &manager = *m_desks.at(1).store;
    const QString customer = addCustomer(QStringLiteral("C32320000002"), QStringLiteral("郑客户"));
    QVERIFY(!customer.isEmpty());
    QVERIFY(syncAll(1));
    const QString raised = raiseOpportunity(manager, m_branchId, customer,
                                            QStringLiteral("经理先说的"));
    QVERIFY(!raised.isEmpty());
    QVERIFY(m_branch.sync(manager, m_desks.at(1).user, kPassword, 10000).ok);
    QTest::qWait(5); // the erasure is stamped after the manager's opportunity
    {
        Transaction transaction(head.database());
        QVERIFY(CustomerDataSweep(head).erase(CustomerId(customer)));
        QVERIFY(transaction.commit());
    }
    // The manager's desk pulls the erasure before the head's desk pulls the opportunity.
    QVERIFY(m_branch.sync(head, m_desks.at(0).user, kPassword, 10000).ok);
    QVERIFY(syncAll(3));
    const QString problem = onlyErasedOpportunityEverywhere(customer, raised);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// F32's remaining gap (RELIABILITY.md): the head erases the customer; the wealth manager's
// desk, its clock two hours ahead and the erasure not yet pulled, raises an opportunity,
// stamped after the erasure. The manager's desk may not send the opportunity's erasure and
// every copy took the row for one written knowing of the erasure: it stayed, unblanked and
// live, everywhere. A desk that may send it (the head's) blanks and deletes it on arrival.
void tst_SyncErasureRoles::anOpportunityRaisedAfterTheErasureByAClockAheadIsErasedEverywhere()
{
    const QString customer = addCustomer(QStringLiteral("C32320000003"), QStringLiteral("钱客户"));
    QVERIFY(!customer.isEmpty());
    QString raised;
    eraseThenWriteWithAClockAhead(customer, [&](Store &manager) {
        raised = raiseOpportunity(manager, m_branchId, customer,
                                  QStringLiteral("钟快的经理说的"));
    });
    QVERIFY(!raised.isEmpty());
    const QString problem = onlyErasedOpportunityEverywhere(customer, raised);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Nor does the server's log keep the reason (LogErasure: a later entry's value wins).
    QSqlDatabase direct = m_server.openDirect(QStringLiteral("roles-check"));
    const QStringList inLog = test::FaultChecks::erasedValuesIn(
            direct, {QStringLiteral("钟快的经理说的")}, QStringLiteral("server"));
    direct.close();
    QSqlDatabase::removeDatabase(QStringLiteral("roles-check"));
    QVERIFY2(inLog.isEmpty(), qPrintable(inLog.join(u'\n')));
}

// F32's gap for a tag (RELIABILITY.md): as the opportunity above, but the manager's KYC
// interview derives a tag for the erased customer. Unlike an opportunity's, a tag's delete
// is the manager's to send: its desk deletes the tag when it pulls the erasure, and every
// copy ends so (this held before the gap was closed for tags too; it must go on holding
// now that a head's desk deletes such a tag on arrival as well).
void tst_SyncErasureRoles::aTagSetAfterTheErasureByAClockAheadIsErasedEverywhere()
{
    const QString customer = addCustomer(QStringLiteral("C32320000004"), QStringLiteral("孙客户"));
    QVERIFY(!customer.isEmpty());
    eraseThenWriteWithAClockAhead(customer, [&](Store &manager) {
        setRetirementTag(manager, customer, m_managerId);
    });
    const auto tags = [&](Store &store) {
        return linesOf(store,
                                QStringLiteral("SELECT 'customer_tag deleted=' || deleted FROM "
                                               "customer_tag WHERE customer_id = ?"),
                                {customer});
    };
    const QString problem = everywhereAs(tags, {QStringLiteral("customer_tag deleted=1")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// F32's gap for a consent record: the manager's desk, clock ahead, records a grant for the
// erased customer (its evidence a form number). It must end tombstoned and blanked on every
// copy, and the customer's consent flag as the erasure left it, also on the manager's desk
// (as for the tag above, the manager's desk erases it itself when it pulls the erasure).
void tst_SyncErasureRoles::aConsentRecordedAfterTheErasureByAClockAheadIsErasedEverywhere()
{
    const QString customer = addCustomer(QStringLiteral("C32320000005"), QStringLiteral("李客户"));
    QVERIFY(!customer.isEmpty());
    const QString evidence = QStringLiteral("钟快的同意书-0005");
    const Session session = managerSession();
    eraseThenWriteWithAClockAhead(customer, [&](Store &manager) {
        const Result<> recorded = ConsentService(manager, session)
                                          .record(CustomerId(customer),
                                                  ConsentPurpose::MarketingSms, true,
                                                  QStringLiteral("counter"), evidence);
        QVERIFY2(recorded, qPrintable(recorded.errorString()));
    });
    const auto consents = [&](Store &store) {
        return linesOf(
                store,
                QStringLiteral("SELECT 'consent_record deleted=' || deleted || ' evidence=' || "
                               "evidence FROM consent_record WHERE customer_id = ? UNION ALL "
                               "SELECT 'marketing_consent=' || marketing_consent FROM customer "
                               "WHERE id = ? ORDER BY 1"),
                {customer, customer});
    };
    const QString problem = everywhereAs(consents,
                                         {QStringLiteral("consent_record deleted=1 evidence="),
                                          QStringLiteral("marketing_consent=0")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QSqlDatabase direct = m_server.openDirect(QStringLiteral("roles-check"));
    const QStringList inLog
            = test::FaultChecks::erasedValuesIn(direct, {evidence}, QStringLiteral("server"));
    direct.close();
    QSqlDatabase::removeDatabase(QStringLiteral("roles-check"));
    QVERIFY2(inLog.isEmpty(), qPrintable(inLog.join(u'\n')));
}

// As the consent above, for a contact: the manager's desk, clock ahead, logs a call on the
// erased customer with what the customer said. Its blanking, sent once the desk pulls the
// erasure, carries void_reason = '' with the other notes; the server took a void_reason
// without a void only from roles that may erase, so it refused the wealth manager's blanking
// and kept the late words in its log.
void tst_SyncErasureRoles::aContactLoggedAfterTheErasureByAClockAheadIsBlankedEverywhere()
{
    const QString customer = addCustomer(QStringLiteral("C32320000006"), QStringLiteral("周客户"));
    QVERIFY(!customer.isEmpty());
    const QString words = QStringLiteral("钟快的经理记下的话");
    const QString contact = Uuid7Generator::generate();
    eraseThenWriteWithAClockAhead(customer, [&](Store &manager) {
        QVERIFY(test::insertRecorded(manager, QStringLiteral("interaction"), contact,
                                     {{QStringLiteral("customer_id"), customer},
                                      {QStringLiteral("staff_id"), m_managerId},
                                      {QStringLiteral("occurred_at"), SqlTime::now()},
                                      {QStringLiteral("channel"), QStringLiteral("phone")},
                                      {QStringLiteral("customer_voice"), words},
                                      {QStringLiteral("updated_at"), SqlTime::now()}}));
    });
    const auto contacts = [&](Store &store) {
        return linesOf(store,
                       QStringLiteral("SELECT 'interaction voice=' || customer_voice FROM "
                                      "interaction WHERE customer_id = ?"),
                       {customer});
    };
    const QString problem = everywhereAs(contacts, {QStringLiteral("interaction voice=")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QSqlDatabase direct = m_server.openDirect(QStringLiteral("roles-check"));
    const QStringList inLog
            = test::FaultChecks::erasedValuesIn(direct, {words}, QStringLiteral("server"));
    direct.close();
    QSqlDatabase::removeDatabase(QStringLiteral("roles-check"));
    QVERIFY2(inLog.isEmpty(), qPrintable(inLog.join(u'\n')));
}

// The fault run's split (SQLite 1301, CI kinds: three KYC tags' set_by differing between A
// and B). The head erases the customer, not yet sent; the wealth manager's interview, then
// the lobby's, derive the same tag (one row: its id names customer and tag), neither having
// pulled the erasure. The lobby's change reaches the server before the erasure, the
// manager's after it. The server's log took, in every entry filed before the erasure, all
// fields of the first entry after it (LogErasure): the lobby's entry said the manager set
// the tag, while the lobby's desk, whose change is the latest, kept its own. Every copy
// must end with the same row.
void tst_SyncErasureRoles::aTagSetOnTwoDesksAroundTheErasureKeepsOneSetterEverywhere()
{
    Store &head = *m_desks.at(0).store;
    Store &manager = *m_desks.at(1).store;
    Store &lobby = *m_desks.at(3).store;
    const QString customer = addCustomer(QStringLiteral("C32320000006"), QStringLiteral("周客户"));
    QVERIFY(!customer.isEmpty());
    QVERIFY(syncAll(1));
    {
        Transaction transaction(head.database());
        QVERIFY(CustomerDataSweep(head).erase(CustomerId(customer)));
        QVERIFY(transaction.commit());
    }
    QTest::qWait(5); // each desk's stamp after the last one's
    setRetirementTag(manager, customer, m_managerId);
    QTest::qWait(5);
    setRetirementTag(lobby, customer, QString());
    QVERIFY(m_branch.sync(lobby, m_desks.at(3).user, kPassword, 10000).ok);
    QVERIFY(m_branch.sync(head, m_desks.at(0).user, kPassword, 10000).ok);
    QVERIFY(m_branch.sync(manager, m_desks.at(1).user, kPassword, 10000).ok);
    QVERIFY(syncAll(3));
    const auto tags = [&](Store &store) {
        return linesOf(store,
                       QStringLiteral("SELECT 'customer_tag set_by=' || coalesce(set_by, 'none') "
                                      "FROM customer_tag WHERE customer_id = ?"),
                       {customer});
    };
    const QString problem = everywhereAs(tags, {QStringLiteral("customer_tag set_by=none")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// F37 (RELIABILITY.md): the head moves a customer to another branch; the lobby manager's
// desk, not knowing, refers them and writes the referral's first step with a note. The
// referral stays at this branch without its link (F24). A second head's desk, not knowing
// of the move either, erases the customer. Before: the referral's reason was blanked
// everywhere (F36) but its step's note stayed on every desk, a fresh one, and in the
// server's log, because nothing names the customer in a step of a referral that stayed.
void tst_SyncErasureRoles::aStayedReferralsStepsAreBlankEverywhereOnceTheCustomerIsErased()
{
    Store &head = *m_desks.at(0).store;
    Store &lobby = *m_desks.at(3).store;
    const QString customer = addCustomer(QStringLiteral("C32320000037"), QStringLiteral("冯客户"));
    QVERIFY(!customer.isEmpty());
    Store *otherHead = addDesk(QStringLiteral("head2"), StaffRole::BranchHead);
    QVERIFY(otherHead);
    // The step is the lobby manager's own: the server refuses one in another's name.
    const QString lobbyId = importedStaffOf(m_desks.at(3), QStringLiteral("lobby_manager"));
    QVERIFY(!lobbyId.isEmpty());
    QVERIFY(syncAll(1));
    QVERIFY_RESULT(CustomerTransferService(head, headSession())
                           .moveToBranch(CustomerId(customer), m_otherBranchId, QStringLiteral("客户迁居")));
    QVERIFY(m_branch.sync(head, m_desks.at(0).user, kPassword, 10000).ok);
    const QString reason = QStringLiteral("想买养老年金F37");
    const QString note = QStringLiteral("客户说儿子在外地F37");
    QVERIFY(!referWithStep(lobby, customer, reason, note, lobbyId).isEmpty());
    QVERIFY(m_branch.sync(lobby, m_desks.at(3).user, kPassword, 10000).ok);
    {
        Transaction transaction(otherHead->database());
        QVERIFY(CustomerDataSweep(*otherHead).erase(CustomerId(customer)));
        QVERIFY(transaction.commit());
    }
    // The lobby's desk blanks what it wrote once the erasure reaches it (the second round)
    // and sends that in the third; the desks before it in the round take it in the fourth.
    QVERIFY(syncAll(4));
    QVERIFY2(leftOnAnyDesk().isEmpty(), qPrintable(leftOnAnyDesk().join(u'\n')));
    const QStringList found = erasedValuesAnywhere({reason, note});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// F38 (RELIABILITY.md): the wealth manager's desk records a consent (its evidence) and a
// call (what the customer said); the head moves the customer to the other branch, whose
// head's desk then erases them. The erasure is filed in the new branch's log only: before,
// the old branch's log kept the consent's evidence and the call's words, the manager's
// outbox the payloads it had sent, and a fresh desk of the old branch took them from the
// log. The server now files a notice of the erasure in the old branch's log.
void tst_SyncErasureRoles::aCustomerMovedAwayAndErasedThereLeavesNothingAtTheOldBranch()
{
    const QString name = QStringLiteral("褚客户F38");
    const QString customer = addCustomer(QStringLiteral("C32320000038"), name);
    QVERIFY(!customer.isEmpty());
    QVERIFY(syncAll(1));
    const QString evidence = QStringLiteral("柜面同意书-F38-0001");
    const QString words = QStringLiteral("想给孙子存教育金F38");
    recordConsentAndCallThenMoveAway(customer, evidence, words);
    if (QTest::currentTestFailed())
        return;

    // The new branch's head: their desk takes the customer, erases them and sends it.
    const QString otherUser = QStringLiteral("newhead3233%1").arg(m_case, 2, 10, QLatin1Char('0'));
    QVERIFY(m_server.addAccount(otherUser, m_otherBranchId, StaffRole::BranchHead, kPassword));
    auto newDesk = m_branch.openWorkstation(QStringLiteral("newhead"));
    QVERIFY(newDesk);
    for (int round = 0; round < 2; ++round)
        QVERIFY(m_branch.sync(*newDesk, otherUser, kPassword, 10000).ok);
    QCOMPARE(test::scalar(*newDesk, QStringLiteral("SELECT count(*) FROM customer WHERE id = ? "
                                                   "AND deleted = 0"),
                          {customer})
                     .toInt(),
             1);
    {
        Transaction transaction(newDesk->database());
        QVERIFY(CustomerDataSweep(*newDesk).erase(CustomerId(customer)));
        QVERIFY(transaction.commit());
    }
    QVERIFY(m_branch.sync(*newDesk, otherUser, kPassword, 10000).ok);
    QVERIFY(syncAll(2));

    QVERIFY2(leftOnAnyDesk().isEmpty(), qPrintable(leftOnAnyDesk().join(u'\n')));
    QStringList found = erasedValuesAnywhere({name, evidence, words});
    found << test::FaultChecks::erasedValuesIn(newDesk->database(), {name, evidence, words},
                                               QStringLiteral("the new branch's desk"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// Issue 13 (RELIABILITY.md F39): the head moves the customer A -> B; one head's desk at B
// moves them on to C. Then either another head's desk at B, which took the customer before
// and has not seen that move, erases them (the erasure follows the customer to C and is
// echoed in B's log), or a head's desk at C does. Before, the server filed notices only for
// erasures filed in the pusher's own batch, so in the first case branch A heard nothing; and
// the notices to A and B shared one change id, which is unique server-wide, so in the second
// only one of them got it. A's log kept the consent's evidence and the call's words, the
// wealth manager's outbox the payloads it had sent (or B's desks the customer). Now every
// branch that ever held the customer gets its notice, and the server's log records each.
void tst_SyncErasureRoles::aCustomerMovedTwiceAndErasedLeavesNothingAnywhere_data()
{
    QTest::addColumn<bool>("atTheNewBranch");
    QTest::newRow("at B, the move to C not seen") << false;
    QTest::newRow("at C") << true;
}

void tst_SyncErasureRoles::aCustomerMovedTwiceAndErasedLeavesNothingAnywhere()
{
    QFETCH(bool, atTheNewBranch);
    const QString name = QStringLiteral("卫客户F39");
    const QString customer = addCustomer(QStringLiteral("C32320000039"), name);
    QVERIFY(!customer.isEmpty());
    const QString third = m_branch.addBranch(QStringLiteral("3234%1").arg(m_case, 2, 10,
                                                                          QLatin1Char('0')));
    QVERIFY(!third.isEmpty());
    QVERIFY(syncAll(1));
    const QString evidence = QStringLiteral("柜面同意书-F39-0001");
    const QString words = QStringLiteral("想把定期转到新家附近F39");
    recordConsentAndCallThenMoveAway(customer, evidence, words);
    if (QTest::currentTestFailed())
        return;

    // Branch B: two heads' desks take the customer; one moves them on to C.
    const QString suffix = QStringLiteral("3233%1").arg(m_case, 2, 10, QLatin1Char('0'));
    const QString mover = QStringLiteral("bmover") + suffix;
    const QString eraser = QStringLiteral("beraser") + suffix;
    auto moverDesk = otherBranchHeadDesk(QStringLiteral("bmover"), m_otherBranchId, mover);
    auto eraserDesk = otherBranchHeadDesk(QStringLiteral("beraser"), m_otherBranchId, eraser);
    QVERIFY(moverDesk && eraserDesk);
    QCOMPARE(test::scalar(*eraserDesk, QStringLiteral("SELECT count(*) FROM customer WHERE "
                                                      "id = ? AND deleted = 0"),
                          {customer})
                     .toInt(),
             1);
    QVERIFY_RESULT(CustomerTransferService(*moverDesk, headSessionAt(m_otherBranchId, mover))
                           .moveToBranch(CustomerId(customer), third, QStringLiteral("又迁居")));
    QVERIFY(m_branch.sync(*moverDesk, mover, kPassword, 10000).ok);
    const QString newHead = QStringLiteral("chead") + suffix;
    std::unique_ptr<Store> newDesk;
    if (atTheNewBranch) {
        newDesk = otherBranchHeadDesk(QStringLiteral("chead"), third, newHead);
        QVERIFY(newDesk);
        QVERIFY_RESULT(test::eraseAtDesk(*newDesk, customer));
        QVERIFY(m_branch.sync(*newDesk, newHead, kPassword, 10000).ok);
    } else {
        // The eraser has not pulled the move to C.
        QVERIFY_RESULT(test::eraseAtDesk(*eraserDesk, customer));
        QVERIFY(m_branch.sync(*eraserDesk, eraser, kPassword, 10000).ok);
    }
    QVERIFY(syncAll(2));
    for (int round = 0; round < 2; ++round) {
        QVERIFY(m_branch.sync(*moverDesk, mover, kPassword, 10000).ok);
        QVERIFY(m_branch.sync(*eraserDesk, eraser, kPassword, 10000).ok);
    }

    QVERIFY2(leftOnAnyDesk().isEmpty(), qPrintable(leftOnAnyDesk().join(u'\n')));
    const QStringList values{name, evidence, words};
    QStringList found = erasedValuesAnywhere(values);
    found << test::FaultChecks::erasedValuesIn(moverDesk->database(), values,
                                               QStringLiteral("B's moving desk"))
          << test::FaultChecks::erasedValuesIn(eraserDesk->database(), values,
                                               QStringLiteral("B's other desk"));
    if (newDesk)
        found << test::FaultChecks::erasedValuesIn(newDesk->database(), values,
                                                   QStringLiteral("C's desk"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    // The server's log says branch A was told, and of which customer.
    QFile log(m_files.filePath(QStringLiteral("server.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().split('\n');
    const auto told = [&](const QString &branch) {
        return std::any_of(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
            return line.contains("\"erasure_notice_filed\"") && line.contains(customer.toUtf8())
                    && line.contains(branch.toUtf8());
        });
    };
    QVERIFY2(told(m_branchId), "no erasure_notice_filed for branch A in the server's log");
    if (atTheNewBranch)
        QVERIFY2(told(m_otherBranchId), "no erasure_notice_filed for branch B in the server's log");
}

// Issue 13, RELIABILITY.md F41 (the window F40 left open): the head erases; the wealth
// manager's desk, its clock two hours ahead and the erasure not yet pulled, raises an
// opportunity stamped after it. The manager's desk may not send an opportunity's erasure
// (F32); before, the row stayed live at every desk, with its reason at the manager's, in the
// server's log and at a fresh desk, until the eraser's desk had synced twice. The server now
// erases it itself when it takes it: after one round of the manager's desk and one of each
// other desk, it is deleted and blank everywhere, the server's store and a fresh desk
// included, nothing is left to send, and the server's log names the row it erased.
void tst_SyncErasureRoles::anOpportunityRaisedAfterTheErasureIsGoneAfterOneRound()
{
    Store &head = *m_desks.at(0).store;
    Store &manager = *m_desks.at(1).store;
    const QString customer = addCustomer(QStringLiteral("C32320000040"), QStringLiteral("蒋客户"));
    QVERIFY(!customer.isEmpty());
    QVERIFY(syncAll(1));
    QVERIFY_RESULT(test::eraseAtDesk(head, customer));
    QVERIFY(syncInBatches(m_desks.at(0), 1000));
    const QString reason = QStringLiteral("时钟超前的商机F40");
    constexpr qint64 kTwoHours = 2 * 3600 * 1000;
    ClockCorrection::skewForTesting(manager.nodeId(), kTwoHours);
    const QString raised = raiseOpportunity(manager, m_branchId, customer, reason);
    ClockCorrection::skewForTesting(manager.nodeId(), 0);
    QVERIFY(!raised.isEmpty());
    QVERIFY(syncInBatches(m_desks.at(1), 1000));
    for (std::size_t i = 0; i < m_desks.size(); ++i) {
        if (i != 1)
            QVERIFY(syncInBatches(m_desks.at(i), 1000));
    }
    const QString differs = everywhereAs([&](Store &store) { return opportunityOf(store, raised); },
                                         {QStringLiteral("deleted=1 reason={}")});
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    const QStringList found = erasedValuesAnywhere({reason});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QFile log(m_files.filePath(QStringLiteral("server.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().split('\n');
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&](const QByteArray &line) {
                             return line.contains("\"late_row_erasure_filed\"")
                                     && line.contains(raised.toUtf8())
                                     && !line.contains(reason.toUtf8());
                         }),
             "no late_row_erasure_filed for the opportunity in the server's log");
}

// Issue 13, "a second eraser's blanking and delete can split across batches" (RELIABILITY.md
// F40's note): two heads' desks erase the same customer, each not knowing of the other's;
// the later eraser sends first. Every other desk pulls one change a batch, so each eraser's
// blanking of the opportunity and its delete arrive in different batches, the other
// eraser's erasure between or before them. Whatever a desk makes of a blanking whose delete
// has not come yet (the eraser's own: left for its delete; another's: blanked and deleted
// here and recorded), every desk, a fresh one and the server end with the opportunity
// deleted and blank, nothing left to send, and no erased value anywhere.
void tst_SyncErasureRoles::twoDesksErasingOneCustomerEndAlikeWhateverTheBatches()
{
    Store &head = *m_desks.at(0).store;
    const QString name = QStringLiteral("韩客户F40");
    const QString customer = addCustomer(QStringLiteral("C32320000041"), name);
    QVERIFY(!customer.isEmpty());
    const QString reason = QStringLiteral("两次删除之间的商机F40");
    const QString raised = raiseOpportunity(head, m_branchId, customer, reason);
    QVERIFY(!raised.isEmpty());
    Store *second = addDesk(QStringLiteral("head2"), StaffRole::BranchHead);
    QVERIFY(second);
    QVERIFY(syncAll(1));
    QCOMPARE(opportunityOf(*second, raised), QStringList{QStringLiteral("deleted=0 reason=")
                                                                 + QJsonDocument(QJsonObject{
                                                                         {QStringLiteral("note"),
                                                                          reason}})
                                                                           .toJson(QJsonDocument::Compact)});
    QVERIFY_RESULT(test::eraseAtDesk(head, customer));
    QTest::qWait(5); // the second erasure's stamp comes after the first's
    QVERIFY_RESULT(test::eraseAtDesk(*second, customer));
    QVERIFY(syncInBatches(m_desks.back(), 1));
    QVERIFY(syncInBatches(m_desks.front(), 1));
    for (int round = 0; round < 3; ++round) {
        for (const Desk &desk : std::as_const(m_desks))
            QVERIFY(syncInBatches(desk, 1));
    }
    const QString differs = everywhereAs([&](Store &store) { return opportunityOf(store, raised); },
                                         {QStringLiteral("deleted=1 reason={}")});
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    const QStringList found = erasedValuesAnywhere({name, reason});
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

// Issue 13 (a reviewer, F41): the server erased a row pushed for a customer its log holds
// erased, taking the customer from the push. A wealth manager (who may not delete an
// opportunity) sent another customer's live opportunity as one raised new (base 0, origin
// desk) naming the erased customer: the server filed its blanking and delete, and every desk
// deleted it. A row keeps its customer: the push is refused, and the row stays live.
void tst_SyncErasureRoles::aRaisedOpportunityNamingAnErasedCustomerErasesNoOtherCustomersRow()
{
    Store &head = *m_desks.at(0).store;
    Store &manager = *m_desks.at(1).store;
    const QString kept = addCustomer(QStringLiteral("C32320000050"), QStringLiteral("冯客户"));
    const QString erased = addCustomer(QStringLiteral("C32320000051"), QStringLiteral("陈客户"));
    QVERIFY(!kept.isEmpty() && !erased.isEmpty());
    const QString opportunity = raiseOpportunity(head, m_branchId, kept,
                                                 QStringLiteral("冯客户的商机"));
    QVERIFY(!opportunity.isEmpty());
    QVERIFY(syncAll(1));
    QVERIFY_RESULT(test::eraseAtDesk(head, erased));
    QVERIFY(syncInBatches(m_desks.at(0), 1000));

    // The manager's client sends an opportunity of its own under the live one's id.
    QVERIFY(!raiseOpportunity(manager, m_branchId, kept, QStringLiteral("伪造")).isEmpty());
    const Result<QList<SyncChange>> waiting = Outbox(manager).waiting(10);
    QVERIFY(waiting && waiting->size() == 1);
    QSqlQuery dropped(manager.database());
    QVERIFY(dropped.exec(QStringLiteral("DELETE FROM sync_outbox WHERE pushed_at IS NULL")));
    SyncChange forged = waiting->first();
    QCOMPARE(forged.baseVersion, 0);
    forged.rowId = opportunity;
    forged.fields.insert(QStringLiteral("customer_id"), erased);
    const QByteArray token = m_server.signIn(m_desks.at(1).user, kPassword, manager.nodeId());
    QVERIFY(!token.isEmpty());
    const QJsonObject body{{QStringLiteral("protocol"), SyncProtocol::kVersion},
                           {QStringLiteral("changes"), QJsonArray{forged.toJson()}}};
    const auto answer = m_server.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                         QJsonDocument(body).toJson(), token);
    QCOMPARE(answer.status, 200);

    // The teller's desk pulls first, then the head's (which erases on arrival a row it
    // pulls for a customer it holds erased), then the teller's again.
    for (const std::size_t desk : {std::size_t(2), std::size_t(0), std::size_t(2)})
        QVERIFY(syncInBatches(m_desks.at(desk), 1000));
    const QStringList live{QStringLiteral("deleted=0 reason={\"note\":\"冯客户的商机\"}")};
    QCOMPARE(opportunityOf(*m_desks.at(2).store, opportunity), live);
    QCOMPARE(opportunityOf(head, opportunity), live);
    const QJsonObject result = answer.body.value(QStringLiteral("results")).toArray().first()
                                       .toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    QCOMPARE(result.value(QStringLiteral("reason")).toString(),
             QStringLiteral("customer_id differs from the row's: a row keeps its customer"));
}

QTEST_GUILESS_MAIN(tst_SyncErasureRoles)
#include "tst_sync_erasure_roles.moc"
