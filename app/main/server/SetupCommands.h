#pragma once

#include <QString>
#include <QStringList>

namespace bd {

class ServerStore;

// branchdesk-server's set-up commands, run instead of serving: branches and staff accounts
// are authoritative on the server, and a branch's baseline comes from a workstation file.
//   add-branch ID CODE NAME              adds a branch, or renames it when run again
//   add-user USERNAME BRANCH_ID ROLE     password from BRANCHDESK_NEW_PASSWORD
//   import-branch WORKSTATION_FILE       the file's branch becomes its baseline and snapshot;
//                                        sealed personal data needs BRANCHDESK_IMPORT_USER and
//                                        _PASSWORD (an administrator of the file) to be opened
//   compact-log                          changes older than the retention into the snapshots
// Returns the process's exit code (0 done, 1 failed, 2 wrong use); says what it did on
// standard output and what went wrong on standard error.
namespace SetupCommands {
int run(ServerStore &store, const QStringList &command, const QString &snapshotDir);
// compact-log: every branch's changes older than `retentionDays` folded into its snapshot.
int compactLog(ServerStore &store, const QString &snapshotDir, int retentionDays);
// The environment variables the set-up commands read, one "  NAME  what" line each.
QString environmentHelp();
// How import-branch is used, with the variables a file with sealed personal data needs.
QString importUsage();
}

} // namespace bd
