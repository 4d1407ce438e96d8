#pragma once

#include <QJsonObject>
#include <QString>

namespace bd::ServerLog {

// branchdesk-server's log: one JSON object per line on standard error, with time, level
// and event, and for requests method, path (without the query), status, ms, branch and
// user. Never a token, a password, a request body or a customer's data.
enum class Level { Info, Warning, Off };
void setLevel(Level level);
Level levelFromName(const QString &name); // "info", "warning", "off"

void event(Level level, const QString &event, const QJsonObject &fields = {});
void request(const QString &method, const QString &path, int status, qint64 ms,
             const QString &branch = {}, const QString &user = {});

} // namespace bd::ServerLog
