#pragma once

// A throw-away PostgreSQL cluster for tests: initdb into a temporary folder, a server on a
// free loopback port, removed afterwards. PostgreSQL refuses to run as root, so as root
// (CI) the cluster belongs to the unprivileged "postgres" user and is driven via runuser.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

namespace bd::test {

class PostgresCluster
{
public:
    PostgresCluster()
        : m_dir(QDir::tempPath() + QStringLiteral("/bd-pg-XXXXXX"))
    {
    }
    ~PostgresCluster() { stop(); }
    Q_DISABLE_COPY_MOVE(PostgresCluster)

    static QString binDir()
    {
        const QDir root(QStringLiteral("/usr/lib/postgresql"));
        const QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            const QString bin = root.filePath(*it + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        return {};
    }

    bool start()
    {
        const QString bin = binDir();
        if (bin.isEmpty() || !m_dir.isValid()) {
            m_error = QStringLiteral("PostgreSQL server binaries not found (package postgresql)");
            return false;
        }
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        if (::geteuid() == 0) {
            // The postgres user must be able to enter and write the folder.
            QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                          | QFileDevice::WriteOther | QFileDevice::ExeOther);
        }
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), user(), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-sync")}))
            return false;
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 "
                                               "-c fsync=off -c full_page_writes=off")
                                        .arg(m_port)
                                        .arg(m_dir.path());
        if (!run(bin + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options, QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                  QStringLiteral("start")}))
            return false;
        m_running = true;
        return run(bin + QStringLiteral("/createdb"),
                   {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), user(), database()});
    }

    void stop()
    {
        if (!m_running)
            return;
        run(binDir() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = false;
    }

    // A backup of the test database as an operator takes one (pg_dump, custom format),
    // kept in the cluster's folder under `name`, while clients may be writing.
    bool dump(const QString &name)
    {
        return run(binDir() + QStringLiteral("/pg_dump"),
                   connection() + QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"),
                                              m_dir.filePath(name), database()});
    }

    // Puts the database back as `name` held it (pg_restore --clean), as an operator
    // restores after losing the server's disk. Nobody may be connected meanwhile.
    bool restore(const QString &name)
    {
        return run(binDir() + QStringLiteral("/pg_restore"),
                   connection() + QStringList{QStringLiteral("--clean"),
                                              QStringLiteral("--if-exists"),
                                              QStringLiteral("--single-transaction"),
                                              QStringLiteral("-d"), database(),
                                              m_dir.filePath(name)});
    }

    quint16 port() const { return m_port; }
    static QString user() { return QStringLiteral("branchdesk"); }
    static QString database() { return QStringLiteral("branchdesk_test"); }
    QString errorString() const { return m_error; }

private:
    QStringList connection() const
    {
        return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), user()};
    }

    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (::geteuid() == 0)
            process.start(QStringLiteral("runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                      QStringLiteral("--"), program}
                                  + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2")
                              .arg(program, QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace bd::test
