#include "app/services/kyc/KycService.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Masking.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "app/services/core/Session.h"
#include "app/services/kyc/KycAnswerValue.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycLogging.h"
#include "app/services/voice/VoiceCapture.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/kyc/KycCustomerRecords.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

KycService::KycService(Store &store, const Session &session, const KycQuestionBank &bank)
    : m_store(store)
    , m_session(session)
    , m_bank(bank)
{
}

namespace {
Error failed(const QString &error)
{
    qCWarning(lcKyc).noquote() << error;
    return Error(error);
}
} // namespace

Result<> KycService::mayRun()
{
    return PermissionGate::require(m_store, m_session, Permission::RunKyc);
}

Result<QHash<QString, KycKnownAnswer>> KycService::knownAnswers(const CustomerId &customer)
{
    QHash<QString, KycKnownAnswer> known;
    if (Result<> may = mayRun(); !may)
        return may.error();
    KycSessionRepository repository(m_store);
    const std::optional<KycSessionRow> latest = repository.latestFinal(customer);
    const std::optional<KycSessionRow> draft = repository.draft(customer);
    for (const auto &session : {latest, draft}) {
        if (!session)
            continue;
        for (const KycAnswerRow &row : repository.answers(session->id)) {
            if (!m_bank.question(row.questionId))
                continue; // asked by another bank: kept in the database, not shown
            known.insert(row.questionId,
                         {row.questionId, row.cell, KycAnswerValue::fromJson(row.valueJson),
                          row.answeredAt, session->versionNo,
                          session->status == KycSessionState::Draft});
        }
    }
    return known;
}

std::pair<QString, QString> KycService::customerNameAndCif(const CustomerId &customer)
{
    const auto [name, cif] = KycCustomerRecords(m_store).customerNameAndCif(customer);
    return {Masking::name(name), cif};
}

std::optional<KycSessionRow> KycService::draft(const CustomerId &customer)
{
    if (!mayRun())
        return std::nullopt;
    return KycSessionRepository(m_store).draft(customer);
}

std::optional<KycSessionRow> KycService::latestFinal(const CustomerId &customer)
{
    if (!mayRun())
        return std::nullopt;
    return KycSessionRepository(m_store).latestFinal(customer);
}

Result<KycSessionRow> KycService::openDraft(KycSessionRepository &sessions,
                                            const CustomerId &customer)
{
    if (std::optional<KycSessionRow> draft = sessions.draft(customer))
        return *draft;
    return sessions.createDraft(customer, m_session.user.id);
}

Result<> KycService::answer(const CustomerId &customer, const QString &questionId,
                            const QJsonObject &value)
{
    if (Result<> may = mayRun(); !may)
        return may;
    const KycQuestion *question = m_bank.question(questionId);
    if (!question)
        return failed(tr("The question bank has no question %1.").arg(questionId));
    if (!KycAnswerValue::isValid(*question, value))
        return failed(tr("This is not a complete answer to \"%1\".").arg(question->text.text()));
    Transaction transaction(m_store.database());
    if (!KycCustomerRecords(m_store).customerExists(customer))
        return failed(tr("No customer has the id %1.").arg(customer.toString()));
    KycSessionRepository sessions(m_store);
    const Result<KycSessionRow> draft = openDraft(sessions, customer);
    Result<> saved = draft ? sessions.saveAnswer(draft->id, question->cell, questionId,
                                                 KycAnswerValue::toJson(value), SqlTime::now())
                           : draft.error();
    if (saved) {
        if (const Result<int> heard = VoiceCapture(m_store).kycAnswerSaved(draft->id, questionId);
            !heard)
            saved = heard.error();
    }
    if (saved)
        saved = transaction.commit();
    if (!saved)
        return failed(tr("The answer could not be saved: %1").arg(saved.errorString()));
    return {};
}

Result<> KycService::clearAnswer(const CustomerId &customer, const QString &questionId)
{
    if (Result<> may = mayRun(); !may)
        return may;
    Transaction transaction(m_store.database());
    KycSessionRepository sessions(m_store);
    if (const std::optional<KycSessionRow> draft = sessions.draft(customer)) {
        if (Result<> removed = sessions.removeAnswer(draft->id, questionId); !removed)
            return failed(tr("The answer could not be removed: %1").arg(removed.errorString()));
    }
    if (Result<> committed = transaction.commit(); !committed)
        return failed(committed.errorString());
    return {};
}

QMap<QString, int> KycService::completeness(const CustomerId &customer)
{
    QSet<QString> answered;
    const QHash<QString, KycKnownAnswer> known = knownAnswers(customer).valueOr({});
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        answered.insert(it.key());
    return KycCompleteness::percentByCell(m_bank, answered);
}

Result<KycService::Finished> KycService::finish(const CustomerId &customer)
{
    if (Result<> may = mayRun(); !may)
        return may.error();
    Transaction transaction(m_store.database());
    KycCustomerRecords records(m_store);
    if (!records.customerExists(customer))
        return failed(tr("No customer has the id %1.").arg(customer.toString()));
    auto storageError = [&](const QString &detail) {
        return failed(tr("The KYC could not be finished: %1").arg(detail));
    };
    KycSessionRepository sessions(m_store);
    const Result<KycSessionRow> draft = openDraft(sessions, customer);
    if (!draft)
        return storageError(draft.errorString());

    // The new version is complete on its own: answers of the previous version that were not
    // asked again are carried over with the time they were given.
    QHash<QString, QJsonObject> answers;
    QHash<QString, QString> answeredAt;
    for (const KycAnswerRow &row : sessions.answers(draft->id)) {
        answers.insert(row.questionId, KycAnswerValue::fromJson(row.valueJson));
        answeredAt.insert(row.questionId, row.answeredAt);
    }
    if (const std::optional<KycSessionRow> previous = sessions.latestFinal(customer)) {
        for (const KycAnswerRow &row : sessions.answers(previous->id)) {
            if (answers.contains(row.questionId))
                continue;
            if (Result<> carried = sessions.saveAnswer(draft->id, row.cell, row.questionId,
                                                       row.valueJson, row.answeredAt);
                !carried)
                return storageError(carried.errorString());
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
    if (Result<> finalized = sessions.finalize(
                draft->id, outcome.risk.level, int(outcome.risk.score * 100 + 0.5),
                QString::fromUtf8(QJsonDocument(drivers).toJson(QJsonDocument::Compact)));
        !finalized)
        return storageError(finalized.errorString());

    QString preferredContact;
    QList<KycTagRow> tags;
    for (const KycDerivedTag &tag : outcome.tags)
        tags.append({tag.dimension, tag.category, tag.value, QStringLiteral("kyc"), tag.confidence});
    if (Result<> tagged = records.replaceKycTags(customer, tags, m_session.user.id); !tagged)
        return storageError(tagged.errorString());
    int arrivals = 0;
    for (const KycFundArrival &arrival : outcome.arrivals) {
        if (arrival.expectedOn < QDate::currentDate())
            continue; // a date already past is history, not money arriving
        const KycQuestion *question = m_bank.question(arrival.questionId);
        if (Result<> added = records.addFundArrival(customer, arrival.questionId,
                                                     arrival.source, arrival.expectedOn,
                                                     arrival.amount,
                                                     tr("KYC: %1").arg(question->text.text()));
            !added)
            return storageError(added.errorString());
        ++arrivals;
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const KycQuestion *question = m_bank.question(it.key());
        if (!question || !KycAnswerValue::isValid(*question, it.value()))
            continue;
        if (Result<> filed = records.upsertField(customer, question->field, question->id,
                                                  KycAnswerValue::toJson(it.value()), draft->id,
                                                  answeredAt.value(it.key()));
            !filed)
            return storageError(filed.errorString());
        if (question->field == QLatin1String("contact_channel")) {
            const QString code = KycAnswerValue::codes(it.value()).value(0);
            if (DomainTerms::codes(Vocabulary::ContactChannel).contains(code))
                preferredContact = code;
        }
    }
    if (Result<> risk = records.setCustomerRisk(customer, outcome.risk.level, preferredContact);
        !risk)
        return storageError(risk.errorString());
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("kyc_finish"),
                                    QStringLiteral("customer"), customer.toString(),
                                    {{QStringLiteral("version_no"), draft->versionNo},
                                     {QStringLiteral("risk_level"), outcome.risk.level},
                                     {QStringLiteral("answers"), int(answers.size())},
                                     {QStringLiteral("tags"), int(tags.size())},
                                     {QStringLiteral("fund_arrivals"), arrivals}}))
        return storageError(tr("audit entry"));
    if (Result<> committed = transaction.commit(); !committed)
        return storageError(committed.errorString());
    return Finished{draft->id, draft->versionNo, outcome};
}

Result<QList<KycSessionRow>> KycService::history(const CustomerId &customer)
{
    if (Result<> may = mayRun(); !may)
        return may.error();
    return KycSessionRepository(m_store).sessions(customer);
}

Result<QList<KycAnswerRow>> KycService::answersOf(const QString &sessionId)
{
    if (Result<> may = mayRun(); !may)
        return may.error();
    return KycSessionRepository(m_store).answers(sessionId);
}

Result<QList<KycAnswerChange>> KycService::diff(const QString &olderSessionId,
                                                const QString &newerSessionId)
{
    if (Result<> may = mayRun(); !may)
        return may.error();
    KycSessionRepository sessions(m_store);
    return KycVersionDiff::compare(m_bank, sessions.answers(olderSessionId),
                                   sessions.answers(newerSessionId));
}

Result<QList<KycTagRow>> KycService::tags(const CustomerId &customer)
{
    if (Result<> may = mayRun(); !may)
        return may.error();
    return KycCustomerRecords(m_store).tags(customer);
}

} // namespace bd
