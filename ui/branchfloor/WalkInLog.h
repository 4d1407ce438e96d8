#pragma once

#include "app/domain/Ids.h"
#include "app/services/branchfloor/LobbyVisitLog.h"
#include "app/services/core/Session.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

class CustomerSearchField;
class ElidedLabel;
class ObservedSignals;
class Store;
class WalkInRoute;

// The lobby manager's walk-in entry, keyboard-first: customer (search or description),
// ticket, moment (Alt+1/2/3), signals of that moment (ObservedSignals), the suggested
// class with its reasons, confirm (Enter) or override with a reason, and the route of
// that class (WalkInRoute); Ctrl+Return saves. A potential VIP's form is filled in place.
class WalkInLog : public QWidget
{
    Q_OBJECT

public:
    WalkInLog(Store &store, const Session &session, QWidget *parent = nullptr);

    // For tests and for the customer search: link a known customer.
    void linkCustomer(const CustomerId &customerId, const QString &summary);
    void setMoment(const QString &moment);
    void setSignal(const QString &code, bool on);
    void chooseClass(const QString &valueClass); // override when it differs
    QString suggestedClass() const { return m_suggestion.valueClass; }
    QStringList suggestionReasons() const { return m_suggestion.reasons; }
    QString currentRoute() const;
    LobbyVisitLog::WalkIn walkIn() const;
    bool save(); // false: problems shown
    QString problemText() const;
    void clear();

signals:
    void saved(const QString &visitId, const QString &referralId);

private:
    QFormLayout *createWhoForm();
    QGroupBox *createJudgement();
    void addSaveShortcuts();
    QString currentMoment() const;
    void updateSuggestion();
    void updateRoute();
    void showHoldingsDue();
    void showOpenReferral();

    Store &m_store;
    Session m_session;
    LobbyVisitLog::Suggestion m_suggestion;
    CustomerId m_customerId;
    CustomerSearchField *m_search;
    ElidedLabel *m_customerLabel; // elided: a long summary must not widen the panel
    QLabel *m_holdingsDue; // a linked customer's money falling due soon
    QLabel *m_openReferral; // a linked customer's referral still open: no second one
    QLineEdit *m_description;
    QLineEdit *m_ticket;
    QButtonGroup *m_moments;
    ObservedSignals *m_signals;
    QLabel *m_suggestionLabel;
    QComboBox *m_class;
    QLineEdit *m_overrideReason;
    QComboBox *m_business;
    WalkInRoute *m_routes = nullptr;
    QLabel *m_problems;
    QPushButton *m_save;
};

} // namespace bd
