// The offers' peer figures ("what similar customers of the branch hold", issue #20) are kept
// in offer_peer_share by triggers as customers and holdings are written, so the first offer
// of a day no longer works them out over the whole branch. Whatever the writes (new and
// moved customers, tier and risk changes, tombstones and hard deletes, holdings opened,
// matured, renamed, moved, deleted, one or many rows per statement, a holding before its
// customer), the kept figures must be exactly what the whole aggregate gives, and
// PeerHoldings::group must read them. An older file gets them worked out once.
#include "../common/OlderDeskFile.h"
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "database/products/PeerHoldings.h"
#include "database/staff/BranchRepository.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const char *const kTiers[] = {"ordinary", "silver", "gold", "platinum", "diamond"};
const char *const kFamilies[] = {"deposit", "wealth", "fund", "insurance", "precious_metal",
                                 "loan"};
const char *const kCodes[] = {"DP-1Y", "WM-1Y", "FD-300", "IN-ANN", "PM-ACC", "LN-HOME"};

// "branch/tier/level/code" -> holders; code "" is the size of the group.
using Figures = QMap<QString, int>;

QString key(const QVariant &branch, const QVariant &tier, const QVariant &level,
            const QVariant &code)
{
    return QStringLiteral("%1/%2/%3/%4")
            .arg(branch.toString(), tier.toString(), level.toString(), code.toString());
}
} // namespace

class tst_PeerHoldings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresFollowEveryWrite();
    void olderFileGetsItsFiguresOnce();

private:
    bool exec(const QString &sql, const QVariantList &values = {});
    Figures kept();
    Figures worked();
    void compareFigures(const QString &when);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    QString m_otherBranch;
};

bool tst_PeerHoldings::exec(const QString &sql, const QVariantList &values)
{
    return test::exec(m_store, sql, values);
}

Figures tst_PeerHoldings::kept()
{
    Figures figures;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT branch_id, tier, risk_level, product_code, holders "
                                   "FROM offer_peer_share")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next())
        figures.insert(key(query.value(0), query.value(1), query.value(2), query.value(3)),
                       query.value(4).toInt());
    return figures;
}

// What the figures were before they were kept: the whole aggregate of PeerHoldings::refresh.
Figures tst_PeerHoldings::worked()
{
    Figures figures;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral(
                "SELECT branch_id, tier, coalesce(risk_level, 0), '', count(*) FROM customer "
                "WHERE deleted = 0 GROUP BY branch_id, tier, coalesce(risk_level, 0) "
                "UNION ALL "
                "SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0), h.product_code, "
                "count(DISTINCT h.customer_id) FROM holding h JOIN customer c "
                "ON c.id = h.customer_id WHERE c.deleted = 0 AND h.status = 'active' "
                "AND h.deleted = 0 AND h.product_family <> 'loan' "
                "GROUP BY c.branch_id, c.tier, coalesce(c.risk_level, 0), h.product_code")))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next())
        figures.insert(key(query.value(0), query.value(1), query.value(2), query.value(3)),
                       query.value(4).toInt());
    return figures;
}

void tst_PeerHoldings::compareFigures(const QString &when)
{
    const Figures expected = worked();
    const Figures actual = kept();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (actual.value(it.key(), -1) != it.value())
            QFAIL(qPrintable(QStringLiteral("%1: %2 holds %3, kept %4")
                                     .arg(when, it.key()).arg(it.value())
                                     .arg(actual.value(it.key(), -1))));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            QFAIL(qPrintable(QStringLiteral("%1: %2 kept as %3, but nobody is there")
                                     .arg(when, it.key()).arg(it.value())));
    }
    // What the offers read: every group of the branch, through PeerHoldings.
    PeerHoldings peers(m_store);
    for (const QString &branch : {m_branch.branchId, m_otherBranch}) {
        for (const char *tier : kTiers) {
            for (int level = 0; level <= 5; ++level) {
                const Result<PeerGroup> group
                        = peers.group(BranchId(branch), QLatin1String(tier), level);
                QVERIFY2(group, qPrintable(group.errorString()));
                const QString prefix = key(branch, QLatin1String(tier), level, QString());
                QCOMPARE(group->customers, expected.value(prefix));
                for (const char *code : kCodes)
                    QCOMPARE(group->holders.value(QLatin1String(code)),
                             expected.value(prefix + QLatin1String(code)));
            }
        }
    }
}

void tst_PeerHoldings::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("peers.db"))));
    m_branch = test::makeSmallBranch(m_store);
    Branch other{{}, QStringLiteral("310102"), QStringLiteral("上海南京东路支行"),
                 QStringLiteral("上海"), {}};
    QVERIFY(BranchRepository(m_store).insert(other));
    m_otherBranch = other.id;
}

// Random writes of every kind, compared with the whole aggregate after each round; replay
// with BRANCHDESK_TEST_SEED.
void tst_PeerHoldings::figuresFollowEveryWrite()
{
    const quint64 seed = qEnvironmentVariableIsSet("BRANCHDESK_TEST_SEED")
            ? qEnvironmentVariable("BRANCHDESK_TEST_SEED").toULongLong()
            : QRandomGenerator::system()->generate64();
    qInfo("seed %llu; replay: BRANCHDESK_TEST_SEED=%llu tests/unit/tst_peer_holdings "
          "figuresFollowEveryWrite", seed, seed);
    QRandomGenerator random(seed);
    const auto pick = [&random](const auto &items) {
        return QLatin1String(items[random.bounded(int(std::size(items)))]);
    };
    const auto level = [&random]() {
        const int n = random.bounded(6);
        return n == 0 ? QVariant() : QVariant(n);
    };
    QStringList customers{m_branch.customerId, m_branch.otherCustomerId};
    QStringList holdings;
    int made = 0;
    int opened = 0;
    const auto newCustomer = [&](const QString &id) {
        ++made;
        const QString branch = random.bounded(4) == 0 ? m_otherBranch : m_branch.branchId;
        return test::addCustomer(m_store, id, branch, QStringLiteral("C9%1").arg(made, 10, 10,
                                                                                 QLatin1Char('0')),
                                 QStringLiteral("客户%1").arg(made), QStringLiteral("110101198001010010"),
                                 QStringLiteral("13900000000"), 100, pick(kTiers), {})
                && exec(QStringLiteral("UPDATE customer SET risk_level = ? WHERE id = ?"),
                        {level(), id});
    };
    const auto newHolding = [&](const QString &customer) {
        const QString id = QStringLiteral("hold-%1").arg(++opened);
        holdings << id;
        const int product = random.bounded(int(std::size(kCodes)));
        return exec(QStringLiteral("INSERT INTO holding(id, customer_id, product_family, "
                                   "product_code, product_name, amount_fen, opened_on, status, "
                                   "updated_at, deleted) VALUES (?, ?, ?, ?, 'p', 100, "
                                   "'2025-01-01', ?, '2026-01-01T00:00:00Z', ?)"),
                    {id, customer,
                     random.bounded(5) == 0 ? pick(kFamilies) : QLatin1String(kFamilies[product]),
                     QLatin1String(kCodes[product]),
                     random.bounded(5) == 0 ? QStringLiteral("matured") : QStringLiteral("active"),
                     random.bounded(8) == 0 ? 1 : 0});
    };
    for (int i = 0; i < 30; ++i) {
        const QString id = QStringLiteral("cust-%1").arg(i);
        QVERIFY(newCustomer(id));
        customers << id;
        for (int n = random.bounded(4); n > 0; --n)
            QVERIFY(newHolding(id));
    }
    compareFigures(QStringLiteral("after the first customers"));
    if (QTest::currentTestFailed())
        return;

    for (int round = 0; round < 40; ++round) {
        for (int step = 0; step < 15; ++step) {
            const QString customer = customers.at(random.bounded(customers.size()));
            const QString holding = holdings.isEmpty()
                    ? QString() : holdings.at(random.bounded(holdings.size()));
            switch (random.bounded(14)) {
            case 0: { // a holding synced before its customer
                const QString id = QStringLiteral("late-%1-%2").arg(round).arg(step);
                QVERIFY(exec(QStringLiteral("BEGIN")));
                QVERIFY(exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
                QVERIFY(newHolding(id));
                QVERIFY(newHolding(id));
                QVERIFY(newCustomer(id));
                QVERIFY(exec(QStringLiteral("COMMIT")));
                customers << id;
                break;
            }
            case 1:
                QVERIFY(newHolding(customer));
                break;
            case 2:
                QVERIFY(exec(QStringLiteral("UPDATE customer SET tier = ? WHERE id = ?"),
                             {pick(kTiers), customer}));
                break;
            case 3:
                QVERIFY(exec(QStringLiteral("UPDATE customer SET risk_level = ? WHERE id = ?"),
                             {level(), customer}));
                break;
            case 4:
                QVERIFY(exec(QStringLiteral("UPDATE customer SET deleted = 1 - deleted WHERE id = ?"),
                             {customer}));
                break;
            case 5:
                QVERIFY(exec(QStringLiteral("UPDATE customer SET branch_id = ? WHERE id = ?"),
                             {random.bounded(2) ? m_otherBranch : m_branch.branchId, customer}));
                break;
            case 6: // many customers in one statement (a tier review)
                QVERIFY(exec(QStringLiteral("UPDATE customer SET tier = ? WHERE tier = ?"),
                             {pick(kTiers), pick(kTiers)}));
                break;
            case 7:
                QVERIFY(exec(QStringLiteral("UPDATE holding SET status = ? WHERE id = ?"),
                             {random.bounded(2) ? QStringLiteral("active")
                                                : QStringLiteral("closed"), holding}));
                break;
            case 8:
                QVERIFY(exec(QStringLiteral("UPDATE holding SET deleted = 1 - deleted WHERE id = ?"),
                             {holding}));
                break;
            case 9:
                QVERIFY(exec(QStringLiteral("UPDATE holding SET product_code = ?, product_family = ? "
                                            "WHERE id = ?"),
                             {pick(kCodes), pick(kFamilies), holding}));
                break;
            case 10:
                QVERIFY(exec(QStringLiteral("UPDATE holding SET customer_id = ? WHERE id = ?"),
                             {customer, holding}));
                break;
            case 11: // many holdings in one statement (maturities), and an amount change
                QVERIFY(exec(QStringLiteral("UPDATE holding SET status = ? WHERE product_code = ?"),
                             {random.bounded(2) ? QStringLiteral("active")
                                                : QStringLiteral("matured"), pick(kCodes)}));
                QVERIFY(exec(QStringLiteral("UPDATE holding SET amount_fen = amount_fen + 1 "
                                            "WHERE id = ?"), {holding}));
                break;
            case 12:
                QVERIFY(exec(QStringLiteral("DELETE FROM holding WHERE id = ?"), {holding}));
                holdings.removeAll(holding);
                break;
            case 13: // a hard delete, the customer first and its holdings after it
                if (customer == m_branch.customerId || customer == m_branch.otherCustomerId)
                    break;
                QVERIFY(exec(QStringLiteral("BEGIN")));
                QVERIFY(exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
                QVERIFY(exec(QStringLiteral("DELETE FROM customer WHERE id = ?"), {customer}));
                QVERIFY(exec(QStringLiteral("DELETE FROM holding WHERE customer_id = ?"),
                             {customer}));
                QVERIFY(exec(QStringLiteral("COMMIT")));
                customers.removeAll(customer);
                break;
            }
        }
        compareFigures(QStringLiteral("round %1").arg(round));
        if (QTest::currentTestFailed())
            return;
    }
}

// A file from before the migration had no kept figures, only the morning's worked-out ones:
// the migration works them out once. The older file is made by the migrations of its day
// (tests/common/OlderDeskFile.h) and holds the rows the random writes left.
void tst_PeerHoldings::olderFileGetsItsFiguresOnce()
{
    QVERIFY(!kept().isEmpty());
    const int keptSince = test::migrationVersion(QStringLiteral("offer_peer_share_kept"));
    QVERIFY(keptSince > 0);
    const QString older = m_dir.filePath(QStringLiteral("older.db"));
    const QString made = test::makeDeskFileAt(older, keptSince - 1);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString current = m_store.path();
    m_store.close();
    const QString copied = test::copyRows(
            current, older,
            {QStringLiteral("branch"), QStringLiteral("staff_user"),
             QStringLiteral("customer"), QStringLiteral("holding")});
    QVERIFY2(copied.isEmpty(), qPrintable(copied));
    QVERIFY(m_store.open(older));
    QCOMPARE(m_store.schemaVersion(), MigrationRunner::latestVersion());
    compareFigures(QStringLiteral("after the migration"));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET tier = 'diamond' WHERE id = ?"),
                 {m_branch.customerId}));
    compareFigures(QStringLiteral("after a write to the migrated file"));
}

QTEST_GUILESS_MAIN(tst_PeerHoldings)
#include "tst_peer_holdings.moc"
