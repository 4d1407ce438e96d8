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
} // namespace bd::admin::Console
