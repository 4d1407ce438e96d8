#include "ui/common/BackgroundReader.h"

namespace bd {

BackgroundReader::BackgroundReader(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("BranchDesk reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace bd
