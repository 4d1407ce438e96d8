#pragma once

// The topology of packaging/topology.sh (PostgreSQL primary and synchronous standby, N
// branchdesk-server processes, HAProxy) driven from a test: started in a temporary folder,
// stopped and removed at the end. Needs BRANCHDESK_SOURCE_DIR and BRANCHDESK_SERVER_BINARY.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

namespace bd::test {

class Topology
{
public:
    Topology()
        : m_parent(QDir::tempPath() + QStringLiteral("/bd-topology-XXXXXX"))
    {
    }
    ~Topology() { stop(); }
    Q_DISABLE_COPY_MOVE(Topology)

    // `environment`: the script's, e.g. TOPOLOGY_PGBOUNCER=transaction.
    bool start(int servers,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_dir = m_parent.filePath(QStringLiteral("t"));
        // PostgreSQL runs as "postgres" when the test is root: it must reach the folder.
        QFile::setPermissions(m_parent.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther);
        if (!run({ QStringLiteral("start"), m_dir, QString::number(servers) }, 300000,
                 environment))
            return false;
        m_started = true;
        return readEnvironment();
    }

    void stop()
    {
        if (m_started)
            run({ QStringLiteral("stop"), m_dir });
        m_started = false;
    }

    // One command of the script on this topology ("kill-server", "1"), true if it succeeded.
    bool command(const QStringList &arguments, int timeoutMs = 120000)
    {
        const bool ok = run(QStringList { arguments.first(), m_dir } + arguments.mid(1), timeoutMs);
        return readEnvironment() && ok;
    }

    // A branchdesk-server set-up command against the cluster (add-branch, add-user, ...).
    bool serverCommand(const QStringList &arguments, const QString &newPassword = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BRANCHDESK_NEW_PASSWORD"), newPassword);
        return run(QStringList { QStringLiteral("server"), m_dir } + arguments, 120000,
                   environment);
    }

    // psql's unaligned, tuples-only output of `sql` on the primary or the standby.
    QString query(const QString &sql, const QString &which = QStringLiteral("primary"))
    {
        run({ QStringLiteral("psql"), m_dir, which, QStringLiteral("-tA"), QStringLiteral("-c"),
              sql });
        return m_output.trimmed();
    }

    QUrl balancer() const { return QUrl(value(QStringLiteral("URL"))); }
    QUrl server(int i) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(value(QStringLiteral("SERVER_PORT_%1").arg(i))));
    }
    QString value(const QString &key) const { return m_environment.value(key); }
    QString output() const { return m_output; }
    QString directory() const { return m_dir; }

private:
    bool run(const QStringList &arguments, int timeoutMs = 120000,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess script;
        QProcessEnvironment env = environment;
        env.insert(QStringLiteral("BRANCHDESK_SERVER"), QStringLiteral(BRANCHDESK_SERVER_BINARY));
        // Throw-away clusters: a kill -9 loses no page the OS holds; power cuts are not tested.
        env.insert(QStringLiteral("TOPOLOGY_FSYNC"), QStringLiteral("off"));
        script.setProcessEnvironment(env);
        script.setProcessChannelMode(QProcess::SeparateChannels);
        script.start(QStringLiteral("bash"),
                     QStringList { QStringLiteral(BRANCHDESK_SOURCE_DIR "/packaging/topology.sh") }
                             + arguments);
        const bool finished = script.waitForFinished(timeoutMs);
        m_output = QString::fromUtf8(script.readAllStandardOutput());
        m_errors = QString::fromUtf8(script.readAllStandardError());
        if (!finished || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
            qWarning("topology.sh %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(m_errors));
            return false;
        }
        return true;
    }

    bool readEnvironment()
    {
        QFile file(m_dir + QStringLiteral("/topology.env"));
        if (!file.open(QIODevice::ReadOnly))
            return !m_started;
        m_environment.clear();
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int at = line.indexOf('=');
            if (at > 0)
                m_environment.insert(QString::fromUtf8(line.left(at)),
                                     QString::fromUtf8(line.mid(at + 1)));
        }
        return true;
    }

    QTemporaryDir m_parent;
    QString m_dir;
    bool m_started = false;
    QHash<QString, QString> m_environment;
    QString m_output;
    QString m_errors;
};

} // namespace bd::test
