#pragma once

// The real branchdesk program run by a bench (bench_event_to_today), offscreen, signed in
// through its sign-in dialog's own path (--sign-in, the password on its standard input),
// and the lines of its log (stderr), each with the moment the bench read it.
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bd::test {

// The branchdesk process and the lines of its log (stderr), each with the moment this
// process read it (on `clock`).
class DeskProcess
{
public:
    DeskProcess(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
            const qint64 at = m_clock.nsecsElapsed();
            m_partial += m_process.readAllStandardError();
            qsizetype end = 0;
            while ((end = m_partial.indexOf('\n')) >= 0) {
                m_lines.push_back({QString::fromUtf8(m_partial.left(end)), at});
                // Echoed (after the moment is taken): what the desk is doing, as it goes.
                std::fprintf(stderr, "desk: %s\n", m_partial.left(end).constData());
                m_partial.remove(0, end + 1);
            }
        });
    }
    ~DeskProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }

    bool start(const QString &file, const QUrl &server, const QString &user,
               const QString &password, const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Its remembered server goes to a settings file of its own, not the user's.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        m_process.setProcessEnvironment(environment);
        // Another build's program for an A/B (BRANCHDESK_BENCH_DESK), else this build's.
        const QString program = qEnvironmentVariable(
                "BRANCHDESK_BENCH_DESK", QStringLiteral(BRANCHDESK_WORKSTATION_BINARY));
        m_process.start(program,
                        {QStringLiteral("--db"), file, QStringLiteral("--server"), server.toString(),
                         QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--sign-in"), user});
        if (!m_process.waitForStarted(30000))
            return false;
        m_process.write(password.toUtf8() + '\n');
        m_process.closeWriteChannel();
        return true;
    }

    // Waits for a line from `from` on that contains `text`; its index, or -1.
    qsizetype waitFor(const QString &text, qsizetype from, int timeoutMs)
    {
        qsizetype found = -1;
        QTest::qWaitFor([&] {
            for (qsizetype i = from; i < qsizetype(m_lines.size()) && found < 0; ++i) {
                if (m_lines[std::size_t(i)].text.contains(text))
                    found = i;
            }
            return found >= 0 || m_process.state() == QProcess::NotRunning;
        }, timeoutMs);
        return found;
    }
    // Waits until the desk wrote nothing for `quietMs` (its sync and refresh done).
    void waitQuiet(int quietMs, int timeoutMs)
    {
        QElapsedTimer total;
        total.start();
        while (total.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            const std::size_t before = m_lines.size();
            QTest::qWait(quietMs);
            if (m_lines.size() == before)
                return;
        }
    }

    qsizetype lineCount() const { return qsizetype(m_lines.size()); }
    // How many lines so far contain `text`.
    qsizetype count(const QString &text) const
    {
        return std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [&text](const Line &line) { return line.text.contains(text); });
    }
    qint64 readAt(qsizetype line) const { return m_lines[std::size_t(line)].at; }
    QString tail(int count) const
    {
        QStringList last;
        for (std::size_t i = m_lines.size() > std::size_t(count) ? m_lines.size() - count : 0;
             i < m_lines.size(); ++i)
            last << m_lines[i].text;
        return last.join(QLatin1Char('\n'));
    }

private:
    struct Line
    {
        QString text;
        qint64 at = 0;
    };
    const QElapsedTimer &m_clock;
    QProcess m_process;
    QByteArray m_partial;
    std::vector<Line> m_lines;
};

} // namespace bd::test
