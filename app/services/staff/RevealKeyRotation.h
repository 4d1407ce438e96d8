#pragma once

#include "app/domain/Result.h"

#include <QCoreApplication>

namespace bd {

class Store;
struct Session;

// Rotates the file's reveal key (docs/SECURITY.md §3): a new key pair; every identifier the
// file holds (customer and referral columns, pushed changes in the outbox, kept conflicts)
// opened with the old secret and sealed to the new one; every key slot that held a grant
// granted the new secret instead; the address keys, which derive from it, made again; the
// old secret gone from the file. One transaction, freed pages zeroed, audited. For the
// branch head, who answers for the branch's customer data (after a reveal role left).
class RevealKeyRotation
{
    Q_DECLARE_TR_FUNCTIONS(RevealKeyRotation)
public:
    RevealKeyRotation(Store &store, const Session &session);

    struct Report
    {
        int values = 0; // identifiers sealed again
        int grants = 0; // key slots granted the new key
    };
    Result<Report> rotate();

private:
    Store &m_store;
    const Session &m_session;
};

} // namespace bd
