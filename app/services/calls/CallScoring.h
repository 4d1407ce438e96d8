#pragma once

#include "database/calls/CallQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bd {

// "Easiest to close now" (DOMAIN.md section 4): the points a customer gets for money
// arriving, recent interest, intent at the last contact, how much KYC is known and a
// penalty for a contact made too recently. The rules and weights are in docs/CALLS.md;
// each reason carries its points so the manager sees why a customer is where it is.
class CallScoring
{
    Q_DECLARE_TR_FUNCTIONS(CallScoring)

public:
    struct Reason
    {
        QString code;
        int points = 0;
        QString text; // translated
    };
    struct Score
    {
        int points = 0;
        QList<Reason> reasons; // largest effect first
        QString summary() const; // the reasons joined, for the list and the stored reason
    };

    struct Input
    {
        CallRankingFacts facts;
        int kycPercent = 0;         // 0..100 of the KYC fields known (kycPercent())
        bool doNotContact = false;
        QString careKind;           // set for a care task
        QDate careDueOn;
    };

    static Score score(const Input &input, const QDate &today);
    // Share of the KYC fields (KycFields) the customer's KYC file holds, 0..100.
    static int kycPercent(int fieldsKnown);
};

} // namespace bd
