#pragma once

#include <QString>
#include <QStringList>

namespace bd {

class ServerStore;

// branchdesk-server's event marketing commands (docs/EVENTS.md), run instead of serving:
//   add-service-account NAME     makes the account a feed sends events with (or gives it a
//                                new key); prints the key once
//   events import FILE           events of a core-banking or channel export (JSONL, or CSV
//                                with a header line), checked whole before anything is
//                                stored, then run through the rules like POST /v1/events
// Returns the exit code (0 done, 1 failed, 2 wrong use or a malformed file).
namespace EventCommands {
bool handles(const QStringList &command);
int run(ServerStore &store, const QStringList &command);
} // namespace EventCommands

} // namespace bd
