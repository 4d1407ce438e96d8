#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace bd {

// Runs read jobs (search, a 360) on its own thread, one after another, and hands each
// result back on the GUI thread, unless the widget that asked is gone by then. Jobs reach
// the database through Store::database(), which gives this thread its own connection.
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundReader(QObject *parent = nullptr);
    ~BackgroundReader() override; // waits for the running job

    template <typename Result>
    void run(QObject *context, std::function<Result()> job, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        BackgroundReader *self = this;
        QMetaObject::invokeMethod(
                m_worker,
                [self, guard, job = std::move(job), done = std::move(done)] {
                    auto result = std::make_shared<Result>(job());
                    QMetaObject::invokeMethod(
                            self,
                            [guard, done, result] {
                                if (guard)
                                    done(std::move(*result));
                            },
                            Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_worker;
};

} // namespace bd
