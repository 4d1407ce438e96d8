// Issue #17, the branch head's rule editor: on the workstation the head raises the amount of
// "large transfer out" to 10万 and switches "large amount arrived" off (BranchRuleEditor);
// after the head's sync a real branchdesk-server runs the changed rules from the next event
// (a 6万 transfer out no longer fires, 12万 does; an inflow makes nothing), and the
// manager's workstation has the changed rules after its sync. A broken value is refused at
// the desk with why; a broken rule written past the editor, and a rule change from a wealth
// manager, are refused by the server. Each change is audited. A whole rule file from the
// head's desk is checked by the server too: a broken one never replaces the working one.
// "Back to the shipped rules" on the head's desk puts the shipped rules back in force on the
// server and, after its sync, on a manager's desk, which then fires them on its own events.
#include "../common/EventFeed.h"
#include "../common/RecordedRows.h"
#include "../common/RuleFileSamples.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/Uuid7.h"
#include "app/rules/RuleBook.h"
#include "app/services/opportunities/BranchRuleEditor.h"
#include "app/services/opportunities/BranchRuleFile.h"
#include "app/services/opportunities/DeskEventEvaluation.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SqlTime.h"
#include "database/opportunities/DeskEventRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("rule-editor-pass-1");

QJsonObject transaction(const QString &id, const QString &cif, const QString &direction,
                        double amountFen)
{
    return test::transferEvent(id, cif, QDateTime::currentDateTimeUtc().addSecs(-30), amountFen,
                               direction);
}
} // namespace

class tst_RuleChangesFromTheDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theChangedRulesRunFromTheNextEvent();
    void everyWorkstationGetsTheChangedRules();
    void aBrokenValueIsRefusedWithWhy();
    void theServerRefusesABrokenRuleAndAManagersChange();
    void aBrokenRuleFileNeverReplacesTheWorkingOne();
    void backToTheShippedRulesOnTheServerAndEveryDesk();

private:
    int complaint(const QString &id, const QString &cif);
    SyncEngine::Report sync(Store &store, const QString &username)
    {
        return m_branch.sync(store, username, kPassword, 10000);
    }
    // How many opportunities the server's answer says one event made; -1 if refused.
    int post(const QJsonObject &event);
    bool addCustomer(const QString &cif);
    // A customer of `manager` made on `store`'s desk for sync; its id, empty if not written.
    static QString addCustomerTo(Store &store, const QString &branchId, const QString &manager,
                                 const QString &cif);
    static QString amountPath(const MarketingRule &rule);

    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    test::SyncBranchFixture m_branch{m_server};
    std::unique_ptr<Store> m_head;
    std::unique_ptr<Store> m_manager;
    std::optional<Session> m_headSession;
    QString m_managerId;
    QByteArray m_feedKey;
};

int tst_RuleChangesFromTheDesk::post(const QJsonObject &event)
{
    const auto answer = test::postEvents(m_server, QJsonArray{event}, m_feedKey);
    if (answer.status != 200)
        return -1;
    return answer.body.value(QStringLiteral("results"))
            .toArray().first().toObject().value(QStringLiteral("opportunities")).toInt();
}

int tst_RuleChangesFromTheDesk::complaint(const QString &id, const QString &cif)
{
    return post({{QStringLiteral("event_id"), id},
                 {QStringLiteral("kind"), QStringLiteral("complaint")},
                 {QStringLiteral("cif_no"), cif},
                 {QStringLiteral("occurred_at"),
                  QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODateWithMs)},
                 {QStringLiteral("topic"), QStringLiteral("queue")}});
}

bool tst_RuleChangesFromTheDesk::addCustomer(const QString &cif)
{
    return !addCustomerTo(*m_head, m_headSession->branch.id, m_managerId, cif).isEmpty();
}

QString tst_RuleChangesFromTheDesk::addCustomerTo(Store &store, const QString &branchId,
                                                  const QString &manager, const QString &cif)
{
    const QString id = Uuid7Generator::generate();
    const bool added = test::insertRecorded(
            store, QStringLiteral("customer"), id,
            {{QStringLiteral("branch_id"), branchId},
             {QStringLiteral("cif_no"), cif},
             {QStringLiteral("name"), QStringLiteral("客户") + cif.right(2)},
             {QStringLiteral("manager_id"), manager},
             {QStringLiteral("aum_fen"), 100'000'000},
             {QStringLiteral("marketing_consent"), 1},
             {QStringLiteral("opened_on"), QStringLiteral("2018-05-02")}},
            {{QStringLiteral("created_at"), SqlTime::now()},
             {QStringLiteral("updated_at"), SqlTime::now()}});
    return added ? id : QString();
}

QString tst_RuleChangesFromTheDesk::amountPath(const MarketingRule &rule)
{
    for (const RuleThreshold &threshold : RuleThresholds::of(rule)) {
        if (threshold.field == QLatin1String("amount"))
            return threshold.path;
    }
    return {};
}

void tst_RuleChangesFromTheDesk::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_branch.startCase();
    auto desks = m_branch.addHeadAndManagerDesks(QStringLiteral("310400"), kPassword);
    QVERIFY(desks);
    m_head = std::move(desks->headDesk);
    m_manager = std::move(desks->managerDesk);
    m_managerId = desks->managerId;
    m_headSession = AuthService(*m_head).signIn(QStringLiteral("head"), kPassword).session;
    QVERIFY(m_headSession);
    for (const char *cif : {"C31040000001", "C31040000002"})
        QVERIFY(addCustomer(QString::fromLatin1(cif)));
    const auto report = sync(*m_head, QStringLiteral("head"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QString said;
    m_feedKey = test::addServiceAccount(m_server, &said);
    QVERIFY2(!m_feedKey.isEmpty(), qPrintable(said));
}

void tst_RuleChangesFromTheDesk::theChangedRulesRunFromTheNextEvent()
{
    // As shipped: 6万 out and 6万 in each fire for the first customer.
    QCOMPARE(post(transaction(QStringLiteral("r-1"), QStringLiteral("C31040000001"),
                              QStringLiteral("out"), 6'000'000)),
             1);
    QCOMPARE(post(transaction(QStringLiteral("r-2"), QStringLiteral("C31040000001"),
                              QStringLiteral("in"), 6'000'000)),
             1);
    // The head raises the transfer's amount to 10万 and switches the inflow rule off.
    BranchRuleEditor editor(*m_head, *m_headSession);
    const auto rules = editor.rules();
    QVERIFY2(rules, qPrintable(rules.errorString()));
    const auto transfer = std::find_if(rules->cbegin(), rules->cend(), [](const MarketingRule &r) {
        return r.id == QLatin1String("large_transfer_out");
    });
    QVERIFY(transfer != rules->cend());
    const QString path = amountPath(*transfer);
    QVERIFY(!path.isEmpty());
    const auto raised = editor.setThreshold(transfer->id, path, 10'000'000);
    QVERIFY2(raised, qPrintable(raised.errorString()));
    QCOMPARE(raised->version, transfer->version + 1);
    const auto off = editor.switchRule(QStringLiteral("large_inflow"), false);
    QVERIFY2(off, qPrintable(off.errorString()));
    QVERIFY(!off->enabled);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                  "'marketing_rule_changed'")).toInt(),
             2);
    const auto pushed = sync(*m_head, QStringLiteral("head"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT group_concat(refused_reason) FROM "
                                                  "sync_outbox")).toString(),
             QString());
    // The next events, for the other customer: 6万 out no longer fires, 12万 does; an inflow
    // makes nothing.
    QCOMPARE(post(transaction(QStringLiteral("r-3"), QStringLiteral("C31040000002"),
                              QStringLiteral("out"), 6'000'000)),
             0);
    QCOMPARE(post(transaction(QStringLiteral("r-4"), QStringLiteral("C31040000002"),
                              QStringLiteral("in"), 6'000'000)),
             0);
    QCOMPARE(post(transaction(QStringLiteral("r-5"), QStringLiteral("C31040000002"),
                              QStringLiteral("out"), 12'000'000)),
             1);
}

void tst_RuleChangesFromTheDesk::everyWorkstationGetsTheChangedRules()
{
    const auto pulled = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(pulled.ok, qPrintable(pulled.error));
    QCOMPARE(test::scalar(*m_manager, QStringLiteral("SELECT group_concat(id) FROM (SELECT id "
                                                     "FROM marketing_rule ORDER BY id)"))
                     .toString(),
             QStringLiteral("large_inflow,large_transfer_out"));
    QVERIFY(test::scalar(*m_manager, QStringLiteral("SELECT rule_json FROM marketing_rule WHERE "
                                                    "id = 'large_transfer_out'"))
                    .toString().contains(QLatin1String("10000000")));
}

void tst_RuleChangesFromTheDesk::aBrokenValueIsRefusedWithWhy()
{
    BranchRuleEditor editor(*m_head, *m_headSession);
    const int before = test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt();
    const auto negative = editor.setThreshold(QStringLiteral("large_transfer_out"),
                                              QStringLiteral("dedup_days"), -3);
    QVERIFY(!negative);
    QVERIFY2(negative.errorString().contains(QLatin1String("0 to 366")),
             qPrintable(negative.errorString()));
    QVERIFY(!editor.setThreshold(QStringLiteral("large_transfer_out"),
                                 QStringLiteral("when.conditions[9].value"), 1));
    QVERIFY(!editor.switchRule(QStringLiteral("no_such_rule"), false));
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(), before);
    const std::optional<Session> manager
            = AuthService(*m_manager).signIn(QStringLiteral("wm"), kPassword).session;
    QVERIFY(manager);
    QVERIFY(!BranchRuleEditor(*m_manager, *manager).switchRule(QStringLiteral("large_inflow"), true));
}

void tst_RuleChangesFromTheDesk::theServerRefusesABrokenRuleAndAManagersChange()
{
    // Written past the editor: a rule that does not read, on the head's desk.
    QVERIFY(test::insertRecorded(*m_head, QStringLiteral("marketing_rule"),
                                 QStringLiteral("broken_rule"),
                                 {{QStringLiteral("branch_id"), m_headSession->branch.id},
                                  {QStringLiteral("rule_json"),
                                   QStringLiteral("{\"id\":\"broken_rule\",\"event\":\"nothing\"}")}},
                                 {{QStringLiteral("updated_at"), SqlTime::now()}}));
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QVERIFY2(test::scalar(*m_head, QStringLiteral("SELECT refused_reason FROM sync_outbox WHERE "
                                                  "row_id = 'broken_rule'"))
                     .toString().contains(QLatin1String("rule_json")),
             "the server took a broken rule");
    // A wealth manager's desk changes a rule: refused, the rules run as the head left them.
    const QString good = test::scalar(*m_manager, QStringLiteral("SELECT rule_json FROM "
                                                                 "marketing_rule WHERE id = "
                                                                 "'large_inflow'")).toString();
    QVERIFY(test::editRecorded(*m_manager, QStringLiteral("marketing_rule"),
                               QStringLiteral("large_inflow"), QStringLiteral("rule_json"),
                               QString(good).replace(QLatin1String("\"enabled\":false"),
                                                     QLatin1String("\"enabled\":true"))));
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    QVERIFY(!test::scalar(*m_manager, QStringLiteral("SELECT refused_reason FROM sync_outbox "
                                                     "WHERE row_id = 'large_inflow'"))
                     .toString().isEmpty());
    QCOMPARE(post(transaction(QStringLiteral("r-6"), QStringLiteral("C31040000002"),
                              QStringLiteral("in"), 7'000'000)),
             0);
}

// A whole rule file (marketing_rule_set) from the head's desk: a working one installed runs
// (here: the shipped rules without the complaint rule, so a complaint makes nothing); a
// broken one in its place is refused with every problem and its path, and the working file
// stays in force (before the server checked, the broken file replaced it and the rules fell
// back to the shipped ones: the complaint fired). A wealth manager may not install one.
void tst_RuleChangesFromTheDesk::aBrokenRuleFileNeverReplacesTheWorkingOne()
{
    QJsonObject file = test::shippedRulesWithout({QStringLiteral("complaint_recovery")});
    const QString working = QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Compact));
    QVERIFY(test::insertRecorded(*m_head, QStringLiteral("marketing_rule_set"),
                                 QStringLiteral("branch-rules"),
                                 {{QStringLiteral("definition_json"), working}},
                                 {{QStringLiteral("updated_at"), SqlTime::now()}}));
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT refused_reason FROM sync_outbox WHERE "
                                                  "row_id = 'branch-rules'")).toString(),
             QString());
    QCOMPARE(complaint(QStringLiteral("c-1"), QStringLiteral("C31040000001")), 0);

    // Two problems in the file: a rule of no event kind, another without its id.
    file = test::withTwoProblems(file);
    QVERIFY(test::editRecorded(*m_head, QStringLiteral("marketing_rule_set"),
                               QStringLiteral("branch-rules"), QStringLiteral("definition_json"),
                               QString::fromUtf8(QJsonDocument(file).toJson(QJsonDocument::Compact))));
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    const QString refused = test::scalar(*m_head, QStringLiteral(
            "SELECT refused_reason FROM sync_outbox WHERE row_id = 'branch-rules' AND "
            "refused_reason IS NOT NULL")).toString();
    QVERIFY2(refused.contains(QLatin1String("definition_json")), "the server took a broken file");
    QVERIFY2(refused.contains(QLatin1String("nothing")) && refused.count(QLatin1Char('\n')) >= 2,
             qPrintable(refused)); // every problem, one per line
    QVERIFY2(refused.contains(QLatin1String("rules[0]")) && refused.contains(QLatin1String("rules[1]")),
             qPrintable(refused)); // each with its path
    // The working file still runs: a complaint still makes nothing.
    QCOMPARE(complaint(QStringLiteral("c-2"), QStringLiteral("C31040000002")), 0);

    // A wealth manager's desk installs a file of its own: refused.
    QVERIFY(test::insertRecorded(*m_manager, QStringLiteral("marketing_rule_set"),
                                 QStringLiteral("manager-rules"),
                                 {{QStringLiteral("definition_json"),
                                   QString::fromUtf8(RuleBook::shippedBytes())}},
                                 {{QStringLiteral("updated_at"), SqlTime::now()}}));
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    QVERIFY(!test::scalar(*m_manager, QStringLiteral("SELECT refused_reason FROM sync_outbox "
                                                     "WHERE row_id = 'manager-rules'"))
                     .toString().isEmpty());
    QCOMPARE(complaint(QStringLiteral("c-3"), QStringLiteral("C31040000002")), 0);
}

// Another branch with clean desks: its head installs a file without the complaint and the
// walk-in rules and raises the transfer's amount to 10万; the server and the manager's desk
// run that. Then "Back to the shipped rules" on the head's desk: audited, the file and the
// change withdrawn for sync; after the head's sync the server runs the shipped rules (a
// complaint and a 6万 transfer fire again), and after the manager's sync so does the
// manager's desk (a walk-in of a potential VIP fires there). A manager cannot do it, and
// asking again when the shipped rules already run changes nothing.
void tst_RuleChangesFromTheDesk::backToTheShippedRulesOnTheServerAndEveryDesk()
{
    const auto head = m_branch.addBranchWithHead(QStringLiteral("310401"), QStringLiteral("head2"),
                                                 kPassword);
    QVERIFY(head);
    QVERIFY(m_server.addAccount(QStringLiteral("wm2"), head->branchId, StaffRole::WealthManager,
                                kPassword));
    std::unique_ptr<Store> headDesk = m_branch.openWorkstationWith(*head, QStringLiteral("head2"));
    std::unique_ptr<Store> managerDesk
            = m_branch.openWorkstationWith(*head, QStringLiteral("manager2"));
    QVERIFY(headDesk && managerDesk);
    const QString managerId = Uuid7Generator::generate();
    for (Store *store : {headDesk.get(), managerDesk.get()}) {
        QVERIFY(test::SyncBranchFixture::addToRoster(
                *store, {managerId, head->branchId, QStringLiteral("wm2"),
                         QStringLiteral("李经理"), QStringLiteral("wealth_manager"),
                         PasswordHasher::hash(kPassword)}));
    }
    const std::optional<Session> headSession
            = AuthService(*headDesk).signIn(QStringLiteral("head2"), kPassword).session;
    QVERIFY(headSession);
    QStringList customers;
    for (const char *cif : {"C31040100001", "C31040100002", "C31040100003"}) {
        customers << addCustomerTo(*headDesk, head->branchId, managerId, QString::fromLatin1(cif));
        QVERIFY(!customers.last().isEmpty());
    }
    const auto walkInOnTheManagersDesk = [&](const QString &customer) -> int {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!DeskEventEvaluation::raise(*managerDesk, test::potentialVipWalkIn(customer, now), now))
            return -1;
        const auto report = DeskEventEvaluation::evaluatePending(*managerDesk, now);
        return report && report->evaluated == 1 ? report->opportunities : -1;
    };
    // The rules a desk runs on its own events (what DeskEventEvaluation builds), whole.
    const auto asText = [](const MarketingRule &rule) {
        return QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
    };
    const auto rulesOn = [&asText](Store &store) {
        QStringList rules;
        if (const auto built = DeskEventRecord(store).rules())
            for (const MarketingRule &rule : built->rules.rules)
                rules << asText(rule);
        return rules;
    };
    QStringList shipped;
    for (const MarketingRule &rule : RuleBook::build(std::nullopt, {}).rules.rules)
        shipped << asText(rule);

    // The branch's own rules: a file without the complaint and walk-in rules, and 10万.
    const QJsonObject file = test::shippedRulesWithout(
            {QStringLiteral("complaint_recovery"), QStringLiteral("walk_in_potential_vip")});
    const auto installed = BranchRuleFile(*headDesk, *headSession).install(QJsonDocument(file).toJson());
    QVERIFY2(installed, qPrintable(installed.errorString()));
    BranchRuleEditor editor(*headDesk, *headSession);
    const auto current = editor.rules();
    QVERIFY(current);
    const auto transfer = std::find_if(current->cbegin(), current->cend(), [](const MarketingRule &r) {
        return r.id == QLatin1String("large_transfer_out");
    });
    QVERIFY(transfer != current->cend());
    QVERIFY(editor.setThreshold(transfer->id, amountPath(*transfer), 10'000'000));
    QVERIFY(sync(*headDesk, QStringLiteral("head2")).ok);
    QCOMPARE(test::scalar(*headDesk, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE "
                                                    "refused_reason IS NOT NULL")).toInt(), 0);
    QCOMPARE(complaint(QStringLiteral("s-1"), QStringLiteral("C31040100001")), 0);
    QCOMPARE(post(transaction(QStringLiteral("s-2"), QStringLiteral("C31040100001"),
                              QStringLiteral("out"), 6'000'000)),
             0);
    QVERIFY(sync(*managerDesk, QStringLiteral("wm2")).ok);
    QCOMPARE(walkInOnTheManagersDesk(customers.at(0)), 0);
    QVERIFY(rulesOn(*managerDesk) != shipped);

    // A manager may not; the head goes back to the shipped rules.
    const std::optional<Session> manager
            = AuthService(*managerDesk).signIn(QStringLiteral("wm2"), kPassword).session;
    QVERIFY(manager);
    QVERIFY(!BranchRuleFile(*managerDesk, *manager).backToShipped());
    const auto back = BranchRuleFile(*headDesk, *headSession).backToShipped();
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->files, 1);
    QCOMPARE(back->changedRules, 1);
    QCOMPARE(rulesOn(*headDesk), shipped);
    QCOMPARE(test::scalar(*headDesk, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                    "'marketing_rules_back_to_shipped'")).toInt(),
             1);
    const auto pushed = sync(*headDesk, QStringLiteral("head2"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(test::scalar(*headDesk, QStringLiteral("SELECT group_concat(refused_reason) FROM "
                                                    "sync_outbox")).toString(),
             QString());
    // The server, from the next event: the complaint rule and 5万 are back.
    QCOMPARE(complaint(QStringLiteral("s-3"), QStringLiteral("C31040100002")), 1);
    QCOMPARE(post(transaction(QStringLiteral("s-4"), QStringLiteral("C31040100002"),
                              QStringLiteral("out"), 6'000'000)),
             1);
    // The manager's desk after its sync: the shipped rules, and the walk-in fires there.
    QVERIFY(sync(*managerDesk, QStringLiteral("wm2")).ok);
    QCOMPARE(rulesOn(*managerDesk), shipped);
    QCOMPARE(walkInOnTheManagersDesk(customers.at(1)), 1);

    // Again: nothing left to withdraw, nothing audited or sent.
    const int outbox = test::scalar(*headDesk, QStringLiteral("SELECT count(*) FROM sync_outbox"))
                               .toInt();
    const auto again = BranchRuleFile(*headDesk, *headSession).backToShipped();
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->files + again->changedRules, 0);
    QCOMPARE(test::scalar(*headDesk, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt(),
             outbox);
    QCOMPARE(test::scalar(*headDesk, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                    "'marketing_rules_back_to_shipped'")).toInt(),
             1);
}

QTEST_GUILESS_MAIN(tst_RuleChangesFromTheDesk)
#include "tst_rule_changes_from_the_desk.moc"
