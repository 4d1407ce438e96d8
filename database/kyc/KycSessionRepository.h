#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "database/kyc/KycRows.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Store;

// The KYC interviews: kyc_session (one version of a customer's KYC, draft or final) and its
// kyc_answer rows. A failed read of one session logs and finds nothing; the history says
// what went wrong (a status this build does not know, say). Writes run inside the caller's
// Transaction and record their sync change through ChangeRecorder.
class KycSessionRepository
{
public:
    explicit KycSessionRepository(Store &store);

    std::optional<KycSessionRow> draft(const CustomerId &customer);
    std::optional<KycSessionRow> latestFinal(const CustomerId &customer);
    std::optional<KycSessionRow> session(const QString &sessionId);
    Result<QList<KycSessionRow>> sessions(const CustomerId &customer); // newest version first
    QList<KycAnswerRow> answers(const QString &sessionId);

    Result<KycSessionRow> createDraft(const CustomerId &customer, const QString &staffId);
    Result<> saveAnswer(const QString &sessionId, const QString &cell, const QString &questionId,
                        const QString &valueJson, const QString &answeredAt);
    Result<> removeAnswer(const QString &sessionId, const QString &questionId);
    Result<> finalize(const QString &sessionId, int riskLevel, int riskScoreX100,
                      const QString &driversJson);

private:
    std::optional<KycSessionRow> oneSession(const QString &where, const QString &binding);

    Store &m_store;
};

} // namespace bd
