#pragma once

#include "app/domain/Result.h"
#include "app/server/HttpFront.h"
#include "app/server/ServerDatabase.h"
#include "app/server/SignInThrottle.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>

namespace bd {

// branchdesk-server's settings. Each comes from, in order of precedence: the command line,
// an environment variable, the configuration file (INI; --config PATH or
// BRANCHDESK_SERVER_CONFIG), the built-in default. docs/SYNC_PROTOCOL.md lists the keys.
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    QString listen = QStringLiteral("127.0.0.1"); // loopback unless told otherwise
    quint16 port = 8470;
    // The store: PostgreSQL when [postgres] database= is set (or database/driver=postgres),
    // else the embedded SQLite file database/path (default: defaultSqlitePath()). Only with
    // driver=postgres and no database is there none: then only /health answers.
    bool hasDatabase = false;
    ServerDatabase::Settings database;
    QString tlsCertificate; // PEM; both or neither
    QString tlsKey;
    QString logLevel = QStringLiteral("info"); // info, warning or off
    // Where import-branch writes each branch's snapshot for new workstations and the
    // server reads it from (BranchSnapshot); default: "snapshots" in the app data folder.
    QString snapshotDir;
    // The Ed25519 key that signs audit checkpoints (AuditSigningKey): made at the first
    // start, 0600; default "audit-signing.key" in the snapshot folder.
    QString auditSigningKey;
    // On SIGTERM: how long the process says it is not ready before it stops accepting
    // connections (a balancer's health check must notice in that time; ServerShutdown).
    int drainMs = 1000;
    // Changes older than this many days are compacted into the branch's baseline and
    // snapshot by `compact-log` (LogCompaction); 0 keeps every change.
    int retentionDays = 0;
    // What a connection may cost before a route sees it, and when sign-ins lock out.
    HttpLimits http;
    SignInThrottle::Policy signIn;

    // A setting's name as a key of the file ("postgres/port"); the environment variable
    // and the command-line option names are derived from it (see keys()).
    struct Key
    {
        const char *file;
        const char *environment;
        const char *option;
    };
    static const QList<Key> &keys();
    // $STATE_DIRECTORY (systemd's StateDirectory=) or the app data folder, then
    // "branchdesk-server.db".
    static QString defaultSqlitePath(const QProcessEnvironment &environment);

    // `commandLine` maps option names ("pg-port") to values given on the command line.
    // Fails with a sentence for the administrator on an unreadable file or a bad value.
    static Result<ServerConfig> resolve(const QString &configFile,
                                        const QProcessEnvironment &environment,
                                        const QHash<QString, QString> &commandLine);
};

} // namespace bd
