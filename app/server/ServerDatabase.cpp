#include "app/server/ServerDatabase.h"

#include "app/common/SyncLogging.h"
#include "app/server/LogWatermark.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include <atomic>
#include <utility>

namespace bd {

namespace {
std::atomic<int> g_connections { 0 };

QStringList migrationFiles(const ServerSqlDialect &dialect)
{
    QStringList files;
    const QDir dir(dialect.migrationDir());
    for (const QString &name : dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

int versionOf(const QString &path)
{
    return QFileInfo(path).fileName().section(QLatin1Char('_'), 0, 0).toInt();
}

// The first column of the first row, or `fallback` when there is none.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariant &fallback)
{
    ServerStatement query(db, statement);
    return query.run() && query.next() ? query.value(0) : fallback;
}
} // namespace

ServerDatabase::ServerDatabase()
    : m_connectionName(QStringLiteral("branchdesk-server-%1").arg(++g_connections))
{
}

ServerDatabase::~ServerDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int ServerDatabase::latestSchemaVersion(Settings::Driver driver)
{
    const QStringList files = migrationFiles(*ServerSqlDialect::create(driver));
    return files.isEmpty() ? 0 : versionOf(files.last());
}

Result<> ServerDatabase::open(const Settings &settings)
{
    if (Result<> attached = attach(settings); !attached)
        return attached;
    if (Result<> migrated = migrate(); !migrated)
        return migrated;
    if (m_watermarkDir.isEmpty())
        return {};
    if (const Result<bool> checked = LogWatermark(m_watermarkDir).check(*this); !checked)
        return checked.error();
    return {};
}

Result<> ServerDatabase::attach(const Settings &settings)
{
    m_dialect = ServerSqlDialect::create(settings.driver);
    if (Result<> opened = m_dialect->open(m_connectionName, settings); !opened)
        return opened;
    m_watermarkDir = settings.watermarkDir;
    return {};
}

Result<QString> ServerDatabase::startNewEpoch()
{
    const QString epoch = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    Result<ServerTransaction> transaction = ServerTransaction::begin(*this);
    if (!transaction)
        return transaction.error();
    if (Result<> set = ServerStatement::exec(
                connection(), QStringLiteral("UPDATE server_state SET value = ? WHERE key = 'epoch'"),
                { epoch });
        !set)
        return set.error();
    if (Result<> noted = ServerStatement::exec(
                connection(), QStringLiteral("INSERT INTO server_state(key, value) VALUES "
                                             "('went_back', ?) ON CONFLICT (key) DO UPDATE SET "
                                             "value = excluded.value"),
                { epoch });
        !noted)
        return noted.error();
    if (Result<> committed = transaction->commit(); !committed)
        return committed.error();
    return epoch;
}

Result<qint64> ServerDatabase::logTotal() const
{
    ServerStatement query(connection(),
                          QStringLiteral("SELECT coalesce(sum(next_seq), 0) FROM branch_change_counter"));
    if (Result<> ran = query.run(); !ran)
        return ran.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

void ServerDatabase::noteLogAdvanced() const
{
    if (m_watermarkDir.isEmpty())
        return;
    // Not kept this once (a full disk): the check at the next start compares with an older
    // mark, which can only miss a restore, never invent one.
    if (Result<> noted = LogWatermark(m_watermarkDir).note(*this); !noted)
        qCWarning(lcSync) << "the change log's watermark could not be kept:" << noted.errorString();
}

bool ServerDatabase::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase ServerDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<> ServerDatabase::migrate()
{
    QSqlDatabase db = connection();
    for (const QString &path : migrationFiles(*m_dialect)) {
        const int version = versionOf(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cannot read %1").arg(path));
        const QString script = QString::fromUtf8(file.readAll());
        Result<ServerTransaction> transaction
                = ServerTransaction::begin(*this, ServerTransaction::Purpose::Migration);
        if (!transaction)
            return transaction.error();
        // Made with the first step; were that to fail, recording the step says why.
        (void)ServerStatement::exec(db, m_dialect->createVersionTableSql());
        ServerStatement applied(db,
                                QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"));
        const bool done = applied.run({ version }) && applied.next();
        applied.finish();
        if (done) {
            if (Result<> committed = transaction->commit(); !committed)
                return committed;
            continue;
        }
        Result<> step = m_dialect->runScript(db, script);
        if (step)
            step = ServerStatement::exec(
                    db,
                    QStringLiteral(
                            "INSERT INTO schema_version(version, description) VALUES (?, ?)"),
                    { version, QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1) });
        if (step)
            step = transaction->commit();
        if (!step)
            return Error(QCoreApplication::translate("ServerStore",
                                                     "Upgrading the server database to version "
                                                     "%1 failed: %2")
                                 .arg(version)
                                 .arg(step.errorString()));
        qCInfo(lcSync) << "server schema migrated to" << version;
    }
    return {};
}

int ServerDatabase::schemaVersion() const
{
    return scalar(connection(),
                  QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"), 0)
            .toInt();
}

bool ServerDatabase::wentBackInTime() const
{
    return !scalar(connection(),
                   QStringLiteral("SELECT value FROM server_state WHERE key = 'went_back'"),
                   QString())
                    .toString()
                    .isEmpty();
}

QString ServerDatabase::epoch() const
{
    return scalar(connection(),
                  QStringLiteral("SELECT value FROM server_state WHERE key = 'epoch'"), QString())
            .toString();
}

Result<ServerTransaction> ServerTransaction::begin(const ServerDatabase &database, Purpose purpose)
{
    QSqlDatabase db = database.connection();
    if (Result<> begun = database.dialect().beginWrite(db, purpose == Purpose::Migration); !begun)
        return begun.error();
    return ServerTransaction(db);
}

ServerTransaction::ServerTransaction(ServerTransaction &&other) noexcept
    : m_db(std::move(other.m_db))
    , m_open(std::exchange(other.m_open, false))
{
}

ServerTransaction::~ServerTransaction()
{
    if (m_open)
        m_db.rollback();
}

Result<> ServerTransaction::commit()
{
    if (!m_db.commit())
        return Error(m_db.lastError().text());
    m_open = false;
    return {};
}

} // namespace bd
