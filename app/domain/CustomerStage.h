#pragma once

#include "app/domain/WorkStates.h"

#include <QString>

#include <optional>

namespace bd {

// A customer's lifecycle stage as the customer row holds it (customer.lifecycle_stage): a
// stage this build knows, or the code of one it does not (a newer version's, or a row edited
// by hand). The unknown code is kept verbatim, so a profile read and written back (the
// rules' JSON, the admin CLI, the profile editor) leaves the column as it was; it is never
// guessed into a known stage, and on screen it is said in words:
// DomainTerms::label(stage.stored()).
class CustomerStage
{
public:
    CustomerStage(LifecycleStage stage = LifecycleStage::Development) // a stage it knows
        : m_code(WorkStates::code(stage))
    {
    }
    // What a row holds, known or not.
    static CustomerStage fromCode(const QString &code);

    // The stage, when this build knows it.
    std::optional<LifecycleStage> known() const { return WorkStates::lifecycleStage(m_code); }
    // The stage, or an error naming the code.
    StoredLifecycleStage stored() const { return WorkStates::storedLifecycleStage(m_code); }
    // What the column holds: written back as it was read.
    const QString &code() const { return m_code; }

    friend bool operator==(const CustomerStage &, const CustomerStage &) = default;

private:
    QString m_code;
};

} // namespace bd
