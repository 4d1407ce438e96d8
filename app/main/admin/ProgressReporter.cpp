#include "app/main/admin/ProgressReporter.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/Console.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace bd::admin {

namespace {
constexpr qint64 kRedrawIntervalMs = 200;
}

ProgressReporter::ProgressReporter(const QString &label, const QString &unit)
    : ProgressReporter(label, unit, Console::isTerminal(STDERR_FILENO))
{
}

ProgressReporter::ProgressReporter(const QString &label, const QString &unit, bool terminal)
    : m_label(label)
    , m_unit(unit)
    , m_terminal(terminal)
{
    m_clock.start();
}

QString ProgressReporter::line(qint64 done, qint64 total, qint64 elapsedMs) const
{
    const QLocale locale;
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    const qint64 rate = elapsedMs > 0 ? done * 1000 / elapsedMs : 0;
    return Admin::tr("%1: %2% (%3 of %4 %5, %6 per second)")
            .arg(m_label)
            .arg(percent, 3)
            .arg(locale.toString(done), locale.toString(total), m_unit, locale.toString(rate));
}

void ProgressReporter::write(const QString &text, bool newLine)
{
    const QByteArray bytes = (m_terminal ? QByteArray("\r\033[K") : QByteArray())
            + text.toUtf8() + (newLine ? QByteArray("\n") : QByteArray());
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void ProgressReporter::update(qint64 done, qint64 total)
{
    if (m_finished)
        return;
    m_lastDone = done;
    m_lastTotal = total;
    const qint64 elapsed = m_clock.elapsed();
    if (m_terminal) {
        if (m_lastDrawMs >= 0 && elapsed - m_lastDrawMs < kRedrawIntervalMs)
            return;
        m_lastDrawMs = elapsed;
        write(line(done, total, elapsed), false);
        return;
    }
    const int tenth = total > 0 ? int(done * 10 / total) : 10;
    if (tenth == m_lastTenth)
        return;
    m_lastTenth = tenth;
    write(line(done, total, elapsed), true);
}

void ProgressReporter::finish(qint64 done, qint64 total)
{
    if (m_finished)
        return;
    m_finished = true;
    const int tenth = total > 0 ? int(done * 10 / total) : 10;
    if (!m_terminal && tenth == m_lastTenth)
        return; // the last plain line already said it
    write(line(done, total, m_clock.elapsed()), true);
}

void ProgressReporter::finish()
{
    if (m_lastDone >= 0)
        finish(m_lastDone, m_lastTotal);
    m_finished = true;
}

void ProgressReporter::note(const QString &text)
{
    write(text, true);
}

} // namespace bd::admin
