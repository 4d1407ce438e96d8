#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "database/workspaces/WorkspaceRead.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace bd {

// One line of the wealth manager's "Today": a call task, or a care task that is due.
struct CallTaskLine
{
    CustomerId customerId;
    QString customerName;
    QString tier;
    Money aum;
    int rankScore = 0;
    QString reason;
    QDate dueOn;
    QString listName;
    QString taskId;
    bool care = false;
    QString careKind;    // care tasks
    QString lastOutcome; // call tasks: the outcome so far (not_reached ...)
    int attempts = 0;
    bool doNotContact = false;
};

struct CareTaskLine
{
    QString customerName;
    QString kind;
    QDate dueOn;
    QString note;
};

// A maturity of a held product or an expected fund arrival: money the manager can win.
struct MoneyArrivalLine
{
    QDate on;
    QString customerName;
    QString source;      // a FundArrivalSource code; 'maturity' for held products
    QString productName; // for maturities
    Money amount;
};

struct BookFigures
{
    int customers = 0;
    Money aum;
};

// What the wealth manager's desk shows: today's calls and care steps, money arriving and
// the figures of the book.
// One query each, with bound values only; rows carry stored codes, the UI labels them.
class WealthManagerDeskQueries : public WorkspaceRead
{
public:
    using WorkspaceRead::WorkspaceRead;

    QList<CallTaskLine> openCallTasks(const QString &staffId, int limit = 200) const;
    QList<CareTaskLine> careTasksDue(const QString &staffId, const QDate &until) const;
    QList<MoneyArrivalLine> moneyArriving(const QString &managerId, const QDate &from,
                                          const QDate &until) const;
    BookFigures bookFigures(const QString &managerId) const;
    // Earliest active maturity on or after `from` of each of these customers (those with one).
    QHash<QString, QDate> nextMaturities(const QStringList &customerIds, const QDate &from) const;
};

} // namespace bd
