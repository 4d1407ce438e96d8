#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace bd::admin::FileCheck {
// What the commands that check a file the bank ships (kyc validate, rules validate,
// products check/load) share.

// The bytes of the file named on the command line, at most `maxBytes` (-1: all of it);
// nothing, after printing why, when it cannot be read.
std::optional<QByteArray> read(const QString &path, qint64 maxBytes = -1);
// The --json answer of a check: {"file": path, "valid": ..., "problems": [...]}.
void printJson(const QString &path, bool valid, const QJsonArray &problems);
} // namespace bd::admin::FileCheck
