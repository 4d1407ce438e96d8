#pragma once

#include "database/branchfloor/FloorQueries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace bd {

// Which wealth manager a potential VIP goes to: the customer's own manager (they know the
// customer), else the least busy one - not busy with a customer now, fewest open referrals.
// The reason is said in words next to the choice. "(busy)" is screen state: it is shown in
// the list, never printed (nameOf gives the name alone).
class ManagerChoice
{
    Q_DECLARE_TR_FUNCTIONS(ManagerChoice)

public:
    struct Default
    {
        QString id;
        QString why; // translated
    };

    static Default pick(const QList<ManagerAvailability> &managers, const QString &ownManagerId);
    // Selects the default in a box whose items carry the manager ids; returns why.
    static QString select(QComboBox *box, const QList<ManagerAvailability> &managers,
                          const QString &ownManagerId);
    static QString nameOf(const QList<ManagerAvailability> &managers, const QString &id);
};

} // namespace bd
