#pragma once

#include "app/domain/Result.h"
#include "database/kyc/KycRows.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Store;

// The KYC interviews: kyc_session (one version of a customer's KYC, draft or final) and its
// kyc_answer rows. A failed read logs and finds nothing. Writes run inside the caller's
// Transaction and record their sync change through ChangeRecorder.
class KycSessionRepository
{
public:
    explicit KycSessionRepository(Store &store);

    std::optional<KycSessionRow> draft(const QString &customerId);
    std::optional<KycSessionRow> latestFinal(const QString &customerId);
    std::optional<KycSessionRow> session(const QString &sessionId);
    QList<KycSessionRow> sessions(const QString &customerId); // newest version first
    QList<KycAnswerRow> answers(const QString &sessionId);

    Result<KycSessionRow> createDraft(const QString &customerId, const QString &staffId);
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
