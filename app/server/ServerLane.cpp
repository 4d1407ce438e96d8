#include "app/server/ServerLane.h"

#include "app/server/ServerStore.h"

#include <QPointer>

#include <atomic>

namespace bd {

namespace {
std::atomic<int> g_inFlight { 0 };
} // namespace

ServerLane::ServerLane(const QString &name)
    : m_worker(new QObject)
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ServerLane::~ServerLane()
{
    // The store's connection is closed on the thread that opened it (Qt SQL's rule).
    QMetaObject::invokeMethod(
            m_worker, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

Result<> ServerLane::open(const ServerDatabase::Settings &settings)
{
    Result<> opened;
    QMetaObject::invokeMethod(
            m_worker,
            [this, &settings, &opened] {
                m_store = std::make_unique<ServerStore>();
                opened = m_store->attach(settings);
                if (!opened)
                    m_store.reset();
            },
            Qt::BlockingQueuedConnection);
    return opened;
}

void ServerLane::run(Job job, QObject *context, Answer answer)
{
    ++g_inFlight;
    QMetaObject::invokeMethod(
            m_worker,
            [this, job = std::move(job), context = QPointer<QObject>(context),
             answer = std::move(answer)] {
                // QHttpServerResponse only moves; the trip back needs a copyable functor.
                auto response = std::make_shared<QHttpServerResponse>(job(*m_store));
                if (!context) {
                    --g_inFlight;
                    return;
                }
                QMetaObject::invokeMethod(
                        context.data(),
                        [response, answer] {
                            answer(std::move(*response));
                            --g_inFlight;
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

int ServerLane::inFlight()
{
    return g_inFlight.load();
}

} // namespace bd
