#pragma once

#include "app/domain/Ids.h"
#include "app/services/branchfloor/TellerSession.h"
#include "app/services/core/Session.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

class CustomerSearchField;
class OfferPanel;
class Store;

// The teller's seven steps beside the counter business: start a service for a customer and
// business, tick each step (stamped with the time), weigh the customer at step 4 (assets,
// business, questions, behaviour) with a potential-VIP prompt on the triggers, refer in one
// click at step 6 and record the rating at step 7. Routine business shows where to divert it.
class SevenStepPanel : public QWidget
{
    Q_OBJECT

public:
    SevenStepPanel(Store &store, const Session &session, QWidget *parent = nullptr);

    TellerSession &service() { return m_service; }
    void linkCustomer(const CustomerId &customerId, const QString &summary);
    void setBusiness(const QString &code);
    bool startService();
    bool tickStep(int step);
    void setAmount(const QString &typed);
    void setWealthQuestion(bool asked);
    TellerSession::Assessment assess();
    bool promptShown() const;
    void chooseManager(const QString &managerId);
    QString referInOneClick(); // the referral id
    bool rate(int rating);
    QString diversionText() const;
    OfferPanel *offers() const { return m_offers; } // step 6: what to offer the customer

signals:
    void changed();

private:
    void refreshSteps();
    void refreshManagers();
    void clearFigures(); // amount, question, behaviour and what step 4 showed
    void restoreFigures(); // what was entered before the customer stepped away
    void clearCounter(); // and the customer and business, after the rating

    Store &m_store;
    Session m_session;
    TellerSession m_service;
    CustomerId m_customerId;
    CustomerSearchField *m_search;
    QLabel *m_customerLabel;
    QComboBox *m_business;
    QPushButton *m_start;
    std::array<QCheckBox *, TellerSession::kSteps> m_steps{};
    std::array<QLabel *, TellerSession::kSteps> m_times{};
    QLineEdit *m_amount;
    QCheckBox *m_wealthQuestion;
    QLineEdit *m_behaviour;
    QLabel *m_aids;
    QLabel *m_prompt;
    QComboBox *m_manager;
    QPushButton *m_refer;
    QComboBox *m_rating;
    QLabel *m_diversion;
    QLabel *m_message;
    QLabel *m_stepScript;
    OfferPanel *m_offers;
};

} // namespace bd
