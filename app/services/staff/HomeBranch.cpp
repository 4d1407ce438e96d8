#include "app/services/staff/HomeBranch.h"

#include "database/staff/BranchRepository.h"
#include "database/sync/WorkstationBranch.h"

namespace bd::HomeBranch {

std::optional<Branch> of(Store &store)
{
    const BranchRepository repository(store);
    const QList<Branch> branches = repository.all();
    if (branches.size() == 1)
        return branches.first();
    return repository.byId(WorkstationBranch::recorded(store));
}

} // namespace bd::HomeBranch
