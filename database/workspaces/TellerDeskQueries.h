#pragma once

#include "database/workspaces/WorkspaceRead.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace bd {

struct TellerSessionLine
{
    static constexpr int kSteps = 7;
    QDateTime startedAt; // UTC
    QString customerName;
    QString businessType;
    QString valueClass;
    std::array<bool, kSteps> stepDone{};
    bool referred = false;
    int rating = 0;
    int stepsDone() const;
};

// What the teller's desk shows: the day's counter services through the seven steps.
// One query each, with bound values only; rows carry stored codes, the UI labels them.
class TellerDeskQueries : public WorkspaceRead
{
public:
    using WorkspaceRead::WorkspaceRead;

    QList<TellerSessionLine> tellerSessions(const QString &tellerId, const QDate &day) const;
};

} // namespace bd
