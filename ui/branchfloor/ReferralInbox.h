#pragma once

#include "app/domain/Money.h"
#include "app/domain/WorkStates.h"
#include "app/services/core/Session.h"

#include <QPair>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace bd {

class LatestRead;
class ReferralQueueModel;
class Store;

// The wealth manager's inbox of potential-VIP referrals: new ones counted on a badge,
// escalated ones from colleagues included; accept / contacted / met / converted (with the
// new AUM) / declined move the selected referral through ReferralDesk. The inbox is read off
// the GUI thread (with the escalation sweep): the desk is usable while it loads.
class ReferralInbox : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loaded)

public:
    ReferralInbox(Store &store, const Session &session, QWidget *parent = nullptr);

    // Reads the inbox again in the background; `thenSelect` is selected once it is shown,
    // else the referral selected when the rows arrive (a sync round's refresh keeps it).
    void refresh(const QString &thenSelect = {});
    bool isLoading() const;
    ReferralQueueModel *model() const { return m_model; }
    int badgeCount() const { return m_badgeCount; }
    bool select(const QString &referralId);
    // Moves the selected referral; the UI asks for the AUM of a conversion.
    bool moveSelected(ReferralState to, std::optional<Money> converted = std::nullopt);
    QString lastProblem() const { return m_lastProblem; }

signals:
    void changed();
    void loaded(); // the latest refresh() is shown

private:
    QString selectedId() const;
    void updateButtons();

    Store &m_store;
    Session m_session;
    LatestRead *m_read;
    ReferralQueueModel *m_model;
    QTableView *m_view;
    QLabel *m_badge;
    QList<QPair<QPushButton *, ReferralState>> m_actions; // a move and the state it moves to
    int m_badgeCount = 0;
    QString m_lastProblem;
};

} // namespace bd
