#pragma once

#include <QJsonValue>
#include <QString>

namespace bd::admin::Console {
// Output of the admin tool: results on stdout, everything else (errors, progress, prompts)
// on stderr, so that `--json` output can be piped. Each call writes a line and flushes.
void out(const QString &line = {});
void err(const QString &line);
void json(const QJsonValue &value); // an indented QJsonDocument on stdout
bool isTerminal(int fileDescriptor);

// What every command does with a service's answer: if it failed, prints why on stderr and
// returns true (the command then exits with Failure). Takes a Result<T> or anything else
// that tests true when it succeeded and says why with errorString().
template <typename Answer>
bool failed(const Answer &answer)
{
    if (answer)
        return false;
    err(answer.errorString());
    return true;
}
} // namespace bd::admin::Console
