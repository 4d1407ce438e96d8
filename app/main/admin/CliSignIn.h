#pragma once

#include "app/services/core/Session.h"

#include <QString>

#include <optional>

namespace bd {
class Store;
}

namespace bd::admin::CliSignIn {

// A secret from the environment variable, else from a prompt without echo when stdin is a
// terminal. Without either, prints how to provide it and returns nothing.
std::optional<QString> readSecret(const char *environmentVariable, const QString &prompt);
// A new password: from the environment variable, else typed twice at a terminal prompt.
// Checked against UserAdministration::passwordProblem before it is returned.
std::optional<QString> readNewPassword(const char *environmentVariable);

// Signs `username` in with the password from BRANCHDESK_PASSWORD or the prompt; prints
// the reason (translated, from AuthService) on failure.
std::optional<Session> signIn(Store &store, const QString &username);

} // namespace bd::admin::CliSignIn
