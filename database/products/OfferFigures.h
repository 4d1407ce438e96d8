#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bd {

class Store;

// Offers made and taken for one product or one main reason.
struct OfferCount
{
    QString key; // product code or reason code
    int made = 0;
    int taken = 0;    // accepted
    int declined = 0;
    int notNow = 0;
    int sales = 0;    // per product: sales recorded in the period
    Money sold;
};

struct OfferFigureSet
{
    QList<OfferCount> byProduct; // most made first
    QList<OfferCount> byReason;  // by each offer's main reason, most made first
    int made = 0;
    int taken = 0;
};

// The offers dashboard: how many offers were made and taken per product and per reason in
// a period, for the branch or one member of staff.
class OfferFigures
{
public:
    explicit OfferFigures(Store &store);

    Result<OfferFigureSet> between(const BranchId &branch, const QDate &from, const QDate &until,
                                   const StaffId &staff = {}) const;

private:
    Store &m_store;
};

} // namespace bd
