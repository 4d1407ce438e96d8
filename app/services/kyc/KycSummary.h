#pragma once

#include "app/services/kyc/KycQuestionBank.h"
#include "app/services/kyc/KycService.h"
#include "database/kyc/KycRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace bd {

// The one-page KYC summary for the customer file, as HTML (printed to PDF by the UI).
// Personal data is masked: the name as 张*丰, no ID number, phone or address.
class KycSummary
{
    Q_DECLARE_TR_FUNCTIONS(KycSummary)

public:
    struct Data
    {
        QString maskedName;
        QString cifNo;
        KycSessionRow version; // the version summarised (draft answers are marked)
        RiskProfile risk;
        QHash<QString, KycKnownAnswer> answers;
        QList<KycTagRow> tags;
    };

    // Collects the summary of the customer's latest final version and open draft.
    static std::optional<Data> collect(Store &store, KycService &service,
                                       const CustomerId &customer);
    static QString html(const KycQuestionBank &bank, const Data &data,
                        const QLocale &locale = QLocale());
};

} // namespace bd
