#pragma once

#include "app/domain/Result.h"

namespace bd {

class ServerDatabase;

// What a server stored before the roster's hashes stopped travelling (docs/SECURITY.md §3a):
// staff_user baseline pages imported with their hashes, and staff_user changes pushed with
// a local account's hash. They were served blanked; this blanks them where they are kept, at
// the server's start (a few rows: rosters and their changes), so that the database and its
// backups hold no hash either. Each row is rewritten in its own statement; one found again
// at the next start if this one stops half-way.
class RosterHashScrub
{
public:
    struct Scrubbed
    {
        int pages = 0;
        int changes = 0;
    };
    static Result<Scrubbed> run(const ServerDatabase &database);
};

} // namespace bd
