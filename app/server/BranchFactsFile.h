#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/CustomerProfile.h"

#include <QList>
#include <QString>

#include <functional>

namespace bd {

class CustomerFacts;

// Reads what the rules need of a branch from a workstation file (the file import-branch
// loads as the branch's baseline): every customer's profile, read-only and in chunks, into
// CustomerFacts; and the rows of the branch's contacts, opportunities and rules as if they
// had come through its change log.
class BranchFactsFile
{
public:
    explicit BranchFactsFile(QString path)
        : m_path(std::move(path))
    {
    }

    // Loads the branch's customers (replacing what was known of them); the change log is
    // then read on from `asOf`. Returns how many customers.
    Result<qint64> loadInto(CustomerFacts &facts, const BranchId &branch, qint64 asOf);

private:
    QString m_path;
};

} // namespace bd
