#include "database/core/ClockCorrection.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <cstdlib>

namespace bd {

namespace {
struct Clocks
{
    QMutex mutex;
    QHash<QString, qint64> offsets;
    QHash<QString, qint64> skews;
};

Clocks &clocks()
{
    static Clocks all;
    return all;
}
} // namespace

void ClockCorrection::setOffset(const QString &nodeId, qint64 milliseconds)
{
    QMutexLocker lock(&clocks().mutex);
    clocks().offsets.insert(nodeId, milliseconds);
}

qint64 ClockCorrection::offset(const QString &nodeId)
{
    QMutexLocker lock(&clocks().mutex);
    return clocks().offsets.value(nodeId);
}

bool ClockCorrection::isWrong(qint64 offsetMs)
{
    return std::abs(offsetMs) > kWarningMs;
}

qint64 ClockCorrection::correction(const QString &nodeId)
{
    const qint64 measured = offset(nodeId);
    return isWrong(measured) ? measured : 0;
}

qint64 ClockCorrection::machineTime(const QString &nodeId)
{
    // Test-only: the fault test (tests/integration/tst_fault_run) runs `branchdesk-admin
    // sync` as a child process on a machine whose clock it wants wrong; only a variable can
    // reach into that process. Read once; unset in every real installation.
    static const qint64 processSkew = qEnvironmentVariableIntValue("BRANCHDESK_TEST_CLOCK_SKEW_MS");
    QMutexLocker lock(&clocks().mutex);
    return QDateTime::currentMSecsSinceEpoch() + processSkew + clocks().skews.value(nodeId);
}

void ClockCorrection::skewForTesting(const QString &nodeId, qint64 milliseconds)
{
    QMutexLocker lock(&clocks().mutex);
    clocks().skews.insert(nodeId, milliseconds);
}

} // namespace bd
