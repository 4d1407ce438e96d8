#pragma once

#include "app/domain/Result.h"
#include "app/main/admin/AdminCommand.h"

#include <memory>

namespace bd {
class Store;
struct Session;
struct StaffRequest;
} // namespace bd

namespace bd::admin {

// `user requests` and `user approve`: the second person of PrivilegeRequests (four eyes).
std::unique_ptr<AdminCommand> makeUserRequestsCommand();
std::unique_ptr<AdminCommand> makeUserApproveCommand();
// What `user add` and `user passwd` print when they filed a request instead (or why it
// could not be filed); returns the exit code.
int reportFiled(const Result<StaffRequest> &request);

} // namespace bd::admin
