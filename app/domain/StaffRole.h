#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bd {

enum class StaffRole { LobbyManager, Teller, WealthManager, BranchHead, Admin };

namespace StaffRoles {
QList<StaffRole> all();
QString code(StaffRole role); // stored in the database and typed in the admin CLI
std::optional<StaffRole> fromCode(const QString &code);
QString label(StaffRole role); // translated
} // namespace StaffRoles

} // namespace bd
