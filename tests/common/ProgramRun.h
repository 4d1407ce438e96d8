#pragma once

// One of the project's programs (branchdesk-admin, branchdesk-server) run by a test as a
// real process, standard input closed, as a person runs it from a shell.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace bd::test {

// What the program said: its exit code (-1 if it crashed, or hung and was killed), its
// standard output and its standard error.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program` with `arguments` in `environment`; gives up after `timeoutMs` (killed, and
// nothing of what it printed kept).
inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    ProgramRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace bd::test
