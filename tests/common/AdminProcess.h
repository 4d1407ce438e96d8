#pragma once

// `branchdesk-admin` run as a real process, as staff run it at a desk: the password comes
// through BRANCHDESK_PASSWORD. Needs BRANCHDESK_ADMIN_BINARY (and, for the server,
// BRANCHDESK_SERVER_BINARY) defined by the test's CMake.
#include "SyncServerFixture.h"
#include "app/domain/Result.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace bd::test {

// What a branchdesk-admin run said: its exit code (-1 if it crashed or hung), its standard
// output and its standard error.
struct AdminSaid
{
    int code = -1;
    QString output;
    QString errors;
    QString text() const { return output + errors; }
};

inline AdminSaid runAdmin(const QStringList &arguments, const QString &password,
                          int timeoutMs = 240000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANCHDESK_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
    AdminSaid said;
    if (process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit)
        said.code = process.exitCode();
    said.output = QString::fromUtf8(process.readAllStandardOutput());
    said.errors = QString::fromUtf8(process.readAllStandardError());
    return said;
}

// The arguments of `branchdesk-admin sync` for a workstation file, signed in as `user`.
inline QStringList adminSync(const QString &file, const QUrl &server, const QString &user)
{
    return { QStringLiteral("sync"), QStringLiteral("--db"),   file, QStringLiteral("--server"),
             server.toString(),      QStringLiteral("--user"), user };
}

// A sync round by `branchdesk-admin sync` on a workstation file (which the test's own
// workstation may hold open, as the desk does): false, with what it said, if it failed.
inline bool syncByAdmin(const QString &file, const QUrl &server, const QString &user,
                        const QString &password)
{
    const AdminSaid said = runAdmin(adminSync(file, server, user), password, 120000);
    if (said.code != 0)
        qWarning("branchdesk-admin sync: %s", qPrintable(said.errors));
    return said.code == 0;
}

// A workstation file made by `branchdesk-admin demo` (a branch of its own with `customers`
// customers, encrypted, every demo user holding a key slot) and imported by the server,
// which keeps a snapshot of it for new workstations: the branch's id, or what failed.
// `password` is what the run has in BRANCHDESK_PASSWORD, as for the test's other runs.
inline Result<QString> importAdminDemo(const SyncServerFixture &server, const QString &file,
                                       int customers, const QString &branchCode,
                                       const QString &password)
{
    const AdminSaid demo = runAdmin({ QStringLiteral("demo"), QStringLiteral("--db"), file,
                                      QStringLiteral("--customers"), QString::number(customers),
                                      QStringLiteral("--branch"), branchCode },
                                    password);
    if (demo.code != 0)
        return Error(QStringLiteral("demo: ") + demo.text());
    const QString imported = server.importBranch(file);
    const QString branchId = imported.section(u'(', 1).section(u')', 0, 0);
    if (imported.startsWith(QLatin1String("failed")) || branchId.isEmpty())
        return Error(QStringLiteral("import-branch: ") + imported);
    return branchId;
}

} // namespace bd::test
