#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace bd {

class Store;

struct KycSessionRow
{
    QString id;
    QString customerId;
    QString staffId;
    QString staffName;
    int versionNo = 0;
    QString status; // draft / final
    int riskLevel = 0; // 0: not determined
    int riskScoreX100 = 0;
    QString riskDriversJson;
    QString startedAt;
    QString finishedAt;
    QString updatedAt;
    int version = 1;
};

struct KycAnswerRow
{
    QString id;
    QString sessionId;
    QString cell;
    QString questionId;
    QString valueJson;
    QString answeredAt;
};

struct KycTagRow
{
    QString dimension;
    QString category;
    QString value;
    QString source;
    int confidence = 0;
};

// SQL of the KYC tables: kyc_session, kyc_answer, kyc_field (0005), the customer's tags from
// KYC, fund arrivals and the customer's risk level. Writes run inside the caller's
// Transaction and record their sync change through ChangeRecorder.
class KycRepository
{
public:
    explicit KycRepository(Store &store);

    std::optional<KycSessionRow> draft(const QString &customerId);
    std::optional<KycSessionRow> latestFinal(const QString &customerId);
    std::optional<KycSessionRow> session(const QString &sessionId);
    QList<KycSessionRow> sessions(const QString &customerId); // newest version first
    QList<KycAnswerRow> answers(const QString &sessionId);
    QList<KycTagRow> tags(const QString &customerId);
    bool customerExists(const QString &customerId);
    // Name and CIF number of the customer (unmasked: callers mask), empty if unknown.
    std::pair<QString, QString> customerNameAndCif(const QString &customerId);

    std::optional<KycSessionRow> createDraft(const QString &customerId, const QString &staffId);
    bool saveAnswer(const QString &sessionId, const QString &cell, const QString &questionId,
                    const QString &valueJson, const QString &answeredAt);
    bool removeAnswer(const QString &sessionId, const QString &questionId);
    bool finalize(const QString &sessionId, int riskLevel, int riskScoreX100,
                  const QString &driversJson);
    bool setCustomerRisk(const QString &customerId, int riskLevel, const QString &preferredContact);
    // Sets the customer's KYC tags to exactly these (source kyc); tags set by staff, rules
    // or observation are left alone; KYC tags no longer derived are tombstoned.
    bool replaceKycTags(const QString &customerId, const QList<KycTagRow> &tags,
                        const QString &staffId);
    // Adds a fund arrival unless the same answer already made it. Returns false on error.
    bool addFundArrival(const QString &customerId, const QString &questionId,
                        const QString &source, const QDate &expectedOn, qint64 amountFen,
                        const QString &note);
    // The customer's current answer of a field: value_json sealed, value_text derived
    // (KycSearchForm: option codes only).
    bool upsertField(const QString &customerId, const QString &field, const QString &questionId,
                     const QString &valueJson, const QString &sessionId,
                     const QString &answeredAt);

    QString errorString() const { return m_error; }

private:
    std::optional<KycSessionRow> oneSession(const QString &where, const QString &binding);
    QString tagId(const QString &dimension, const QString &category, const QString &value);
    bool fail(const QString &error);

    Store &m_store;
    QString m_error;
};

} // namespace bd
