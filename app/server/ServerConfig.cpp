#include "app/server/ServerConfig.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>

namespace bd {

const QList<ServerConfig::Key> &ServerConfig::keys()
{
    static const QList<Key> list {
        { "server/listen", "BRANCHDESK_SERVER_LISTEN", "listen" },
        { "server/port", "BRANCHDESK_SERVER_PORT", "port" },
        { "server/log_level", "BRANCHDESK_SERVER_LOG_LEVEL", "log-level" },
        { "server/snapshot_dir", "BRANCHDESK_SNAPSHOT_DIR", "snapshot-dir" },
        { "server/drain_ms", "BRANCHDESK_SERVER_DRAIN_MS", "drain-ms" },
        { "server/retention_days", "BRANCHDESK_RETENTION_DAYS", "retention-days" },
        { "server/sign_in_lock_seconds", "BRANCHDESK_SIGN_IN_LOCK_SECONDS",
          "sign-in-lock-seconds" },
        { "audit/signing_key", "BRANCHDESK_AUDIT_SIGNING_KEY", "audit-signing-key" },
        { "http/header_timeout", "BRANCHDESK_HTTP_HEADER_TIMEOUT", "http-header-timeout" },
        { "http/idle_timeout", "BRANCHDESK_HTTP_IDLE_TIMEOUT", "http-idle-timeout" },
        { "http/connections_per_client", "BRANCHDESK_HTTP_CONNECTIONS_PER_CLIENT",
          "http-connections-per-client" },
        { "tls/certificate", "BRANCHDESK_TLS_CERTIFICATE", "tls-certificate" },
        { "tls/key", "BRANCHDESK_TLS_KEY", "tls-key" },
        { "database/driver", "BRANCHDESK_DB_DRIVER", "db-driver" },
        { "database/path", "BRANCHDESK_DB_PATH", "db-path" },
        { "postgres/host", "BRANCHDESK_PG_HOST", "pg-host" },
        { "postgres/port", "BRANCHDESK_PG_PORT", "pg-port" },
        { "postgres/database", "BRANCHDESK_PG_DATABASE", "pg-database" },
        { "postgres/user", "BRANCHDESK_PG_USER", "pg-user" },
        { "postgres/hosts", "BRANCHDESK_PG_HOSTS", "pg-hosts" },
        { "postgres/pooling", "BRANCHDESK_PG_POOLING", "pg-pooling" },
        // The password is never taken from the command line (process lists show it).
        { "postgres/password", "BRANCHDESK_PG_PASSWORD", nullptr },
    };
    return list;
}

QString ServerConfig::defaultSqlitePath(const QProcessEnvironment &environment)
{
    // Under systemd (StateDirectory=) the unit's state folder, else the app data folder.
    const QString state = environment.value(QStringLiteral("STATE_DIRECTORY"))
                                  .section(QLatin1Char(':'), 0, 0);
    const QString folder = !state.isEmpty()
            ? state
            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return folder + QStringLiteral("/branchdesk-server.db");
}

Result<ServerConfig> ServerConfig::resolve(const QString &configFile,
                                           const QProcessEnvironment &environment,
                                           const QHash<QString, QString> &commandLine)
{
    ServerConfig config;
    QHash<QString, QString> values;
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable())
            return Error(tr("The configuration file %1 cannot be read.").arg(configFile));
        QSettings file(configFile, QSettings::IniFormat);
        if (file.status() != QSettings::NoError)
            return Error(tr("The configuration file %1 is not a valid INI file.").arg(configFile));
        for (const Key &key : keys()) {
            const QString name = QString::fromLatin1(key.file);
            if (file.contains(name))
                values.insert(name, file.value(name).toString());
        }
    }
    for (const Key &key : keys()) {
        const QString name = QString::fromLatin1(key.file);
        if (environment.contains(QString::fromLatin1(key.environment)))
            values.insert(name, environment.value(QString::fromLatin1(key.environment)));
        if (key.option && commandLine.contains(QString::fromLatin1(key.option)))
            values.insert(name, commandLine.value(QString::fromLatin1(key.option)));
    }

    QString problem; // the last bad value named wins
    auto number = [&](const char *name, int fallback, int max) {
        const QString text = values.value(QString::fromLatin1(name));
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 0 || value > max) {
            problem = tr("%1 must be a number from 0 to %2, not \"%3\".")
                              .arg(QString::fromLatin1(name))
                              .arg(max)
                              .arg(text);
            return fallback;
        }
        return value;
    };
    config.listen = values.value(QStringLiteral("server/listen"), config.listen);
    config.port = quint16(number("server/port", config.port, 65535));
    config.logLevel = values.value(QStringLiteral("server/log_level"), config.logLevel);
    config.snapshotDir = values.value(QStringLiteral("server/snapshot_dir"));
    if (config.snapshotDir.isEmpty())
        config.snapshotDir
                = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                + QStringLiteral("/snapshots");
    config.drainMs = number("server/drain_ms", config.drainMs, 600000);
    config.retentionDays = number("server/retention_days", config.retentionDays, 36500);
    config.signIn.lockSeconds
            = number("server/sign_in_lock_seconds", config.signIn.lockSeconds, 86400);
    config.http.headerTimeoutMs
            = 1000 * number("http/header_timeout", config.http.headerTimeoutMs / 1000, 3600);
    config.http.idleTimeoutMs
            = 1000 * number("http/idle_timeout", config.http.idleTimeoutMs / 1000, 3600);
    config.http.connectionsPerClient = number("http/connections_per_client",
                                              config.http.connectionsPerClient, 100000);
    // Kept by the server beside the snapshots, outside its database (LogWatermark).
    config.database.watermarkDir = config.snapshotDir + QStringLiteral("/log-watermark");
    // Beside the snapshots too: a file of the server's own, never in the database.
    config.auditSigningKey = values.value(QStringLiteral("audit/signing_key"),
                                          config.snapshotDir
                                                  + QStringLiteral("/audit-signing.key"));
    config.tlsCertificate = values.value(QStringLiteral("tls/certificate"));
    config.tlsKey = values.value(QStringLiteral("tls/key"));
    config.database.host = values.value(QStringLiteral("postgres/host"), config.database.host);
    config.database.port = number("postgres/port", config.database.port, 65535);
    config.database.database = values.value(QStringLiteral("postgres/database"));
    config.database.user = values.value(QStringLiteral("postgres/user"), config.database.user);
    config.database.password = values.value(QStringLiteral("postgres/password"));
    config.database.hosts = values.value(QStringLiteral("postgres/hosts"));
    const QString pooling = values.value(QStringLiteral("postgres/pooling"));
    if (!pooling.isEmpty() && pooling != QLatin1String("transaction")
        && pooling != QLatin1String("session"))
        return Error(tr("The setting postgres/pooling must be transaction or session, not %1.")
                             .arg(pooling));
    config.database.pooledPerTransaction = pooling == QLatin1String("transaction");
    config.hasDatabase = !config.database.database.isEmpty();
    if (!config.hasDatabase)
        config.database.database = ServerDatabase::Settings().database;

    // Without a driver: PostgreSQL when a PostgreSQL database is named (configurations
    // from before the embedded store keep working), else the embedded SQLite file.
    const QString driver = values.value(QStringLiteral("database/driver"));
    if (driver == QLatin1String("sqlite")
        || (driver.isEmpty() && !config.hasDatabase)) {
        config.database.driver = ServerDatabase::Settings::Driver::Sqlite;
        config.database.path = values.value(QStringLiteral("database/path"));
        if (config.database.path.isEmpty())
            config.database.path = defaultSqlitePath(environment);
        config.hasDatabase = true;
    } else if (!driver.isEmpty() && driver != QLatin1String("postgres")) {
        problem = tr("database/driver must be sqlite or postgres, not \"%1\".").arg(driver);
    }

    if (!problem.isEmpty())
        return Error(problem);
    if (QHostAddress(config.listen).isNull())
        return Error(tr("The listen address \"%1\" is not an IP address.").arg(config.listen));
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return Error(tr("TLS needs both a certificate and a key."));
    if (!QStringList { QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("off") }
                 .contains(config.logLevel))
        return Error(tr("log_level must be info, warning or off."));
    return config;
}

} // namespace bd
