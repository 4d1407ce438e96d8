#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// The closed vocabularies of the branch. Codes are stored in the database (and checked
// there); labels are what staff read, in the bank's terms of DOMAIN.md.
enum class Vocabulary {
    Gender,
    MaritalStatus,
    LifecycleStage,
    ProductFamily,
    TransactionKind,
    Channel,
    EventKind,
    ContactChannel,
    ContactOutcome,
    ValueClass,
    AssignmentMode,
    TagDimension,
    TagSource,
    ReferralStatus,
    CareTaskKind,
    FundArrivalSource,
    RiskLevel,
};

namespace DomainTerms {
QStringList codes(Vocabulary vocabulary);
QString label(Vocabulary vocabulary, const QString &code); // translated; code if unknown
// Accepts a code, its English term or its translated label; empty if none matches.
QString codeFor(Vocabulary vocabulary, const QString &typed);
} // namespace DomainTerms

} // namespace bd
