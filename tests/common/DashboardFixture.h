#pragma once

// A small hand-made branch for the dashboard tests: the SmallBranch of SmallBranchFixture.h
// plus a second wealth manager ("wealth2", 孙理财) with his own book, a deleted customer,
// a customer of another branch, AUM snapshots, referrals, call lists and KYC. Every number
// the tests expect is written next to the rows that make it.
#include "SmallBranchFixture.h"
#include "TestSql.h"

#include "app/services/kyc/KycQuestionBank.h"

#include <QSqlError>

namespace bd::test {

constexpr qint64 kAumUnitFen = 100000000; // 100万元 in fen

struct DashboardBranch
{
    SmallBranch small;
    QString wealthId;
    QString wealth2Id;
    QString headId;
    QString kycQuestionId; // answered in c1's KYC file
    QString kycQuestionCell;
};

inline QString staffId(Store &store, const QString &username)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM staff_user WHERE username = ?"));
    query.addBindValue(username);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// Dates are relative to `today`, so the figures are the same whichever day the tests run.
inline DashboardBranch makeDashboardBranch(Store &store, const QDate &today)
{
    const auto month = [&](int back) { return today.addMonths(-back).toString(QStringLiteral("yyyy-MM")); };
    const auto day = [&](int back) { return today.addDays(-back).toString(Qt::ISODate); };
    const auto at = [&](int back) { return day(back) + QStringLiteral("T02:00:00Z"); };
    DashboardBranch b;
    b.small = makeSmallBranch(store);
    UserAdministration setup(store, nullptr);
    (void)setup.addUser(QStringLiteral("wealth2"), QStringLiteral("孙理财"), StaffRole::WealthManager,
                        kPassword, b.small.branchId);
    b.wealthId = staffId(store, QStringLiteral("wealth"));
    b.wealth2Id = staffId(store, QStringLiteral("wealth2"));
    b.headId = staffId(store, QStringLiteral("head"));
    const QString branch = b.small.branchId;
    const QString c1 = b.small.customerId;      // gold, wealth, maturity
    const QString c2 = b.small.otherCustomerId; // ordinary, wealth, development
    const QString c3 = QStringLiteral("01907c2a-3333-7000-8000-000000000003"); // silver, wealth2
    const QString c4 = QStringLiteral("01907c2a-3333-7000-8000-000000000004"); // diamond, wealth2
    const QString c5 = QStringLiteral("01907c2a-3333-7000-8000-000000000005"); // deleted
    const QString c6 = QStringLiteral("01907c2a-3333-7000-8000-000000000006"); // other branch
    const QString otherBranch = QStringLiteral("01907c2a-0000-7000-8000-0000000000b2");

    exec(store, QStringLiteral("INSERT INTO branch(id, code, name, city, address, created_at, "
                               "updated_at) VALUES (?, '310102', '上海南京路支行', '上海', '', "
                               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
         {otherBranch});
    addCustomer(store, c3, branch, QStringLiteral("C31010000003"), QStringLiteral("王五"),
                QStringLiteral("110101198001010037"), QStringLiteral("13800138003"), 6000000,
                QStringLiteral("silver"), b.wealth2Id);
    addCustomer(store, c4, branch, QStringLiteral("C31010000004"), QStringLiteral("赵六"),
                QStringLiteral("110101198001010053"), QStringLiteral("13800138004"), 700000000,
                QStringLiteral("diamond"), b.wealth2Id);
    addCustomer(store, c5, branch, QStringLiteral("C31010000005"), QStringLiteral("钱七"),
                QStringLiteral("110101198001010070"), QStringLiteral("13800138005"), 60000000,
                QStringLiteral("gold"), b.wealthId);
    addCustomer(store, c6, otherBranch, QStringLiteral("C31010000006"), QStringLiteral("孙八"),
                QStringLiteral("110101198001010096"), QStringLiteral("13800138006"), 100,
                QStringLiteral("ordinary"), b.wealthId);
    // No manager for the deleted customer and the other branch's one.
    exec(store, QStringLiteral("UPDATE customer SET manager_id = NULL WHERE id IN (?, ?)"), {c5, c6});
    exec(store, QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"), {c5});
    // Lifecycle: c1 maturity, c2 development (default), c3 growth, c4 decline.
    exec(store, QStringLiteral("UPDATE customer SET lifecycle_stage = 'maturity' WHERE id = ?"), {c1});
    exec(store, QStringLiteral("UPDATE customer SET lifecycle_stage = 'growth' WHERE id = ?"), {c3});
    exec(store, QStringLiteral("UPDATE customer SET lifecycle_stage = 'decline' WHERE id = ?"), {c4});

    // AUM month-ends in units of kAumUnitFen (100万元), months back from today: branch
    // -3: 100, -2: 200, -1: 300 + 50; wealth2 -1: 50. Not counted: the current month, the
    // deleted c5, c6 of the other branch.
    const struct { QString customer; int back; qint64 fen; } snapshots[] = {
            {c1, 3, 100}, {c1, 2, 200}, {c1, 1, 300}, {c1, 0, 5000}, {c3, 1, 50},
            {c5, 1, 999}, {c6, 1, 777}};
    for (const auto &s : snapshots)
        exec(store, QStringLiteral("INSERT INTO aum_snapshot(customer_id, month, aum_fen) "
                                   "VALUES (?, ?, ?)"),
             {s.customer, month(s.back), s.fen * kAumUnitFen});

    // Referrals of the last 90 days: r1 logged (wealth), r2 accepted (wealth), r3 converted
    // 10,000.00 (wealth2), r4 declined after being accepted (wealth2), r5 expired (wealth);
    // r6 converted 300 days ago: outside the period.
    const struct { const char *id; const char *status; QString to; int back;
                   QVariant convertedFen; } referrals[] = {
            {"r1", "logged", b.wealthId, 22, QVariant()},
            {"r2", "accepted", b.wealthId, 21, QVariant()},
            {"r3", "converted", b.wealth2Id, 20, QVariant(1000000)},
            {"r4", "declined", b.wealth2Id, 19, QVariant()},
            {"r5", "expired", b.wealthId, 18, QVariant()},
            {"r6", "converted", b.wealthId, 300, QVariant(500)}};
    const QString lobby = staffId(store, QStringLiteral("lobby"));
    for (const auto &r : referrals)
        exec(store, QStringLiteral("INSERT INTO referral(id, branch_id, customer_id, form, source, "
                                   "referred_by, referred_to, status, created_at, updated_at, "
                                   "converted_fen) VALUES (?, ?, ?, 'referral', 'lobby', ?, ?, ?, "
                                   "?, ?, ?)"),
             {QString::fromLatin1(r.id), branch, c2, lobby, r.to, QString::fromLatin1(r.status),
              at(r.back), at(r.back), r.convertedFen});
    exec(store, QStringLiteral("INSERT INTO referral_transition(id, referral_id, from_status, "
                               "to_status, staff_id, at, updated_at) VALUES ('t4', 'r4', "
                               "'logged', 'accepted', ?, ?, ?)"),
         {b.wealth2Id, at(19), at(19)});

    // Call lists: L1 (wealth, from 21 days ago): interested 1, refused 1. L2 (wealth2, from
    // 14 days ago): appointment 1, not called 1, done without outcome 1. L3 deleted.
    const struct { const char *id; const char *name; QString to; int back;
                   int deleted; } lists[] = {
            {"L1", "本月到期客户", b.wealthId, 21, 0},
            {"L2", "临界升级客户第二批", b.wealth2Id, 14, 0},
            {"L3", "作废名单", b.wealthId, 7, 1}};
    for (const auto &l : lists)
        exec(store, QStringLiteral("INSERT INTO call_list(id, branch_id, name, created_by, "
                                   "assigned_to, starts_on, ends_on, created_at, updated_at, "
                                   "deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {QString::fromLatin1(l.id), branch, QString::fromUtf8(l.name), b.headId, l.to,
              day(l.back), day(l.back - 7), at(l.back), at(l.back), l.deleted});
    const struct { const char *id; const char *list; QString customer; const char *status;
                   QVariant outcome; } tasks[] = {
            {"k1", "L1", c1, "done", QVariant(QStringLiteral("interested"))},
            {"k2", "L1", c2, "done", QVariant(QStringLiteral("refused"))},
            {"k3", "L2", c3, "open", QVariant()},
            {"k4", "L2", c4, "done", QVariant()},
            {"k5", "L2", c1, "done", QVariant(QStringLiteral("appointment"))},
            {"k6", "L3", c2, "done", QVariant(QStringLiteral("refused"))}};
    for (const auto &t : tasks)
        exec(store, QStringLiteral("INSERT INTO call_task(id, call_list_id, customer_id, "
                                   "assigned_to, due_on, status, outcome, updated_at) VALUES "
                                   "(?, ?, ?, NULL, '2026-11-20', ?, ?, '2026-11-20T00:00:00Z')"),
             {QString::fromLatin1(t.id), QString::fromLatin1(t.list), t.customer,
              QString::fromLatin1(t.status), t.outcome});

    // KYC: final for c1 and c4 (twice: counted once), a draft only for c3, final for the
    // deleted c5. Per tier: gold 1/1, ordinary 0/1, silver 0/1, diamond 1/1.
    const struct { const char *id; QString customer; int versionNo; const char *status; } kyc[] = {
            {"s1", c1, 1, "final"}, {"s3", c3, 1, "draft"}, {"s4a", c4, 1, "final"},
            {"s4b", c4, 2, "final"}, {"s5", c5, 1, "final"}};
    for (const auto &k : kyc)
        exec(store, QStringLiteral("INSERT INTO kyc_session(id, customer_id, version_no, status, "
                                   "started_at, updated_at) VALUES (?, ?, ?, ?, "
                                   "'2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z')"),
             {QString::fromLatin1(k.id), k.customer, k.versionNo, QString::fromLatin1(k.status)});
    // c1's KYC file answers one question of the bank's first cell.
    const KycCell &cell = KycQuestionBank::active().cells().first();
    b.kycQuestionId = cell.questions.first().id;
    b.kycQuestionCell = cell.id;
    exec(store, QStringLiteral("INSERT INTO kyc_field(id, customer_id, field, question_id, "
                               "value_json, session_id, answered_at, updated_at) VALUES "
                               "('f1', ?, 'dashboard.test', ?, '{}', 's1', "
                               "'2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z')"),
         {c1, b.kycQuestionId});
    return b;
}

} // namespace bd::test
