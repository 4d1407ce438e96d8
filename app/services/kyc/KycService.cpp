#include "app/services/kyc/KycService.h"

#include "app/domain/DomainTerms.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "app/services/kyc/KycAnswerValue.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycLogging.h"
#include "app/services/voice/VoiceCapture.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

KycService::KycService(Store &store, const Session &session, const KycQuestionBank &bank)
    : m_store(store)
    , m_session(session)
    , m_bank(bank)
{
}

bool KycService::fail(const QString &error)
{
    m_error = error;
    qCWarning(lcKyc).noquote() << error;
    return false;
}

bool KycService::mayRun()
{
    if (m_session.can(Permission::RunKyc))
        return true;
    m_error = m_session.refusal(Permission::RunKyc);
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"), {}, {},
                               {{QStringLiteral("permission"), Permissions::code(Permission::RunKyc)}});
    transaction.commit();
    return false;
}

QHash<QString, KycKnownAnswer> KycService::knownAnswers(const QString &customerId)
{
    QHash<QString, KycKnownAnswer> known;
    if (!mayRun())
        return known;
    KycRepository repository(m_store);
    const std::optional<KycSessionRow> latest = repository.latestFinal(customerId);
    const std::optional<KycSessionRow> draft = repository.draft(customerId);
    for (const auto &session : {latest, draft}) {
        if (!session)
            continue;
        for (const KycAnswerRow &row : repository.answers(session->id)) {
            if (!m_bank.question(row.questionId))
                continue; // asked by another bank: kept in the database, not shown
            known.insert(row.questionId,
                         {row.questionId, row.cell, KycAnswerValue::fromJson(row.valueJson),
                          row.answeredAt, session->versionNo,
                          session->status == QLatin1String("draft")});
        }
    }
    return known;
}

std::optional<KycSessionRow> KycService::draft(const QString &customerId)
{
    if (!mayRun())
        return std::nullopt;
    return KycRepository(m_store).draft(customerId);
}

bool KycService::answer(const QString &customerId, const QString &questionId,
                        const QJsonObject &value)
{
    if (!mayRun())
        return false;
    const KycQuestion *question = m_bank.question(questionId);
    if (!question)
        return fail(tr("The question bank has no question %1.").arg(questionId));
    if (!KycAnswerValue::isValid(*question, value))
        return fail(tr("This is not a complete answer to \"%1\".").arg(question->text.text()));
    Transaction transaction(m_store.database());
    KycRepository repository(m_store);
    if (!repository.customerExists(customerId))
        return fail(tr("No customer has the id %1.").arg(customerId));
    std::optional<KycSessionRow> draft = repository.draft(customerId);
    if (!draft)
        draft = repository.createDraft(customerId, m_session.user.id);
    if (!draft || !repository.saveAnswer(draft->id, question->cell, questionId,
                                         KycAnswerValue::toJson(value), SqlTime::now()))
        return fail(tr("The answer could not be saved: %1").arg(repository.errorString()));
    if (!VoiceCapture(m_store).kycAnswerSaved(draft->id, questionId).ok())
        return fail(tr("The answer could not be saved: %1").arg(transaction.errorString()));
    if (!transaction.commit())
        return fail(tr("The answer could not be saved: %1").arg(transaction.errorString()));
    return true;
}

bool KycService::clearAnswer(const QString &customerId, const QString &questionId)
{
    if (!mayRun())
        return false;
    Transaction transaction(m_store.database());
    KycRepository repository(m_store);
    const std::optional<KycSessionRow> draft = repository.draft(customerId);
    if (draft && !repository.removeAnswer(draft->id, questionId))
        return fail(tr("The answer could not be removed: %1").arg(repository.errorString()));
    return transaction.commit() || fail(transaction.errorString());
}

QMap<QString, int> KycService::completeness(const QString &customerId)
{
    QSet<QString> answered;
    const QHash<QString, KycKnownAnswer> known = knownAnswers(customerId);
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        answered.insert(it.key());
    return KycCompleteness::percentByCell(m_bank, answered);
}

std::optional<KycService::Finished> KycService::finish(const QString &customerId)
{
    if (!mayRun())
        return std::nullopt;
    Transaction transaction(m_store.database());
    KycRepository repository(m_store);
    if (!repository.customerExists(customerId)) {
        fail(tr("No customer has the id %1.").arg(customerId));
        return std::nullopt;
    }
    auto storageError = [&](const QString &detail) {
        fail(tr("The KYC could not be finished: %1").arg(detail));
        return std::nullopt;
    };
    std::optional<KycSessionRow> draft = repository.draft(customerId);
    if (!draft)
        draft = repository.createDraft(customerId, m_session.user.id);
    if (!draft)
        return storageError(repository.errorString());

    // The new version is complete on its own: answers of the previous version that were not
    // asked again are carried over with the time they were given.
    QHash<QString, QJsonObject> answers;
    QHash<QString, QString> answeredAt;
    for (const KycAnswerRow &row : repository.answers(draft->id)) {
        answers.insert(row.questionId, KycAnswerValue::fromJson(row.valueJson));
        answeredAt.insert(row.questionId, row.answeredAt);
    }
    if (const std::optional<KycSessionRow> previous = repository.latestFinal(customerId)) {
        for (const KycAnswerRow &row : repository.answers(previous->id)) {
            if (answers.contains(row.questionId))
                continue;
            if (!repository.saveAnswer(draft->id, row.cell, row.questionId, row.valueJson,
                                       row.answeredAt))
                return storageError(repository.errorString());
            answers.insert(row.questionId, KycAnswerValue::fromJson(row.valueJson));
            answeredAt.insert(row.questionId, row.answeredAt);
        }
    }

    const KycOutcome outcome = KycRuleEngine(m_bank).evaluate(answers);
    QJsonArray drivers;
    for (const RiskDriver &driver : outcome.risk.drivers)
        drivers.append(QJsonObject{{QStringLiteral("question"), driver.questionId},
                                   {QStringLiteral("option"), driver.optionCode},
                                   {QStringLiteral("score"), driver.score},
                                   {QStringLiteral("weight"), driver.weight}});
    if (!repository.finalize(draft->id, outcome.risk.level,
                             int(outcome.risk.score * 100 + 0.5),
                             QString::fromUtf8(QJsonDocument(drivers).toJson(QJsonDocument::Compact))))
        return storageError(repository.errorString());

    QString preferredContact;
    QList<KycTagRow> tags;
    for (const KycDerivedTag &tag : outcome.tags)
        tags.append({tag.dimension, tag.category, tag.value, QStringLiteral("kyc"), tag.confidence});
    if (!repository.replaceKycTags(customerId, tags, m_session.user.id))
        return storageError(repository.errorString());
    int arrivals = 0;
    for (const KycFundArrival &arrival : outcome.arrivals) {
        if (arrival.expectedOn < QDate::currentDate())
            continue; // a date already past is history, not money arriving
        const KycQuestion *question = m_bank.question(arrival.questionId);
        if (!repository.addFundArrival(customerId, arrival.questionId, arrival.source,
                                       arrival.expectedOn, arrival.amountFen,
                                       tr("KYC: %1").arg(question->text.text())))
            return storageError(repository.errorString());
        ++arrivals;
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const KycQuestion *question = m_bank.question(it.key());
        if (!question || !KycAnswerValue::isValid(*question, it.value()))
            continue;
        if (!repository.upsertField(customerId, question->field, question->id,
                                    KycAnswerValue::toJson(it.value()), draft->id,
                                    answeredAt.value(it.key())))
            return storageError(repository.errorString());
        if (question->field == QLatin1String("contact_channel")) {
            const QString code = KycAnswerValue::codes(it.value()).value(0);
            if (DomainTerms::codes(Vocabulary::ContactChannel).contains(code))
                preferredContact = code;
        }
    }
    if (!repository.setCustomerRisk(customerId, outcome.risk.level, preferredContact))
        return storageError(repository.errorString());
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("kyc_finish"),
                                    QStringLiteral("customer"), customerId,
                                    {{QStringLiteral("version_no"), draft->versionNo},
                                     {QStringLiteral("risk_level"), outcome.risk.level},
                                     {QStringLiteral("answers"), int(answers.size())},
                                     {QStringLiteral("tags"), int(tags.size())},
                                     {QStringLiteral("fund_arrivals"), arrivals}}))
        return storageError(tr("audit entry"));
    if (!transaction.commit())
        return storageError(transaction.errorString());
    return Finished{draft->id, draft->versionNo, outcome};
}

QList<KycSessionRow> KycService::history(const QString &customerId)
{
    if (!mayRun())
        return {};
    return KycRepository(m_store).sessions(customerId);
}

QList<KycAnswerRow> KycService::answersOf(const QString &sessionId)
{
    if (!mayRun())
        return {};
    return KycRepository(m_store).answers(sessionId);
}

QList<KycAnswerChange> KycService::diff(const QString &olderSessionId,
                                        const QString &newerSessionId)
{
    if (!mayRun())
        return {};
    KycRepository repository(m_store);
    return KycVersionDiff::compare(m_bank, repository.answers(olderSessionId),
                                   repository.answers(newerSessionId));
}

QList<KycTagRow> KycService::tags(const QString &customerId)
{
    if (!mayRun())
        return {};
    return KycRepository(m_store).tags(customerId);
}

} // namespace bd
