#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// The states of a potential-VIP referral and the only moves between them:
//   logged -> accepted -> contacted -> met -> converted
//   any open state -> declined | expired
// Converted, declined and expired are final.
namespace ReferralLifecycle {
QStringList states();                 // in flow order
QStringList openStates();             // logged, accepted, contacted, met
bool isState(const QString &state);
bool isOpen(const QString &state);
bool isFinal(const QString &state);
bool canMove(const QString &from, const QString &to);
QStringList nextStates(const QString &from);
} // namespace ReferralLifecycle

} // namespace bd
