#include "app/services/branchfloor/ReferralLifecycle.h"

namespace bd::ReferralLifecycle {

QStringList states()
{
    return {QStringLiteral("logged"),    QStringLiteral("accepted"), QStringLiteral("contacted"),
            QStringLiteral("met"),       QStringLiteral("converted"), QStringLiteral("declined"),
            QStringLiteral("expired")};
}

QStringList openStates()
{
    return states().mid(0, 4);
}

bool isState(const QString &state)
{
    return states().contains(state);
}

bool isOpen(const QString &state)
{
    return openStates().contains(state);
}

bool isFinal(const QString &state)
{
    return isState(state) && !isOpen(state);
}

QStringList nextStates(const QString &from)
{
    if (!isOpen(from))
        return {};
    QStringList next;
    const QStringList flow = states();
    next << flow.at(flow.indexOf(from) + 1); // the next step forward
    next << QStringLiteral("declined") << QStringLiteral("expired");
    return next;
}

bool canMove(const QString &from, const QString &to)
{
    return nextStates(from).contains(to);
}

} // namespace bd::ReferralLifecycle
