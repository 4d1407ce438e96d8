#include "app/main/admin/CliSignIn.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/Console.h"
#include "app/services/staff/AuthService.h"
#include "app/services/staff/UserAdministration.h"

#include <QByteArray>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace bd::admin::CliSignIn {

namespace {
// Reads one line from the terminal with echo switched off (restored afterwards).
std::optional<QString> promptWithoutEcho(const QString &prompt)
{
    const QByteArray promptBytes = prompt.toUtf8();
    std::fwrite(promptBytes.constData(), 1, size_t(promptBytes.size()), stderr);
    std::fflush(stderr);

    termios saved{};
    const bool haveTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    bool complete = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        if (c == '\n') {
            complete = true;
            break;
        }
        line.push_back(char(c));
    }
    if (haveTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!complete && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}
} // namespace

std::optional<QString> readSecret(const char *environmentVariable, const QString &prompt)
{
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    if (!Console::isTerminal(STDIN_FILENO)) {
        Console::err(Admin::tr("No password: set the environment variable %1 or run this "
                               "command at a terminal to be asked for it.")
                             .arg(QLatin1String(environmentVariable)));
        return std::nullopt;
    }
    return promptWithoutEcho(prompt);
}

std::optional<QString> readNewPassword(const char *environmentVariable)
{
    QString password;
    if (qEnvironmentVariableIsSet(environmentVariable)) {
        password = qEnvironmentVariable(environmentVariable);
    } else {
        const std::optional<QString> first
                = readSecret(environmentVariable, Admin::tr("New password: "));
        if (!first)
            return std::nullopt;
        const std::optional<QString> again = promptWithoutEcho(Admin::tr("New password again: "));
        if (!again || *again != *first) {
            Console::err(Admin::tr("The two passwords differ. Nothing was changed."));
            return std::nullopt;
        }
        password = *first;
    }
    if (const QString problem = UserAdministration::passwordProblem(password);
        !problem.isEmpty()) {
        Console::err(problem);
        return std::nullopt;
    }
    return password;
}

std::optional<Session> signIn(Store &store, const QString &username)
{
    const std::optional<QString> password = readSecret(
            "BRANCHDESK_PASSWORD", Admin::tr("Password for %1: ").arg(username));
    if (!password)
        return std::nullopt;
    AuthService::Result result = AuthService(store).signIn(username, *password);
    if (result.outcome != AuthService::Outcome::SignedIn || !result.session) {
        Console::err(result.message);
        return std::nullopt;
    }
    return result.session;
}

} // namespace bd::admin::CliSignIn
