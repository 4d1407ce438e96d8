// The contact rules with a controllable clock: quiet hours (also across midnight), the cap
// of marketing contacts per period, do-not-contact, marketing consent, the settings kept in
// the file, and an override that needs a reason, is kept on the contact and is audited.
#include "../common/SmallBranchFixture.h"

#include "app/services/calls/CallListMaker.h"
#include "app/services/calls/CallOutcomes.h"
#include "app/services/contact/ContactPolicy.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SensitiveColumns.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
QDateTime local(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute)).toUTC();
}
} // namespace

class tst_ContactPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quietHours_data();
    void quietHours();
    void quietHoursOnlyForCallsAndMessages();
    void doNotContactHoldsForEveryPurpose();
    void consentOnlyForMarketing();
    void capPerPeriod();
    void periodStartFollowsTheClock();
    void rulesAreKeptInTheFile();
    void loggedContactsCountTowardsTheCap();
    void overrideNeedsReasonAndIsAudited();

private:
    QString scalar(const QString &sql, const QVariantList &values = {});
    QString openTask(const QString &customerId);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_wealth, m_head;
    QDateTime m_now = local(23, 10);
    CallClock m_clock = [this] { return m_now; };
};

void tst_ContactPolicy::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("policy.db"))));
    m_branch = test::makeSmallBranch(m_store);
    for (const char *user : {"wealth", "head"}) {
        const AuthService::Result result = AuthService(m_store).signIn(QString::fromLatin1(user), test::kPassword);
        QVERIFY2(result.session, qPrintable(result.message));
        (QByteArray(user) == "wealth" ? m_wealth : m_head) = *result.session;
    }
    QSqlQuery consent(m_store.database());
    QVERIFY(consent.exec(QStringLiteral("UPDATE customer SET marketing_consent = 1")));
}

QString tst_ContactPolicy::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

void tst_ContactPolicy::quietHours_data()
{
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("until");
    QTest::addColumn<QTime>("at");
    QTest::addColumn<bool>("quiet");
    const QTime nine(21, 0), eight(8, 0);
    QTest::newRow("evening, before") << nine << eight << QTime(20, 59) << false;
    QTest::newRow("evening, start") << nine << eight << QTime(21, 0) << true;
    QTest::newRow("midnight") << nine << eight << QTime(0, 30) << true;
    QTest::newRow("early morning") << nine << eight << QTime(7, 59) << true;
    QTest::newRow("morning, end") << nine << eight << QTime(8, 0) << false;
    QTest::newRow("noon") << nine << eight << QTime(12, 0) << false;
    QTest::newRow("lunch window, in") << QTime(12, 0) << QTime(13, 30) << QTime(12, 45) << true;
    QTest::newRow("lunch window, out") << QTime(12, 0) << QTime(13, 30) << QTime(13, 30) << false;
    QTest::newRow("none") << eight << eight << QTime(3, 0) << false;
}

void tst_ContactPolicy::quietHours()
{
    QFETCH(QTime, from);
    QFETCH(QTime, until);
    QFETCH(QTime, at);
    QFETCH(bool, quiet);
    ContactRules rules;
    rules.quietFrom = from;
    rules.quietUntil = until;
    const ContactPolicy policy(rules, m_clock);
    QCOMPARE(policy.inQuietHours(QDateTime(QDate(2026, 11, 23), at).toUTC()), quiet);
}

void tst_ContactPolicy::quietHoursOnlyForCallsAndMessages()
{
    const ContactPolicy policy(ContactRules{}, m_clock);
    CustomerContactFacts facts;
    facts.found = true;
    facts.marketingConsent = true;
    const QDateTime late = local(23, 22, 15);
    for (const char *channel : {"phone", "sms", "wechat"})
        QCOMPARE(ContactPolicy::codes(policy.checkContact(facts, ContactPolicy::Purpose::Care,
                                                          QString::fromLatin1(channel), late)),
                 QStringList{QStringLiteral("quiet_hours")});
    for (const char *channel : {"visit", "branch"})
        QVERIFY(policy.checkContact(facts, ContactPolicy::Purpose::Marketing, QString::fromLatin1(channel), late)
                        .isEmpty());
    QVERIFY(policy.checkContact(facts, ContactPolicy::Purpose::Marketing, QStringLiteral("phone"), local(23, 10))
                    .isEmpty());
}

void tst_ContactPolicy::doNotContactHoldsForEveryPurpose()
{
    const ContactPolicy policy(ContactRules{}, m_clock);
    CustomerContactFacts facts;
    facts.doNotContact = true;
    facts.marketingConsent = true;
    for (auto purpose : {ContactPolicy::Purpose::Marketing, ContactPolicy::Purpose::Care,
                         ContactPolicy::Purpose::Service}) {
        const QList<ContactPolicy::Breach> breaches = policy.checkTask(facts, purpose);
        QCOMPARE(ContactPolicy::codes(breaches), QStringList{QStringLiteral("do_not_contact")});
        QVERIFY(!breaches.first().message.isEmpty());
    }
}

void tst_ContactPolicy::consentOnlyForMarketing()
{
    ContactRules rules;
    CustomerContactFacts facts; // no consent
    QCOMPARE(ContactPolicy::codes(ContactPolicy(rules, m_clock).checkTask(facts, ContactPolicy::Purpose::Marketing)),
             QStringList{QStringLiteral("no_consent")});
    QVERIFY(ContactPolicy(rules, m_clock).checkTask(facts, ContactPolicy::Purpose::Care).isEmpty());
    rules.requireMarketingConsent = false;
    QVERIFY(ContactPolicy(rules, m_clock).checkTask(facts, ContactPolicy::Purpose::Marketing).isEmpty());
}

void tst_ContactPolicy::capPerPeriod()
{
    ContactRules rules;
    rules.maxMarketingContacts = 2;
    const ContactPolicy policy(rules, m_clock);
    CustomerContactFacts facts;
    facts.marketingConsent = true;
    facts.marketingContactsInPeriod = 1;
    QVERIFY(policy.checkTask(facts, ContactPolicy::Purpose::Marketing).isEmpty());
    facts.marketingContactsInPeriod = 2;
    const QList<ContactPolicy::Breach> capped = policy.checkTask(facts, ContactPolicy::Purpose::Marketing);
    QCOMPARE(ContactPolicy::codes(capped), QStringList{QStringLiteral("frequency_cap")});
    QVERIFY(capped.first().message.contains(QLatin1String("30")));
    QVERIFY(policy.checkTask(facts, ContactPolicy::Purpose::Care).isEmpty()); // care is not capped
}

void tst_ContactPolicy::periodStartFollowsTheClock()
{
    ContactRules rules;
    rules.periodDays = 7;
    const ContactPolicy policy(rules, m_clock);
    QCOMPARE(policy.periodStart(), QDate(2026, 11, 17));
    m_now = local(30, 9);
    QCOMPARE(policy.periodStart(), QDate(2026, 11, 24));
    m_now = local(23, 10);
}

void tst_ContactPolicy::rulesAreKeptInTheFile()
{
    const ContactRules defaults = ContactRules::load(m_store); // from migration 0010
    QCOMPARE(defaults.maxMarketingContacts, 2);
    QCOMPARE(defaults.periodDays, 30);
    QCOMPARE(defaults.quietFrom, QTime(21, 0));
    QCOMPARE(defaults.quietUntil, QTime(8, 0));
    QVERIFY(defaults.requireMarketingConsent);
    ContactRules changed = defaults;
    changed.maxMarketingContacts = 3;
    changed.periodDays = 14;
    changed.quietFrom = QTime(20, 30);
    changed.requireMarketingConsent = false;
    {
        Transaction transaction(m_store.database());
        QVERIFY(changed.save(m_store));
        QVERIFY(transaction.commit());
    }
    const ContactRules loaded = ContactRules::load(m_store);
    QCOMPARE(loaded.maxMarketingContacts, 3);
    QCOMPARE(loaded.periodDays, 14);
    QCOMPARE(loaded.quietFrom, QTime(20, 30));
    QVERIFY(!loaded.requireMarketingConsent);
    Transaction transaction(m_store.database());
    QVERIFY(defaults.save(m_store));
    QVERIFY(transaction.commit());
}

QString tst_ContactPolicy::openTask(const QString &customerId)
{
    CallListMaker maker(m_store, m_head, m_clock);
    CallListMaker::Request request;
    request.name = QStringLiteral("policy test");
    request.mode = QStringLiteral("owner");
    request.customerIds = {customerId};
    request.startsOn = m_now.toLocalTime().date();
    request.endsOn = request.startsOn.addDays(7);
    const CallListMaker::Result made = maker.make(request);
    if (!made.ok || made.tasks != 1)
        return {};
    return scalar(QStringLiteral("SELECT id FROM call_task WHERE call_list_id = ? AND status = 'open'"),
                  {made.listId});
}

void tst_ContactPolicy::loggedContactsCountTowardsTheCap()
{
    // An unanswered and an answered marketing call within the period reach the cap of two:
    // the next list excludes the customer until the period has passed.
    const QString task = openTask(m_branch.otherCustomerId);
    QVERIFY(!task.isEmpty());
    CallOutcomes outcomes(m_store, m_wealth, m_clock);
    CallOutcomes::Input input;
    input.outcome = QStringLiteral("not_reached");
    QVERIFY(outcomes.logCall(task, input).ok);
    m_now = local(24, 10);
    input.outcome = QStringLiteral("reached");
    const CallOutcomes::Result second = outcomes.logCall(task, input);
    QVERIFY2(second.ok, qPrintable(second.refusal));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM interaction WHERE customer_id = ? "
                                   "AND contact_kind = 'marketing'"), {m_branch.otherCustomerId}),
             QStringLiteral("2"));
    CallListMaker maker(m_store, m_head, m_clock);
    CallListMaker::Request request;
    request.name = QStringLiteral("capped");
    request.mode = QStringLiteral("owner");
    request.customerIds = {m_branch.otherCustomerId};
    request.startsOn = m_now.toLocalTime().date();
    request.endsOn = request.startsOn;
    // A list on which nobody may be called is not handed out: the refusal says why, per customer.
    const CallListMaker::Result capped = maker.make(request);
    QVERIFY(!capped.ok);
    QVERIFY(!capped.refusal.isEmpty());
    QCOMPARE(capped.tasks, 0);
    QCOMPARE(capped.excluded.size(), 1);
    QCOMPARE(capped.excluded.first().codes, QStringList{QStringLiteral("frequency_cap")});
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM call_list WHERE name = 'capped'"), {}),
             QStringLiteral("0"));
    // 31 days later the period has passed.
    m_now = m_now.addDays(31);
    QVERIFY(!openTask(m_branch.otherCustomerId).isEmpty());
    m_now = local(23, 10);
}

void tst_ContactPolicy::overrideNeedsReasonAndIsAudited()
{
    const QString task = openTask(m_branch.customerId);
    QVERIFY(!task.isEmpty());
    m_now = local(23, 21, 40); // quiet hours
    CallOutcomes outcomes(m_store, m_wealth, m_clock);
    CallOutcomes::Input input;
    input.outcome = QStringLiteral("interested");
    input.customerVoice = QStringLiteral("晚上打来没关系");
    const int audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    const CallOutcomes::Result refused = outcomes.logCall(task, input);
    QVERIFY(!refused.ok);
    QCOMPARE(ContactPolicy::codes(refused.breaches), QStringList{QStringLiteral("quiet_hours")});
    QVERIFY(refused.refusal.contains(QLatin1String("reason")));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM call_task WHERE id = ?"), {task}), QStringLiteral("open"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits); // nothing written

    input.overrideReason = QStringLiteral("Customer asked to be called after work");
    const CallOutcomes::Result logged = outcomes.logCall(task, input);
    QVERIFY2(logged.ok, qPrintable(logged.refusal));
    // The reason is stored sealed (encryption at rest) and opens to what was typed.
    const QString storedReason = scalar(QStringLiteral("SELECT policy_override FROM interaction WHERE id = ?"),
                                        {logged.interactionId});
    QVERIFY(SensitiveColumns::isSealed(storedReason));
    QCOMPARE(SensitiveColumns::open(m_store, storedReason), input.overrideReason);
    const QString detail = scalar(QStringLiteral("SELECT detail_json FROM audit_log WHERE action = "
                                                 "'contact_rule_override' AND entity_id = ?"),
                                  {logged.interactionId});
    QVERIFY2(detail.contains(QLatin1String("quiet_hours")) && detail.contains(input.overrideReason),
             qPrintable(detail));
    m_now = local(23, 10);
}

QTEST_GUILESS_MAIN(tst_ContactPolicy)
#include "tst_contact_policy.moc"
