#pragma once

#include <QString>
#include <QStringList>

namespace bd::HouseholdRelation {
// A member's relation to the head of their household (household_member.relation).
QStringList codes();       // head, spouse, parent, child, relative, partner
QStringList memberCodes(); // every code but head: what a member other than the head is
QString label(const QString &code); // translated
} // namespace bd::HouseholdRelation
