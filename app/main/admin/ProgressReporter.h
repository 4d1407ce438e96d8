#pragma once

#include <QElapsedTimer>
#include <QString>

namespace bd::admin {

// Shows the progress of long work on stderr: on a terminal, one line redrawn in place with
// the percentage and the rate; otherwise (a log, a pipe) a plain line at every tenth.
class ProgressReporter
{
public:
    explicit ProgressReporter(const QString &label, const QString &unit);
    ProgressReporter(const QString &label, const QString &unit, bool terminal);

    void update(qint64 done, qint64 total);
    void finish(qint64 done, qint64 total);
    void finish(); // at the last update's count
    void note(const QString &text); // a line of its own, for work that cannot be counted

    // The line shown for a state of the work (public so that tests can check it).
    QString line(qint64 done, qint64 total, qint64 elapsedMs) const;

private:
    void write(const QString &text, bool newLine);

    QString m_label;
    QString m_unit;
    bool m_terminal = false;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1;
    int m_lastTenth = -1;
    bool m_finished = false;
    qint64 m_lastDone = -1;
    qint64 m_lastTotal = 0;
};

} // namespace bd::admin
