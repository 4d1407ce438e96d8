#pragma once

#include "app/domain/CustomerStage.h"
#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/WorkStates.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bd {

// What the rules know of a customer when an event arrives: who keeps them, their assets
// and tier, the profile a rule's "customers" part filters on, and the contact flags. The
// workstation reads it from its customer table; the server keeps it from the branch's
// change log and baseline (CustomerFacts). Column names are the customer table's.
struct CustomerProfile
{
    CustomerId id;
    BranchId branchId;
    QString cifNo;
    StaffId managerId;
    Money aum;
    QString tier = QStringLiteral("ordinary");
    QString previousTier;
    QDate tierChangedOn;
    QDate birthDate;
    QString gender;
    QString industry;
    QString locality;
    int riskLevel = 0; // 0: unknown
    CustomerStage lifecycleStage; // as stored: an unknown code travels as it is
    QString assignmentMode = QStringLiteral("owned");
    QDate openedOn;
    bool marketingConsent = false;
    bool doNotContact = false;
    bool deleted = false;
    bool erased = false;

    bool isActive() const { return !id.isEmpty() && !deleted && !erased; }
    // Whole years on `day`; -1 when the birth date is unknown.
    int ageOn(const QDate &day) const;

    // The customer table's columns a profile is made of.
    static const QStringList &columns();
    // Takes the columns present in `fields` (a whole row, or the fields a change carries).
    void fold(const QJsonObject &fields);
    QJsonObject toJson() const; // the columns, as fold() reads them
    static CustomerProfile fromJson(const QJsonObject &columns);
};

} // namespace bd
