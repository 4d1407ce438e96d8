// The customer 360 read model and its writes: what it reads (masked), the merged timeline,
// the alerts for a fixed today, and contacts and tags saved with their sync change and
// audit entry, or refused with nothing saved.
#include "../common/SmallBranchFixture.h"

#include "AuthService.h"
#include "ChangeRecorder.h"
#include "Customer360Service.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QDate kToday(2026, 11, 23);

int count(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

bool exec(Store &store, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qWarning("%s", qPrintable(query.lastError().text()));
    return true;
}
} // namespace

class tst_Customer360Service : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEverythingMasked();
    void timelineMergesNewestFirst();
    void alertsUseToday();
    void logInteractionIsRecordedForSyncAndAudit();
    void invalidInteractionSavesNothing_data();
    void invalidInteractionSavesNothing();
    void tellerMayNotLogContacts();
    void tagsAddRemoveAndComeBack();
    void unknownCustomer();

private:
    Session signIn(const QString &user);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    QString m_tagId;
};

Session tst_Customer360Service::signIn(const QString &user)
{
    const auto result = AuthService(m_store).signIn(user, test::kPassword);
    if (!result.session)
        qFatal("cannot sign in %s", qPrintable(user));
    return *result.session;
}

void tst_Customer360Service::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("c360.db"))));
    m_branch = test::makeSmallBranch(m_store);
    const QString c = m_branch.customerId;
    const QString t = QStringLiteral("2026-01-01T00:00:00Z");
    // Holdings: a deposit maturing in 10 days, a fund, a loan (not in the allocation).
    exec(m_store, QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, "
                                 "product_name, amount_fen, rate_bp, opened_on, maturity_date, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, '2025-12-03', ?, ?)"),
         {QStringLiteral("h1"), c, QStringLiteral("deposit"), QStringLiteral("D1"),
          QStringLiteral("一年定期"), 30'000'000, 175, QStringLiteral("2026-12-03"), t});
    exec(m_store, QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, "
                                 "product_name, amount_fen, rate_bp, opened_on, maturity_date, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, '2025-01-01', ?, ?)"),
         {QStringLiteral("h2"), c, QStringLiteral("fund"), QStringLiteral("F1"),
          QStringLiteral("稳健债基"), 50'000'000, 0, QVariant(QMetaType::fromType<QString>()), t});
    exec(m_store, QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, "
                                 "product_name, amount_fen, rate_bp, opened_on, maturity_date, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01', ?, ?)"),
         {QStringLiteral("h3"), c, QStringLiteral("loan"), QStringLiteral("L1"),
          QStringLiteral("房贷"), 90'000'000, 0, QStringLiteral("2044-01-01"), t});
    for (int m = 1; m <= 14; ++m) // 14 month-ends: the 360 shows the last 12
        exec(m_store, QStringLiteral("INSERT INTO aum_snapshot(customer_id, month, aum_fen) VALUES (?, ?, ?)"),
             {c, QDate(2025, 10, 1).addMonths(m - 1).toString(QStringLiteral("yyyy-MM")), m * 1'000'000});
    exec(m_store, QStringLiteral("INSERT INTO txn(id, customer_id, occurred_at, kind, channel, amount_fen) "
                                 "VALUES ('t1', ?, '2026-11-20T02:00:00Z', 'transfer_out', 'mobile', 6000000)"),
         {c});
    exec(m_store, QStringLiteral("INSERT INTO txn(id, customer_id, occurred_at, kind, channel, amount_fen) "
                                 "VALUES ('t2', ?, '2026-09-01T02:00:00Z', 'salary', 'ebanking', 2000000)"),
         {c});
    exec(m_store, QStringLiteral("INSERT INTO customer_event(id, customer_id, occurred_at, kind, channel, detail) "
                                 "VALUES ('e1', ?, '2026-11-21T03:00:00Z', 'browse_fund', 'mobile', '沪深300')"),
         {c});
    m_tagId = QStringLiteral("tag-1");
    exec(m_store, QStringLiteral("INSERT INTO tag(id, dimension, category, value) VALUES (?, 'needs', "
                                 "'service_need', 'liquidity')"),
         {m_tagId});
    exec(m_store, QStringLiteral("INSERT INTO tag(id, dimension, category, value) VALUES ('tag-2', "
                                 "'preferences', 'hobby', 'travel')"),
         {});
    exec(m_store, QStringLiteral("INSERT INTO customer_tag(id, customer_id, tag_id, source, set_at, updated_at) "
                                 "VALUES ('ct-2', ?, 'tag-2', 'kyc', ?, ?)"),
         {c, t, t});
}

void tst_Customer360Service::loadsEverythingMasked()
{
    const Session session = signIn(QStringLiteral("wealth"));
    Customer360Service service(m_store, session);
    const auto view = service.load(m_branch.customerId, kToday);
    QVERIFY2(view, qPrintable(service.errorString()));
    QCOMPARE(view->name(), QStringLiteral("张三"));
    QVERIFY(view->profile.value(QStringLiteral("id_number")).toString().contains(QLatin1Char('*')));
    QVERIFY(view->profile.value(QStringLiteral("phone")).toString().contains(QLatin1Char('*')));
    QCOMPARE(view->profile.value(QStringLiteral("manager_name")).toString(), QStringLiteral("李理财"));
    QCOMPARE(view->age, 46);
    QCOMPARE(view->holdings.size(), 3);
    QCOMPARE(view->holdings.first().productFamily, QStringLiteral("deposit")); // soonest maturity first
    QCOMPARE(view->allocationFen.size(), 2); // no loan
    QCOMPARE(view->allocationFen.value(QStringLiteral("fund")), 50'000'000);
    QCOMPARE(view->aumTrend.size(), 12);
    QCOMPARE(view->aumTrend.first().month, QStringLiteral("2025-12"));
    QCOMPARE(view->aumTrend.last().month, QStringLiteral("2026-11"));
    QCOMPARE(view->tags.size(), 1);
    QCOMPARE(view->tags.first().dimension, QStringLiteral("preferences"));
    QCOMPARE(view->tags.first().source, QStringLiteral("kyc"));
    QCOMPARE(view->kycPercentByCell.size(), 9);
}

void tst_Customer360Service::timelineMergesNewestFirst()
{
    const Session session = signIn(QStringLiteral("wealth"));
    const auto view = Customer360Service(m_store, session).load(m_branch.customerId, kToday);
    QVERIFY(view);
    QVERIFY(view->timeline.size() >= 3);
    for (int i = 1; i < view->timeline.size(); ++i)
        QVERIFY(view->timeline.at(i - 1).occurredAt >= view->timeline.at(i).occurredAt);
    const auto sourceOf = [&](const QString &kind) {
        for (const TimelineEntry &entry : view->timeline)
            if (entry.kind == kind)
                return int(entry.source);
        return -1;
    };
    QCOMPARE(sourceOf(QStringLiteral("browse_fund")), int(TimelineEntry::Source::Event));
    QCOMPARE(sourceOf(QStringLiteral("transfer_out")), int(TimelineEntry::Source::Transaction));
}

void tst_Customer360Service::alertsUseToday()
{
    const Session session = signIn(QStringLiteral("wealth"));
    const auto view = Customer360Service(m_store, session).load(m_branch.customerId, kToday);
    QVERIFY(view);
    QStringList codes;
    for (const auto &alert : view->alerts)
        codes << CustomerAlerts::code(alert.kind);
    QVERIFY2(codes.contains(QStringLiteral("large_outflow")), qPrintable(codes.join(',')));
    QVERIFY2(codes.contains(QStringLiteral("maturity_approaching")), qPrintable(codes.join(',')));
    QVERIFY(!codes.contains(QStringLiteral("single_product")));
    // Three months later the outflow and the maturity are history.
    const auto later = Customer360Service(m_store, session).load(m_branch.customerId,
                                                                 kToday.addMonths(3));
    QVERIFY(later);
    for (const auto &alert : later->alerts) {
        QVERIFY(alert.kind != CustomerAlerts::Kind::LargeOutflow);
        QVERIFY(alert.kind != CustomerAlerts::Kind::MaturityApproaching);
    }
}

void tst_Customer360Service::logInteractionIsRecordedForSyncAndAudit()
{
    const Session session = signIn(QStringLiteral("wealth"));
    const int outbox = ChangeRecorder::pendingCount(m_store);
    const int audit = count(m_store, QStringLiteral("SELECT count(*) FROM audit_log"));
    Customer360Service service(m_store, session);
    Customer360Service::InteractionInput input{QStringLiteral("phone"), QStringLiteral("到期续作"),
                                               QStringLiteral("interested"),
                                               QStringLiteral("利率再高一点就续"),
                                               QStringLiteral("rate"), QDate::currentDate().addDays(3)};
    const auto result = service.logInteraction(m_branch.customerId, input);
    QVERIFY2(result.ok, qPrintable(result.problem));
    QCOMPARE(ChangeRecorder::pendingCount(m_store), outbox + 1);
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                           "'interaction' AND row_id = ?"),
                   {result.id}),
             1);
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM audit_log")), audit + 1);
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                           "'interaction_logged'")),
             1);
    const auto view = service.load(m_branch.customerId);
    QVERIFY(view);
    QCOMPARE(view->timeline.first().source, TimelineEntry::Source::Interaction);
    QCOMPARE(view->timeline.first().detail, QStringLiteral("利率再高一点就续"));
    QCOMPARE(view->timeline.first().staffName, QStringLiteral("李理财"));
}

void tst_Customer360Service::invalidInteractionSavesNothing_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("followUpDays");
    QTest::newRow("no channel") << "" << "call" << "" << 0;
    QTest::newRow("unknown channel") << "pigeon" << "call" << "" << 0;
    QTest::newRow("no purpose") << "phone" << "  " << "" << 0;
    QTest::newRow("unknown outcome") << "phone" << "call" << "maybe" << 0;
    QTest::newRow("follow-up in the past") << "phone" << "call" << "" << -1;
}

void tst_Customer360Service::invalidInteractionSavesNothing()
{
    QFETCH(QString, channel);
    QFETCH(QString, purpose);
    QFETCH(QString, outcome);
    QFETCH(int, followUpDays);
    const Session session = signIn(QStringLiteral("wealth"));
    const int interactions = count(m_store, QStringLiteral("SELECT count(*) FROM interaction"));
    const int outbox = ChangeRecorder::pendingCount(m_store);
    Customer360Service::InteractionInput input{channel, purpose, outcome, {}, {},
                                               followUpDays ? kToday.addDays(followUpDays) : QDate()};
    const auto result = Customer360Service(m_store, session).logInteraction(m_branch.customerId,
                                                                            input, kToday);
    QVERIFY(!result.ok);
    QVERIFY(!result.problem.isEmpty());
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM interaction")), interactions);
    QCOMPARE(ChangeRecorder::pendingCount(m_store), outbox);
}

void tst_Customer360Service::tellerMayNotLogContacts()
{
    const Session session = signIn(QStringLiteral("teller"));
    const int interactions = count(m_store, QStringLiteral("SELECT count(*) FROM interaction"));
    const auto result = Customer360Service(m_store, session).logInteraction(
            m_branch.customerId, {QStringLiteral("phone"), QStringLiteral("call"), {}, {}, {}, {}});
    QVERIFY(!result.ok);
    QVERIFY(!result.problem.isEmpty());
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM interaction")), interactions);
    // Viewing is allowed: the teller sees the same 360, masked.
    QVERIFY(Customer360Service(m_store, session).load(m_branch.customerId));
}

void tst_Customer360Service::tagsAddRemoveAndComeBack()
{
    const Session session = signIn(QStringLiteral("wealth"));
    Customer360Service service(m_store, session);
    const int outbox = ChangeRecorder::pendingCount(m_store);
    const auto added = service.addTag(m_branch.customerId, m_tagId);
    QVERIFY2(added.ok, qPrintable(added.problem));
    QVERIFY(!service.addTag(m_branch.customerId, m_tagId).ok); // already there
    auto view = service.load(m_branch.customerId);
    QCOMPARE(view->tags.size(), 2);
    QCOMPARE(view->tags.first().source, QStringLiteral("staff"));
    QCOMPARE(view->tags.first().setByName, QStringLiteral("李理财"));

    const auto removed = service.removeTag(m_branch.customerId, added.id);
    QVERIFY2(removed.ok, qPrintable(removed.problem));
    QCOMPARE(service.load(m_branch.customerId)->tags.size(), 1);
    QVERIFY(!service.removeTag(m_branch.customerId, added.id).ok); // gone already
    // Tombstoned, then back: the same row, a newer version.
    const auto again = service.addTag(m_branch.customerId, m_tagId);
    QVERIFY(again.ok);
    QCOMPARE(again.id, added.id);
    QCOMPARE(count(m_store, QStringLiteral("SELECT version FROM customer_tag WHERE id = ?"), {added.id}), 3);
    QCOMPARE(ChangeRecorder::pendingCount(m_store), outbox + 3);
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                           "'customer_tag' AND op = 'delete'")),
             1);
    QVERIFY(count(m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE "
                                          "'customer_tag_%'"))
            == 3);
    // A teller may not change tags.
    const Session teller = signIn(QStringLiteral("teller"));
    QVERIFY(!Customer360Service(m_store, teller).removeTag(m_branch.customerId, added.id).ok);
}

void tst_Customer360Service::unknownCustomer()
{
    const Session session = signIn(QStringLiteral("wealth"));
    Customer360Service service(m_store, session);
    QVERIFY(!service.load(QStringLiteral("no-such-customer")));
    QVERIFY(!service.errorString().isEmpty());
    QVERIFY(!service.logInteraction(QStringLiteral("no-such-customer"),
                                    {QStringLiteral("phone"), QStringLiteral("x"), {}, {}, {}, {}})
                     .ok);
}

QTEST_GUILESS_MAIN(tst_Customer360Service)
#include "tst_customer360_service.moc"
