#include "ui/common/LatestRead.h"

namespace bd {

LatestRead::LatestRead(QObject *parent)
    : QObject(parent)
    , m_reader(new BackgroundReader(this))
{
}

LatestRead::LatestRead(QObject *parent, BackgroundReader *shared)
    : QObject(parent)
    , m_reader(shared)
{
}

} // namespace bd
