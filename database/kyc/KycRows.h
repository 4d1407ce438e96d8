#pragma once

#include "app/domain/Ids.h"
#include "app/domain/WorkStates.h"

#include <QString>

namespace bd {

// Rows of the KYC tables (migration 0005) as the repositories hand them over.
struct KycSessionRow
{
    QString id;
    CustomerId customerId;
    QString staffId;
    QString staffName;
    int versionNo = 0;
    KycSessionState status = KycSessionState::Draft; // stored as its WorkStates code
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

} // namespace bd
