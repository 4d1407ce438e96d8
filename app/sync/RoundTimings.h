#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// How long each step of a sync round took, in the order they ran, for the desk's log
// ("sync round steps: ..."): at a branch of 1,000,000 customers a round takes seconds and
// the log must say which step they go to (bench_event_to_today, issue #17).
class RoundTimings
{
public:
    // Starts timing the next step (the previous one ends here).
    void begin(const QString &step)
    {
        end();
        m_current = step;
        m_timer.start();
    }
    void end()
    {
        if (!m_current.isEmpty())
            m_steps << QStringLiteral("%1 %2 ms").arg(m_current).arg(m_timer.elapsed());
        m_current.clear();
    }
    QString text() const { return m_steps.join(QStringLiteral(", ")); }

private:
    QString m_current;
    QElapsedTimer m_timer;
    QStringList m_steps;
};

} // namespace bd
