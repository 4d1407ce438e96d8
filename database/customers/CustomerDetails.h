#pragma once

#include "app/domain/CustomerStage.h"
#include "app/domain/CustomerTier.h"
#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/WorkStates.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace bd {

// One customer's whole profile: every column of the customer row with its proper type,
// plus the manager's name and the branch code, as CustomerService::profile() gives it to
// the 360, the profile dialog and `branchdesk-admin customer show`. Unmasked as read here;
// the service masks the ID number, phone and address and keeps the birth date from roles
// that may not reveal. (Not the rules' CustomerProfile, app/rules: that is what an event
// rule may filter on, and it travels as JSON to the server.)
//
// Codes of a vocabulary (gender, marital status, ...) stay codes: their labels are
// DomainTerms' business. The lifecycle stage is a CustomerStage (one this build may not
// know, kept as stored). An unknown value is the empty one (empty text, an invalid date, 0
// for the risk level and the birth year), as the column's NULL.
struct CustomerDetails
{
    CustomerId id;
    BranchId branchId;
    QString branchCode;
    QString cifNo;
    QString name;
    QString gender;      // M, F or empty
    QDate birthDate;     // invalid: unknown, or not for this role (the ID mask's hidden digits)
    int birthYear = 0;   // plain for every role; 0 unknown
    int age = -1;        // whole years today (CustomerService::profile); -1 unknown
    QString idNumber;    // masked by the service
    QString phone;       // masked by the service
    QString address;     // masked by the service
    QString locality;    // the district, never the address
    QString occupation;
    QString industry;
    QString education;
    QString maritalStatus; // single, married, divorced, widowed or empty
    Money annualIncome;
    Money aum;
    CustomerTier tier = CustomerTier::Ordinary;
    std::optional<CustomerTier> previousTier; // before the last change of tier
    QDate tierChangedOn;
    int riskLevel = 0; // 1..5; 0 not assessed
    QDate riskAssessedOn;
    CustomerStage lifecycleStage; // as stored: an unknown code is kept as it is
    QString lifecycleReason; // LifecycleRules reason code; empty if none
    StaffId managerId;
    QString managerName;
    QString assignmentMode = QStringLiteral("owned");
    QString preferredContact; // a ContactChannel code or empty
    bool doNotContact = false;
    bool marketingConsent = false;
    QDate openedOn;
    QString createdAt; // stored UTC text, as written
    QString updatedAt;
    QString erasedAt; // empty unless the customer's personal data was erased
    int version = 1;
    qint64 holdingFamilies = 0; // bit set of the product families held (trigger-kept)
    QString tagList;            // ids of the live tags (trigger-kept)

    // From CustomerRepository::details(): the row's columns by name. Columns it does not
    // know are ignored; a missing one keeps its default.
    static CustomerDetails fromRow(const QVariantMap &row);
    // The row's columns by name again (NULL for an unknown value of a column that may be
    // NULL) and "age"; "birth_date" only when known: what the admin CLI shows.
    QJsonObject toJson() const;
};

} // namespace bd
