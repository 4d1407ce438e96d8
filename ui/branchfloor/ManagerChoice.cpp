#include "ui/branchfloor/ManagerChoice.h"

#include <QComboBox>

#include <algorithm>
#include <utility>

namespace bd {

ManagerChoice::Default ManagerChoice::pick(const QList<ManagerAvailability> &managers,
                                           const QString &ownManagerId)
{
    const auto own = std::find_if(managers.begin(), managers.end(), [&](const auto &manager) {
        return !ownManagerId.isEmpty() && manager.id == ownManagerId;
    });
    if (own != managers.end())
        return {own->id, own->busy ? tr("The customer's own wealth manager (with a customer now).")
                                   : tr("The customer's own wealth manager.")};
    const auto leastBusy = std::min_element(managers.begin(), managers.end(),
                                            [](const auto &a, const auto &b) {
        return std::pair(a.busy, a.openReferrals) < std::pair(b.busy, b.openReferrals);
    });
    if (leastBusy == managers.end())
        return {};
    const QString load = tr("%n open referral(s)", nullptr, leastBusy->openReferrals);
    return {leastBusy->id, leastBusy->busy
                    ? tr("Every wealth manager is with a customer; %1 has the fewest open "
                         "referrals (%2).").arg(leastBusy->name, load)
                    : tr("The least busy wealth manager: free now, %1.").arg(load)};
}

QString ManagerChoice::select(QComboBox *box, const QList<ManagerAvailability> &managers,
                              const QString &ownManagerId)
{
    const Default chosen = pick(managers, ownManagerId);
    if (!chosen.id.isEmpty())
        box->setCurrentIndex(box->findData(chosen.id));
    return chosen.why;
}

QString ManagerChoice::nameOf(const QList<ManagerAvailability> &managers, const QString &id)
{
    for (const ManagerAvailability &manager : managers)
        if (manager.id == id)
            return manager.name;
    return {};
}

} // namespace bd
