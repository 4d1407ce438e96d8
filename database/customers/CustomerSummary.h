#pragma once

#include "app/domain/CustomerStage.h"
#include "app/domain/Money.h"

#include <QDate>
#include <QString>

namespace bd {

// One line of a customer list: what search results and workspaces show. Unmasked here;
// services mask before anything leaves them.
struct CustomerSummary
{
    QString id;
    QString cifNo;
    QString name;
    QString gender;
    QDate birthDate; // opened for roles that may reveal only (the ID mask's hidden digits)
    int birthYear = 0; // plain for every role; 0 unknown
    int age = -1;    // whole years today; -1 unknown
    QString idNumber;
    QString phone;
    QString tier;
    Money aum;
    CustomerStage lifecycleStage; // as stored, maybe a stage this build does not know
    int riskLevel = 0;
    QString managerId;
    QString managerName;
};

} // namespace bd
