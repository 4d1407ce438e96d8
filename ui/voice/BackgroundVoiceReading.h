#pragma once

#include <QObject>

#include <atomic>

class QThread;

namespace bd {

class Store;

// Reads the notes written before (or under another lexicon) on a worker thread at sign-in
// (VoiceBackfill): a batch per transaction, the marker with it, so the window never waits
// and a pass stopped by signing out or closing resumes next time. The worker has its own
// connection (Store::database() is per thread).
class BackgroundVoiceReading : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundVoiceReading(QObject *parent = nullptr);
    ~BackgroundVoiceReading() override; // stops and waits

    bool start(Store &store); // false while a pass runs
    void stop();              // asks the worker to stop after its batch, and waits
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(int changed, const QString &problem); // on this object's thread

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_stop = false;
    int m_changed = 0;
    QString m_problem;
};

} // namespace bd
