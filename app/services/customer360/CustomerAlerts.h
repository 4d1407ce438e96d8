#pragma once

#include "app/domain/CustomerTier.h"
#include "app/domain/Money.h"
#include "database/customer360/Customer360Queries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// What a wealth manager should notice about one customer today, each with its reason.
// Pure rules over facts read elsewhere: no SQL, no widgets, "today" passed in.
class CustomerAlerts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAlerts)

public:
    enum class Kind {
        LargeOutflow,       // churn warning
        JustUnderTier,      // just under the next tier threshold
        RecentlyDowngraded,
        MaturityApproaching,
        BirthdayApproaching,
        SingleProduct,
        CareStepDue,        // a step of the new-customer 90-day care flow
    };
    struct Alert
    {
        Kind kind;
        QString reason; // translated, with the figures that triggered it
    };
    struct Facts
    {
        QDate today;
        QDate birthDate;
        Money aum;
        CustomerTier tier = CustomerTier::Ordinary;
        std::optional<CustomerTier> previousTier; // before the last change of tier
        QDate tierChangedOn;
        Money outflow30Days; // withdrawals and transfers out in the last 30 days
        QList<HoldingRow> holdings; // active
        QList<CareStep> openCareSteps;
    };

    // Thresholds of the rules, in one place.
    static constexpr Money kLargeOutflow = Money::fromYuan(50'000); // 5万
    static constexpr int kLargeOutflowPercentOfAum = 20;
    static constexpr int kJustUnderPercent = 10;            // within 10% below the next tier
    static constexpr int kDowngradeDays = 90;
    static constexpr int kMaturityDays = 30;
    static constexpr int kBirthdayDays = 14;
    static constexpr int kCareDueDays = 7;

    static QList<Alert> evaluate(const Facts &facts);
    static QString code(Kind kind); // stable English code, for tests and logs
};

} // namespace bd
