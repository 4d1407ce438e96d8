// The KYC questionnaire as a service: answers go to a draft at once; finishing makes the
// next version with tags (source kyc), fund arrivals, KYC fields and the customer's risk
// level in one transaction with sync changes and an audit entry; versions diff; refusal.
#include "../common/ResultAssert.h"
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "app/services/kyc/KycAnswerValue.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycService.h"
#include "app/services/kyc/KycSummary.h"
#include "app/domain/DomainTerms.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SensitiveColumns.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_KycService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answerIsWrittenToADraftAtOnce();
    void finishMakesVersionWithResults();
    void secondVersionCarriesOverAndDiffs();
    void completenessAndSuggestion();
    void summaryIsMasked();
    void roleWithoutPermissionIsRefused();
    void invalidAnswerIsRefused();
    void aVersionStateThisBuildDoesNotKnowIsReported();

private:
    Session signIn(const QString &username);
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    std::optional<Session> m_wealth;
};

void tst_KycService::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("kyc.db"))));
    m_branch = test::makeSmallBranch(m_store);
    m_wealth = signIn(QStringLiteral("wealth"));
}

Session tst_KycService::signIn(const QString &username)
{
    const AuthService::Result result = AuthService(m_store).signIn(username, test::kPassword);
    if (!result.session)
        qFatal("cannot sign in %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

QVariant tst_KycService::scalar(const QString &sql, const QVariantList &values)
{
    return test::firstValue(m_store, sql, values);
}

void tst_KycService::answerIsWrittenToADraftAtOnce()
{
    KycService service(m_store, *m_wealth);
    const QString customer = m_branch.customerId;
    const int outbox = scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt();
    QVERIFY(service.answer(CustomerId(customer), QStringLiteral("future.finance.risk_attitude"),
                           KycAnswerValue::choice(QStringLiteral("moderate"))));
    QCOMPARE(scalar(QStringLiteral("SELECT status || ':' || version_no FROM kyc_session "
                                   "WHERE customer_id = ?"), {customer}).toString(),
             QStringLiteral("draft:1"));
    // Stored sealed (an answer may be free text), the answer when opened.
    const QVariant stored = scalar(QStringLiteral("SELECT value_json FROM kyc_answer WHERE question_id = ?"),
                                   {QStringLiteral("future.finance.risk_attitude")});
    QVERIFY(SensitiveColumns::isSealed(stored));
    QCOMPARE(SensitiveColumns::open(m_store, stored), QStringLiteral(R"({"choice":"moderate"})"));
    // Answering again replaces the draft's answer; the draft stays one.
    QVERIFY(service.answer(CustomerId(customer), QStringLiteral("future.finance.risk_attitude"),
                           KycAnswerValue::choice(QStringLiteral("growth"))));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_answer")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_session")).toInt(), 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt() >= outbox + 3);

    const QHash<QString, KycKnownAnswer> known = *service.knownAnswers(CustomerId(customer));
    QCOMPARE(known.size(), 1);
    QVERIFY(known.value(QStringLiteral("future.finance.risk_attitude")).inDraft);
    QVERIFY(!known.value(QStringLiteral("future.finance.risk_attitude")).answeredAt.isEmpty());
}

void tst_KycService::finishMakesVersionWithResults()
{
    KycService service(m_store, *m_wealth);
    const QString customer = m_branch.customerId;
    const QDate soon = QDate::currentDate().addDays(20);
    const QList<std::pair<const char *, QJsonObject>> answers = {
        {"past.finance.experience", KycAnswerValue::choice(QStringLiteral("funds_stocks"))},
        {"future.finance.horizon", KycAnswerValue::choice(QStringLiteral("5_10y"))},
        {"present.finance.maturity", KycAnswerValue::fundArrival(soon, 50000000)},
        {"present.finance.asset_split", KycAnswerValue::choice(QStringLiteral("mostly_elsewhere"))},
        {"future.personal.contact_channel", KycAnswerValue::choice(QStringLiteral("wechat"))},
        {"present.personal.hobbies", KycAnswerValue::choices({QStringLiteral("travel")})},
        {"present.personal.occupation", KycAnswerValue::text(QStringLiteral("外贸公司总经理"))},
    };
    for (const auto &[question, value] : answers)
        QVERIFY_RESULT(service.answer(CustomerId(customer), QLatin1String(question), value));
    const int audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

    const Result<KycService::Finished> finished = service.finish(CustomerId(customer));
    QVERIFY2(finished, qPrintable(finished.errorString()));
    QCOMPARE(finished->versionNo, 1);
    // growth 4 x2, funds_stocks 3, 5_10y 4 -> 15/4 = 3.75 -> 4
    QCOMPARE(finished->outcome.risk.level, 4);
    QCOMPARE(scalar(QStringLiteral("SELECT status || ':' || risk_level FROM kyc_session WHERE id = ?"),
                    {finished->sessionId}).toString(), QStringLiteral("final:4"));
    QVERIFY(scalar(QStringLiteral("SELECT risk_drivers FROM kyc_session WHERE id = ?"),
                   {finished->sessionId}).toString().contains(QStringLiteral("future.finance.risk_attitude")));
    QCOMPARE(scalar(QStringLiteral("SELECT risk_level FROM customer WHERE id = ?"), {customer}).toInt(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT preferred_contact FROM customer WHERE id = ?"), {customer}).toString(),
             QStringLiteral("wechat"));
    QCOMPARE(scalar(QStringLiteral(
                     "SELECT ct.source || ':' || ct.confidence FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
                     "WHERE ct.customer_id = ? AND t.category = 'history' AND t.value = '资产主要在他行'"),
                    {customer}).toString(),
             QStringLiteral("kyc:85"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
                                   "WHERE ct.customer_id = ? AND t.category = 'hobby' AND t.value = '旅游' "
                                   "AND ct.deleted = 0"), {customer}).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT source || ':' || amount_fen || ':' || expected_on FROM fund_arrival "
                                   "WHERE customer_id = ?"), {customer}).toString(),
             QStringLiteral("maturity:50000000:%1").arg(soon.toString(Qt::ISODate)));
    // value_text keeps option codes for segments; a free-text answer is only in the sealed
    // value_json.
    QCOMPARE(scalar(QStringLiteral("SELECT value_text FROM kyc_field WHERE customer_id = ? AND field = 'occupation'"),
                    {customer}).toString(), QString());
    const QVariant occupation = scalar(QStringLiteral("SELECT value_json FROM kyc_field WHERE customer_id = ? "
                                                      "AND field = 'occupation'"), {customer});
    QVERIFY(SensitiveColumns::isSealed(occupation));
    QVERIFY(SensitiveColumns::open(m_store, occupation).contains(QStringLiteral("外贸公司总经理")));
    QCOMPARE(scalar(QStringLiteral("SELECT value_text FROM kyc_field WHERE customer_id = ? AND field = 'investment_horizon'"),
                    {customer}).toString(), QStringLiteral("5_10y"));
    QCOMPARE(scalar(QStringLiteral("SELECT value_text FROM kyc_field WHERE customer_id = ? AND field = 'hobbies'"),
                    {customer}).toString(), QStringLiteral("travel"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kyc_finish'")).toInt(), 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == audits + 1);
    for (const char *table : {"kyc_session", "kyc_answer", "customer_tag", "fund_arrival", "kyc_field", "customer"})
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = ?"),
                        {QLatin1String(table)}).toInt() > 0, table);
    QVERIFY(!service.draft(CustomerId(customer)));
}

void tst_KycService::secondVersionCarriesOverAndDiffs()
{
    KycService service(m_store, *m_wealth);
    const QString customer = m_branch.customerId;
    // Known answers come from version 1 and are not asked again.
    QCOMPARE(service.knownAnswers(CustomerId(customer))->size(), 8);
    QVERIFY(!service.knownAnswers(CustomerId(customer))->value(QStringLiteral("future.finance.horizon")).inDraft);
    QVERIFY(service.answer(CustomerId(customer), QStringLiteral("present.finance.asset_split"),
                           KycAnswerValue::choice(QStringLiteral("mostly_here"))));
    QVERIFY(service.answer(CustomerId(customer), QStringLiteral("future.finance.expected_return"),
                           KycAnswerValue::choice(QStringLiteral("fixed"))));
    QCOMPARE(service.draft(CustomerId(customer))->versionNo, 2);
    const Result<KycService::Finished> second = service.finish(CustomerId(customer));
    QVERIFY2(second, qPrintable(second.errorString()));
    QCOMPARE(second->versionNo, 2);
    // Version 2 is complete on its own: the 8 answers of version 1 plus one new.
    QCOMPARE(service.answersOf(second->sessionId)->size(), 9);
    // The maturity answer was carried over but makes no second fund arrival.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM fund_arrival WHERE customer_id = ?"), {customer}).toInt(), 1);
    // The tag no longer derived is tombstoned; the new one is set.
    QCOMPARE(scalar(QStringLiteral("SELECT ct.deleted FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
                                   "WHERE ct.customer_id = ? AND t.value = '资产主要在他行'"), {customer}).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT ct.deleted FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
                                   "WHERE ct.customer_id = ? AND t.value = '忠诚'"), {customer}).toInt(), 0);

    const QList<KycSessionRow> history = *service.history(CustomerId(customer));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.first().versionNo, 2);
    const QList<KycAnswerChange> changes = *service.diff(history.at(1).id, history.at(0).id);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).questionId, QStringLiteral("present.finance.asset_split"));
    QCOMPARE(changes.at(0).kind, KycAnswerChange::Kind::Changed);
    QVERIFY(!changes.at(0).before.isEmpty());
    QVERIFY(changes.at(0).before != changes.at(0).after);
    QCOMPARE(changes.at(1).questionId, QStringLiteral("future.finance.expected_return"));
    QCOMPARE(changes.at(1).kind, KycAnswerChange::Kind::Added);
    QVERIFY(changes.at(1).before.isEmpty());
    // Reversed, the new answer is a removal.
    QCOMPARE(service.diff(history.at(0).id, history.at(1).id)->at(1).kind,
             KycAnswerChange::Kind::Removed);
}

void tst_KycService::completenessAndSuggestion()
{
    const QMap<QString, int> percent = KycCompleteness::percentByCell(m_store, CustomerId(m_branch.customerId));
    QCOMPARE(percent.size(), 9);
    // future.finance: expected return, horizon, risk attitude of 6 questions.
    QCOMPARE(percent.value(QStringLiteral("future.finance")), 50);
    QCOMPARE(percent.value(QStringLiteral("past.family")), 0);
    QCOMPARE(KycCompleteness::percentByCell(m_store, CustomerId(m_branch.otherCustomerId)).value(QStringLiteral("future.finance")), 0);
    // Ties at 0%: the money cells come first.
    // Money cells first, but an empty cell beats a started one: present.family is the first
    // empty cell in the order present.finance, future.finance, past.finance, present.personal,
    // present.family ...
    QCOMPARE(KycCompleteness::suggestedNextCell(percent), QStringLiteral("present.family"));
    QMap<QString, int> empty;
    QCOMPARE(KycCompleteness::suggestedNextCell(empty), QStringLiteral("present.finance"));
    QMap<QString, int> full;
    for (const QString &cell : KycCompleteness::cells())
        full.insert(cell, 100);
    QVERIFY(KycCompleteness::suggestedNextCell(full).isEmpty());
    full.insert(QStringLiteral("past.family"), 30);
    QCOMPARE(KycCompleteness::suggestedNextCell(full), QStringLiteral("past.family"));
}

void tst_KycService::summaryIsMasked()
{
    KycService service(m_store, *m_wealth);
    const std::optional<KycSummary::Data> data = KycSummary::collect(m_store, service, CustomerId(m_branch.customerId));
    QVERIFY(data);
    const QString html = KycSummary::html(service.bank(), *data, QLocale(QLocale::English));
    QVERIFY(html.contains(QStringLiteral("张*")));
    QVERIFY(!html.contains(QStringLiteral("张三")));
    QVERIFY(!html.contains(QStringLiteral("110101198001010010")));
    QVERIFY(!html.contains(QStringLiteral("13800138000")));
    QVERIFY(html.contains(QStringLiteral("version 2")));
    QVERIFY(html.contains(data->risk.label()));
    // Tags are shown by their labels, not the stored keys (horizon, product_interest ...).
    QVERIFY(!data->tags.isEmpty());
    for (const KycTagRow &tag : data->tags) {
        QVERIFY2(!html.contains(tag.category + QLatin1Char('/')), qPrintable(tag.category));
        QVERIFY2(html.contains(DomainTerms::label(Vocabulary::TagCategory, tag.category) + QStringLiteral(": ")
                               + tag.value),
                 qPrintable(tag.category));
    }
}

void tst_KycService::roleWithoutPermissionIsRefused()
{
    const Session teller = signIn(QStringLiteral("teller"));
    KycService service(m_store, teller);
    const int refusals = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_refused'")).toInt();
    const Result<> may = service.mayRun();
    QVERIFY(!may);
    QVERIFY(!may.errorString().isEmpty());
    QVERIFY(!service.answer(CustomerId(m_branch.otherCustomerId), QStringLiteral("future.finance.horizon"),
                            KycAnswerValue::choice(QStringLiteral("1_3y"))));
    QVERIFY(!service.finish(CustomerId(m_branch.otherCustomerId)));
    QVERIFY(service.knownAnswers(CustomerId(m_branch.customerId)).valueOr({}).isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_session WHERE customer_id = ?"),
                    {m_branch.otherCustomerId}).toInt(), 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_refused'")).toInt()
            >= refusals + 3);
}

void tst_KycService::invalidAnswerIsRefused()
{
    KycService service(m_store, *m_wealth);
    QVERIFY(!service.answer(CustomerId(m_branch.otherCustomerId), QStringLiteral("future.finance.horizon"),
                            KycAnswerValue::choice(QStringLiteral("forever"))));
    QVERIFY(!service.answer(CustomerId(m_branch.otherCustomerId), QStringLiteral("no.such.question"),
                            KycAnswerValue::text(QStringLiteral("x"))));
    QVERIFY(!service.answer(CustomerId(QStringLiteral("no-such-customer")), QStringLiteral("future.finance.horizon"),
                            KycAnswerValue::choice(QStringLiteral("1_3y"))));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_session WHERE customer_id = ?"),
                    {m_branch.otherCustomerId}).toInt(), 0);
}

// A KYC version whose status this build does not know (from a newer version) makes the
// history an error naming it, not a list that calls it a draft.
void tst_KycService::aVersionStateThisBuildDoesNotKnowIsReported()
{
    KycService service(m_store, *m_wealth);
    const CustomerId customer(m_branch.otherCustomerId);
    QVERIFY_RESULT(service.answer(customer, QStringLiteral("future.finance.horizon"),
                                  KycAnswerValue::choice(QStringLiteral("1_3y"))));
    QCOMPARE(service.history(customer)->size(), 1);
    QCOMPARE(service.history(customer)->first().status, KycSessionState::Draft);
    QSqlQuery query(m_store.database());
    // This version's CHECK refuses the code; a newer schema would not.
    QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    query.prepare(QStringLiteral("UPDATE kyc_session SET status = 'withdrawn' WHERE customer_id = ?"));
    query.addBindValue(customer.toString());
    QVERIFY(query.exec());
    QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
    const Result<QList<KycSessionRow>> history = service.history(customer);
    QVERIFY(!history);
    QVERIFY2(history.errorString().contains(QLatin1String("withdrawn")),
             qPrintable(history.errorString()));
}

QTEST_GUILESS_MAIN(tst_KycService)
#include "tst_kyc_service.moc"
