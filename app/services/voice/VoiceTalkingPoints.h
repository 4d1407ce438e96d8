#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "database/voice/VoiceRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace bd {

class Store;

// What to talk about, from what the customer said (the prep sheet, the Today ranking's
// reasons): the latest interests, objections not yet answered, promises made. A dismissed
// finding is left out; a confirmed or suggested one is in. Each line names the day and the
// customer's own words.
class VoiceTalkingPoints
{
    Q_DECLARE_TR_FUNCTIONS(VoiceTalkingPoints)

public:
    static constexpr int kObjectionDays = 180; // an objection older than this is not "open"
    static constexpr int kPerKind = 3;

    struct Points
    {
        QStringList interests;
        QStringList objections;
        QStringList promises;
        bool isEmpty() const { return interests.isEmpty() && objections.isEmpty() && promises.isEmpty(); }
        QStringList all() const { return interests + objections + promises; }
    };

    static Result<Points> of(Store &store, const CustomerId &customerId, const QDate &today);
    static Points from(const QList<VoiceFindingRecord> &findings, const QDate &today);

    // "Heard: objection - return too low" (听到：异议 - 收益太低).
    static QString heard(const QString &kind, const QString &label);
    static QString labelName(const QString &kind, const QString &label);
};

} // namespace bd
