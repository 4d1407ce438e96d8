#pragma once

#include "ui/shell/Workspace.h"

namespace bd {

class FigureTile;
class LobbyVisitModel;
class ReferralQueueModel;
class WalkInLog;

// The lobby manager's desk: today's walk-ins with value judgement, moment and route, the
// value-class counts of the day and the open potential-VIP referral queue, with the
// keyboard-first walk-in log on top.
class LobbyWorkspace : public Workspace
{
    Q_OBJECT

public:
    LobbyWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;
    WalkInLog *walkInLog() const { return m_walkIn; }

private:
    void openFiledForm(const QString &referralId);

    QString m_lastReferralId; // the referral the last walk-in filed, if any
    WalkInLog *m_walkIn;
    LobbyVisitModel *m_visits;
    ReferralQueueModel *m_referrals;
    FigureTile *m_vip;
    FigureTile *m_potentialVip;
    FigureTile *m_ordinary;
    FigureTile *m_openReferrals;
};

} // namespace bd
