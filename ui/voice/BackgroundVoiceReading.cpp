#include "ui/voice/BackgroundVoiceReading.h"

#include "app/services/voice/VoiceBackfill.h"

#include <QThread>

namespace bd {

BackgroundVoiceReading::BackgroundVoiceReading(QObject *parent)
    : QObject(parent)
{
}

BackgroundVoiceReading::~BackgroundVoiceReading()
{
    stop();
}

bool BackgroundVoiceReading::start(Store &store)
{
    if (m_thread)
        return false;
    m_stop = false;
    m_changed = 0;
    m_problem.clear();
    Store *target = &store;
    m_thread = QThread::create([this, target] {
        VoiceBackfill pass(*target);
        while (!m_stop) {
            const Result<VoiceBackfill::Progress> step = pass.step(200); // short write transactions
            if (!step) {
                m_problem = step.errorString();
                return;
            }
            m_changed += step->changed;
            if (step->finished)
                return;
        }
    });
    m_thread->setObjectName(QStringLiteral("BranchDesk voice reading"));
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_thread)
            return; // stop() took care of it
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit finished(m_changed, m_problem);
    });
    m_thread->start(QThread::LowestPriority);
    return true;
}

void BackgroundVoiceReading::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace bd
