#pragma once

#include "database/baseline/BaselinePage.h"

#include <QString>

struct sqlite3;

namespace bd::SnapshotPersonalData {

// What the server keeps of a workstation file in a branch snapshot (docs/SECURITY.md §8.1,
// issue #21): personal data plain, as its change log and baseline pages hold it, and
// nothing sealed under that workstation's keys or made from them: no key slots (wrapped
// under staff passwords, so a copy of the server's disk would allow offline guessing), no
// data key id, no reveal key, no search keys (the workstation builds its own index).
// A workstation made from the snapshot is then one made from the pages: its first
// administrator's sign-in seals the data under a key of its own (§6).

using Opener = BaselinePage::Reader::Opener;

// In the caller's open transaction on `db` (the snapshot being made): every sealed value
// opened with `opener` (import-branch's, of the file's branch head), then the key material
// removed. A sealed value that does not open, or one with no opener, fails: nothing is
// served that no workstation can read.
bool makePlain(sqlite3 *db, const Opener &opener, QString *error);

} // namespace bd::SnapshotPersonalData
