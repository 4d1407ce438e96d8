#include "app/domain/StaffRole.h"

#include <QCoreApplication>

namespace bd::StaffRoles {

QList<StaffRole> all()
{
    return {StaffRole::LobbyManager, StaffRole::Teller, StaffRole::WealthManager,
            StaffRole::BranchHead, StaffRole::Admin};
}

QString code(StaffRole role)
{
    switch (role) {
    case StaffRole::LobbyManager:
        return QStringLiteral("lobby_manager");
    case StaffRole::Teller:
        return QStringLiteral("teller");
    case StaffRole::WealthManager:
        return QStringLiteral("wealth_manager");
    case StaffRole::BranchHead:
        return QStringLiteral("branch_head");
    case StaffRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<StaffRole> fromCode(const QString &text)
{
    for (StaffRole role : all()) {
        if (code(role) == text)
            return role;
    }
    return std::nullopt;
}

QString label(StaffRole role)
{
    switch (role) {
    case StaffRole::LobbyManager:
        return QCoreApplication::translate("StaffRole", "Lobby manager");
    case StaffRole::Teller:
        return QCoreApplication::translate("StaffRole", "Teller");
    case StaffRole::WealthManager:
        return QCoreApplication::translate("StaffRole", "Wealth manager");
    case StaffRole::BranchHead:
        return QCoreApplication::translate("StaffRole", "Branch head");
    case StaffRole::Admin:
        return QCoreApplication::translate("StaffRole", "Administrator");
    }
    return {};
}

} // namespace bd::StaffRoles
