#pragma once

#include "app/domain/Ids.h"
#include "app/services/kyc/KycQuestionBank.h"
#include "app/services/kyc/KycRuleEngine.h"
#include "app/services/kyc/KycVersionDiff.h"
#include "database/kyc/KycSessionRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>

#include <optional>
#include <utility>

namespace bd {

class Store;
struct Session;

// An answer the customer has already given: from the latest final version or the draft.
struct KycKnownAnswer
{
    QString questionId;
    QString cell;
    QJsonObject value;
    QString answeredAt; // when it was given (ISO UTC)
    int versionNo = 0;  // the KYC version it belongs to
    bool inDraft = false;
};

// The KYC questionnaire of a customer for a signed-in user (Permission::RunKyc).
// Every answer is written at once to the customer's draft session (made on the first
// answer), so a closed window or a crash loses nothing; finish() turns the draft into the
// next final version and writes tags, fund arrivals, KYC fields and the risk level in one
// transaction with their sync changes and an audit entry.
class KycService
{
    Q_DECLARE_TR_FUNCTIONS(KycService)

public:
    KycService(Store &store, const Session &session,
               const KycQuestionBank &bank = KycQuestionBank::active());

    // The refusal (audited) without Permission::RunKyc.
    Result<> mayRun();
    const KycQuestionBank &bank() const { return m_bank; }

    // The masked name and the CIF of the customer (both empty if there is none): the
    // heading of the questionnaire, shown even to a user who may not run it.
    std::pair<QString, QString> customerNameAndCif(const CustomerId &customer);
    Result<QHash<QString, KycKnownAnswer>> knownAnswers(const CustomerId &customer);
    std::optional<KycSessionRow> draft(const CustomerId &customer);
    std::optional<KycSessionRow> latestFinal(const CustomerId &customer);
    Result<> answer(const CustomerId &customer, const QString &questionId,
                    const QJsonObject &value);
    Result<> clearAnswer(const CustomerId &customer, const QString &questionId);
    QMap<QString, int> completeness(const CustomerId &customer);

    struct Finished
    {
        QString sessionId;
        int versionNo = 0;
        KycOutcome outcome;
    };
    Result<Finished> finish(const CustomerId &customer);

    // Newest first, drafts included.
    Result<QList<KycSessionRow>> history(const CustomerId &customer);
    Result<QList<KycAnswerRow>> answersOf(const QString &sessionId);
    Result<QList<KycAnswerChange>> diff(const QString &olderSessionId,
                                        const QString &newerSessionId);
    Result<QList<KycTagRow>> tags(const CustomerId &customer);

private:
    // The customer's draft, made on the first answer.
    Result<KycSessionRow> openDraft(KycSessionRepository &sessions, const CustomerId &customer);

    Store &m_store;
    const Session &m_session;
    const KycQuestionBank &m_bank;
};

} // namespace bd
