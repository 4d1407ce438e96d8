#pragma once

#include "ui/shell/Workspace.h"

namespace bd {

class FigureTile;
class ReferralQueueModel;
class SevenStepPanel;
class TellerSessionModel;

// The teller's desk: today's counter services with the seven steps each went through,
// the seven-step panel for the customer at the counter beside them and the referrals
// made today.
class TellerWorkspace : public Workspace
{
    Q_OBJECT

public:
    TellerWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;
    SevenStepPanel *sevenStepPanel() const { return m_panel; }

private:
    SevenStepPanel *m_panel = nullptr;
    TellerSessionModel *m_sessions;
    ReferralQueueModel *m_referrals;
    FigureTile *m_served;
    FigureTile *m_allSteps;
    FigureTile *m_referred;
};

} // namespace bd
