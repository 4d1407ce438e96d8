#include "ui/calls/BackgroundCallList.h"

#include "database/core/Store.h"

#include <QThread>

namespace bd {

BackgroundCallList::BackgroundCallList(QObject *parent)
    : QObject(parent)
{
}

BackgroundCallList::~BackgroundCallList()
{
    stop();
    wait();
}

bool BackgroundCallList::start(Store &store, const Session &session,
                               const CallListMaker::Request &request, CallClock clock)
{
    if (m_thread)
        return false;
    m_stop = false;
    m_result = {};
    Store *target = &store;
    m_thread = QThread::create([this, target, session, request, clock = std::move(clock)] {
        m_result = CallListMaker(*target, session, clock).make(request, [this](int percent) {
            emit progressed(percent);
            return !m_stop;
        });
        // One thread per list: its connection would stay open until the store closes.
        target->releaseThreadConnection();
    });
    m_thread->setObjectName(QStringLiteral("BranchDesk call list"));
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_thread)
            return; // the destructor took care of it
        wait();
        emit finished(m_result);
    });
    m_thread->start();
    return true;
}

void BackgroundCallList::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace bd
