#pragma once

// A hand-made branch for the segment tests: the SmallBranch (users and customers Z, O)
// plus customers A-D whose facts each condition of the builder can tell apart, one
// customer of another branch and one deleted customer that match nearly everything and
// must never appear. Today is 2026-11-23.
#include "SmallBranchFixture.h"
#include "TestSql.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace bd::test {

inline const QDate kSegmentToday(2026, 11, 23);

struct SegmentBranch
{
    SmallBranch small;
    QHash<QString, QString> ids; // letter -> customer id
    QString fundTagId;
    QString headId;
    QString wealthId;

    QString letterOf(const QString &id) const { return ids.key(id); }
};

inline bool segmentExec(Store &store, const QString &sql, const QVariantList &values = {})
{
    return exec(store, sql, values);
}

inline SegmentBranch makeSegmentBranch(Store &store)
{
    SegmentBranch branch;
    branch.small = makeSmallBranch(store);
    QSqlQuery staff(store.database());
    staff.exec(QStringLiteral("SELECT id, username FROM staff_user"));
    while (staff.next()) {
        if (staff.value(1).toString() == QLatin1String("head"))
            branch.headId = staff.value(0).toString();
        if (staff.value(1).toString() == QLatin1String("wealth"))
            branch.wealthId = staff.value(0).toString();
    }
    branch.ids.insert(QStringLiteral("Z"), branch.small.customerId);
    branch.ids.insert(QStringLiteral("O"), branch.small.otherCustomerId);
    const QString ts = QStringLiteral("2026-01-01T00:00:00Z");
    segmentExec(store, QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                      "VALUES ('other-branch', '999999', 'Other', ?, ?)"), {ts, ts});

    struct Person
    {
        const char *letter;
        const char *branch; // nullptr: the small branch
        QVariant gender, birth;
        const char *industry, *locality;
        QVariant risk;
        const char *tier;
        qint64 aum;
        const char *stage;
        int consent, dnc;
        const char *opened;
        const char *mode;
        bool head; // managed by the branch head, else by "wealth"
        QVariant previousTier, tierChangedOn;
        int deleted;
    };
    const QVariant null;
    const Person people[] = {
        {"A", nullptr, "F", "1950-05-01", "教育", "黄浦区", 1, "silver", 46000000, "maturity", 1, 0,
         "2010-01-01", "owned", false, null, null, 0},
        {"B", nullptr, "M", "1995-11-24", "信息技术服务业", "浦东新区", 4, "gold", 52000000, "growth", 1,
         0, "2026-10-01", "owned", false, null, null, 0},
        {"C", nullptr, "F", "1970-01-01", "制造业", "徐汇区", null, "silver", 45000000, "decline", 0, 1,
         "2012-06-01", "list", true, "gold", "2026-10-15", 0},
        {"D", nullptr, null, null, "", "", null, "ordinary", 1000000, "development", 0, 0,
         "2020-03-01", "owned", false, null, null, 0},
        {"X", "other-branch", "F", "1950-05-01", "教育", "黄浦区", 1, "silver", 46000000, "decline", 1,
         0, "2026-11-01", "list", true, "gold", "2026-11-01", 0},
        {"Y", nullptr, "F", "1950-05-01", "教育", "黄浦区", 1, "silver", 46000000, "decline", 1, 0,
         "2026-11-01", "list", true, "gold", "2026-11-01", 1},
    };
    int n = 10;
    for (const Person &p : people) {
        const QString id = QStringLiteral("01907c2a-4444-7000-8000-0000000000%1").arg(n++);
        branch.ids.insert(QLatin1String(p.letter), id);
        segmentExec(store,
                    QStringLiteral(
                            "INSERT INTO customer(id, branch_id, cif_no, name, gender, birth_date, id_number, "
                            "phone, address, industry, locality, risk_level, tier, aum_fen, lifecycle_stage, "
                            "marketing_consent, do_not_contact, opened_on, assignment_mode, manager_id, "
                            "previous_tier, tier_changed_on, deleted, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, '110101195005010027', '13912345678', "
                            "'上海市黄浦区南京东路100号', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, p.branch ? QString::fromLatin1(p.branch) : branch.small.branchId,
                     QStringLiteral("C9%1").arg(n), QStringLiteral("客户%1").arg(QLatin1String(p.letter)),
                     p.gender, p.birth, QString::fromUtf8(p.industry), QString::fromUtf8(p.locality), p.risk,
                     QLatin1String(p.tier), p.aum, QLatin1String(p.stage), p.consent, p.dnc,
                     QLatin1String(p.opened), QLatin1String(p.mode), p.head ? branch.headId : branch.wealthId,
                     p.previousTier, p.tierChangedOn, p.deleted, ts, ts});
    }
    auto holding = [&](const char *who, const char *family, qint64 fen, const QVariant &maturity) {
        static int k = 0;
        segmentExec(store, QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, "
                                          "product_name, amount_fen, opened_on, maturity_date, updated_at) "
                                          "VALUES (?, ?, ?, 'P', 'Product', ?, '2025-01-01', ?, ?)"),
                    {QStringLiteral("h-%1").arg(++k), branch.ids.value(QLatin1String(who)),
                     QLatin1String(family), fen, maturity, ts});
    };
    holding("A", "deposit", 30000000, QStringLiteral("2026-12-10"));
    holding("B", "fund", 50000000, null);
    holding("C", "deposit", 20000000, QStringLiteral("2027-06-01"));
    holding("C", "wealth", 25000000, null);
    holding("X", "fund", 50000000, QStringLiteral("2026-12-10"));
    holding("Y", "fund", 50000000, QStringLiteral("2026-12-10"));

    auto event = [&](const char *who, const char *kind, const char *when) {
        static int k = 0;
        segmentExec(store, QStringLiteral("INSERT INTO customer_event(id, customer_id, occurred_at, kind) "
                                          "VALUES (?, ?, ?, ?)"),
                    {QStringLiteral("e-%1").arg(++k), branch.ids.value(QLatin1String(who)),
                     QLatin1String(when), QLatin1String(kind)});
    };
    event("B", "browse_fund", "2026-11-20T02:00:00Z");
    event("D", "complaint", "2026-11-05T02:00:00Z");
    event("D", "seminar", "2025-01-01T02:00:00Z");
    event("X", "browse_fund", "2026-11-20T02:00:00Z");
    event("Y", "browse_fund", "2026-11-20T02:00:00Z");

    auto txn = [&](const char *who, const char *kind, qint64 fen, const char *when) {
        static int k = 0;
        segmentExec(store, QStringLiteral("INSERT INTO txn(id, customer_id, occurred_at, kind, channel, "
                                          "amount_fen) VALUES (?, ?, ?, ?, 'counter', ?)"),
                    {QStringLiteral("t-%1").arg(++k), branch.ids.value(QLatin1String(who)),
                     QLatin1String(when), QLatin1String(kind), fen});
    };
    txn("C", "transfer_out", 20000000, "2026-11-10T02:00:00Z");
    txn("D", "salary", 12000000, "2026-11-15T02:00:00Z");
    txn("D", "cash_withdrawal", 100, "2025-11-15T02:00:00Z");

    auto contact = [&](const char *who, const char *when) {
        static int k = 0;
        segmentExec(store, QStringLiteral("INSERT INTO interaction(id, customer_id, occurred_at, channel, "
                                          "updated_at) VALUES (?, ?, ?, 'phone', ?)"),
                    {QStringLiteral("i-%1").arg(++k), branch.ids.value(QLatin1String(who)),
                     QLatin1String(when), ts});
    };
    contact("B", "2026-11-01T02:00:00Z");
    contact("C", "2025-01-01T02:00:00Z");

    segmentExec(store, QStringLiteral("INSERT INTO aum_snapshot(customer_id, month, aum_fen) VALUES (?, '2026-08', 80000000)"),
                {branch.ids.value(QStringLiteral("C"))});
    segmentExec(store, QStringLiteral("INSERT INTO aum_snapshot(customer_id, month, aum_fen) VALUES (?, '2026-10', 45000000)"),
                {branch.ids.value(QStringLiteral("C"))});
    segmentExec(store, QStringLiteral("INSERT INTO fund_arrival(id, customer_id, expected_on, amount_fen, "
                                      "source, updated_at) VALUES ('f-1', ?, '2026-12-01', 100000, 'bonus', ?)"),
                {branch.ids.value(QStringLiteral("C")), ts});

    branch.fundTagId = QStringLiteral("tag-fund");
    segmentExec(store, QStringLiteral("INSERT INTO tag(id, dimension, category, value) "
                                      "VALUES (?, 'needs', 'product_interest', '基金')"),
                {branch.fundTagId});
    for (const char *who : {"B", "X", "Y"})
        segmentExec(store, QStringLiteral("INSERT INTO customer_tag(id, customer_id, tag_id, source, set_at, "
                                          "updated_at) VALUES (?, ?, ?, 'kyc', ?, ?)"),
                    {QStringLiteral("ct-%1").arg(QLatin1String(who)), branch.ids.value(QLatin1String(who)),
                     branch.fundTagId, ts, ts});

    segmentExec(store, QStringLiteral("INSERT INTO kyc_session(id, customer_id, version_no, status, started_at, "
                                      "updated_at) VALUES ('ks-1', ?, 1, 'final', ?, ?)"),
                {branch.ids.value(QStringLiteral("B")), ts, ts});
    for (const auto &[field, value] : {std::pair{"expected_return", "floating"}, std::pair{"investment_horizon", "3_5y"}})
        segmentExec(store, QStringLiteral("INSERT INTO kyc_field(id, customer_id, field, question_id, value_json, "
                                          "value_text, session_id, answered_at, updated_at) "
                                          "VALUES (?, ?, ?, 'q', '\"x\"', ?, 'ks-1', ?, ?)"),
                    {QStringLiteral("kf-%1").arg(QLatin1String(field)), branch.ids.value(QStringLiteral("B")),
                     QLatin1String(field), QLatin1String(value), ts, ts});
    return branch;
}

} // namespace bd::test
