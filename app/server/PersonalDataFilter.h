#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/StaffRole.h"

#include <QByteArray>
#include <QJsonObject>

namespace bd {

// What the server sends a role without reveal_personal_data (issue 14, found 2;
// docs/SECURITY.md 8.1): every column SensitiveColumns lists (identifiers, addresses,
// customers' words, staff notes) is withheld from pulled changes and baseline pages;
// snapshots (whole files) are not sent to such roles at all.
namespace PersonalDataFilter {
bool receivesPersonalData(StaffRole role);
// A change such a role does not receive at all: an opportunity raised by a birthday
// (BirthdaySweep writes it a few days before the day, so its time with the plain birth year
// gives the birth date, i.e. what the ID number's mask hides). The pull's cursor passes it.
bool withheldWhole(const SyncChange &change);
// The change as JSON without the withheld fields, naming them in "withheld". Columns that
// are NOT NULL without a default on the desk (kyc value_json) come as their placeholder.
QJsonObject change(const SyncChange &change);
// A baseline page (CBOR) with each withheld column's value replaced by its placeholder
// (null, the text "null", or empty text), and "withheld" naming the columns.
QByteArray baselinePage(const QByteArray &page);
// A baseline page as every role gets it: the roster's password hashes (staff_user pages
// stored before the import left them out, RosterHashes) replaced by the empty placeholder.
QByteArray withoutPasswordHashes(const QByteArray &page);
} // namespace PersonalDataFilter

} // namespace bd
