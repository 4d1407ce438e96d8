#include "ui/common/LatestRead.h"

namespace bd {

LatestRead::LatestRead(QObject *parent)
    : QObject(parent)
    , m_reader(new BackgroundReader(this))
{
}

} // namespace bd
