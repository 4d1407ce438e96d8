#pragma once

// One of the project's programs (branchdesk-admin, branchdesk-server) run by a test as a
// real process, standard input closed, as a person runs it from a shell, and the files it is
// given.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace bd::test {

// What the program said, as bytes (a test of what reaches a terminal reads them raw): its
// exit code (-1 if it crashed, or hung and was killed), standard output and standard error.
struct ProgramBytes
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// What the program said, as text.
struct ProgramRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment a test runs a program in: the caller's, with HOME and XDG_DATA_HOME in
// `home` (the program keeps off the developer's own workstation database) and a UTF-8
// locale (what it prints does not depend on the machine's).
inline QProcessEnvironment homeEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

// Runs `program` with `arguments` in `environment`; gives up after `timeoutMs` (killed, and
// nothing of what it printed kept).
inline ProgramBytes runProgramBytes(const QString &program, const QStringList &arguments,
                                    const QProcessEnvironment &environment, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    ProgramBytes result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// runProgramBytes, what it printed read as UTF-8.
inline ProgramRun runProgram(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, int timeoutMs = 60000)
{
    const ProgramBytes bytes = runProgramBytes(program, arguments, environment, timeoutMs);
    return {bytes.exitCode, QString::fromUtf8(bytes.out), QString::fromUtf8(bytes.err)};
}

// Writes a file a program is given into the test's folder; the test cannot go on without it.
inline QString writeFileIn(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace bd::test
