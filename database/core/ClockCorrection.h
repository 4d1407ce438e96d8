#pragma once

#include <QString>
#include <QtGlobal>

namespace bd {

// How far a workstation's clock is off the sync server's (docs/SYNC_PROTOCOL.md, "Clocks"),
// per workstation file (its node id), for the whole process. ChangePull measures it on
// every answer; Store stamps with the corrected time while it is more than kWarningMs, so
// that a machine two hours ahead no longer wins every concurrent edit; the sync status
// warns its user. Store keeps the offset in app_setting "clock_offset_ms" across restarts.
class ClockCorrection
{
public:
    static constexpr qint64 kWarningMs = 2 * 60 * 1000;

    // The server's clock minus this machine's (as machineTime reads it).
    static void setOffset(const QString &nodeId, qint64 milliseconds);
    static qint64 offset(const QString &nodeId);
    // What stamps add to the machine's time: the offset while it is over kWarningMs.
    static qint64 correction(const QString &nodeId);
    static bool isWrong(qint64 offsetMs);

    // The machine's clock (ms since 1970) as the workstation `nodeId` reads it.
    static qint64 machineTime(const QString &nodeId);
    // A wrong machine clock for one workstation, for tests: the one fault here that cannot
    // be caused for real. Unlike Store::setClockSkewForTesting, the sync client measures
    // and corrects it, as it would a real machine's.
    static void skewForTesting(const QString &nodeId, qint64 milliseconds);
    // The same for a whole process a test starts (a `branchdesk-admin sync` child): the
    // test-only variable BRANCHDESK_TEST_CLOCK_SKEW_MS (milliseconds, may be negative) is
    // added to machineTime(). Documented in docs/RELIABILITY.md; never set in production.
};

} // namespace bd
