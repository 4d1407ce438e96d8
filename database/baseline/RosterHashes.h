#pragma once

#include <QJsonObject>
#include <QString>

struct sqlite3;

namespace bd {

// The staff roster's password hashes (staff_user.password_hash, Argon2id) never leave the
// server with a branch download (docs/SECURITY.md §3a, "What a new workstation gets"): a
// holder of the file could guess the passwords offline from them, and no desk needs
// another person's hash. The downloading user and every other server account sign in
// online once at the new desk and leave their offline verifier there; until then the row
// carries the placeholder, an empty text (the column is NOT NULL), which the desk reads as
// "nothing here to check this account against".
namespace RosterHashes {
bool isHash(const QString &table, const QString &column);
// A change's fields with the roster's hash replaced by the placeholder: what the server
// stores of a desk's `user add` / `user passwd` and what it serves from its log (§3a).
// The placeholder, not the field taken out: a desk inserting the row needs the column.
void blankIn(const QString &table, QJsonObject &fields);
// Replaces every hash of a file's roster by the placeholder, in the caller's transaction.
bool blank(sqlite3 *db, QString *error);
// Whether a file's roster still holds a hash (a snapshot made before the rule).
bool holdsAny(const QString &path);
} // namespace RosterHashes

} // namespace bd
