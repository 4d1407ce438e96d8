#pragma once

#include "app/domain/Ids.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"
#include "app/services/customer360/Customer360Service.h"

#include <QDate>
#include <QWidget>

class QLabel;

namespace bd {

class BackgroundReader;
class CustomerAssetsPage;
class CustomerBehaviourPage;
class CustomerHeader;
class CustomerOverviewPage;
class HouseholdPanel;
class OfferPanel;
class Store;

// One customer on one screen: who they are (CustomerHeader), what the bank knows about
// them (CustomerOverviewPage), what they hold (CustomerAssetsPage), what they did
// (CustomerBehaviourPage) and what to do next (the actions here). Loads on a
// BackgroundReader thread, so opening a 360 never blocks the workstation.
class Customer360View : public QWidget
{
    Q_OBJECT

public:
    // reader: shared background thread; nullptr makes the view its own.
    Customer360View(Store &store, const Session &session, const CustomerId &customerId,
                    BackgroundReader *reader = nullptr, QWidget *parent = nullptr);

    const CustomerId &customerId() const { return m_customerId; }
    const Customer360 &data() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; }
    void setToday(const QDate &today) { m_today = today; } // for alerts, in tests
    void setClock(CallClock clock) { m_clock = std::move(clock); } // contact rules, in tests

    void reload();
    void logInteraction(); // opens the contact dialog
    void voidContact();    // opens the dialog voiding a contact logged by mistake
    void editProfile();    // opens the profile dialog
    void addTag();
    void removeSelectedTag();
    void showConsent();        // opens the consent dialog (recording needs manage_consent)
    void revealPersonalData(); // opens the reveal-with-reason dialog
    void moveToBranch();       // opens the move dialog (needs transfer_customer)
    HouseholdPanel *household() const { return m_household; } // the "Household" tab
    OfferPanel *offers() const { return m_offers; }           // the "Products" tab

signals:
    void loaded();
    void kycRequested(const bd::CustomerId &customerId);
    void referralRequested(const bd::CustomerId &customerId);
    // The customer now belongs to another branch (they leave this workstation at the next
    // sync): the workspace can close their tab.
    void customerMoved(const bd::CustomerId &customerId);

private:
    QWidget *createActions();
    void show360(Customer360 data);

    Store &m_store;
    Session m_session;
    CustomerId m_customerId;
    BackgroundReader *m_reader;
    QDate m_today = QDate::currentDate();
    CallClock m_clock = systemCallClock();
    Customer360 m_data;
    bool m_loaded = false;
    quint64 m_loadTicket = 0;
    QString m_error;

    CustomerHeader *m_header = nullptr;
    CustomerOverviewPage *m_overview = nullptr;
    CustomerAssetsPage *m_assets = nullptr;
    CustomerBehaviourPage *m_behaviour = nullptr;
    HouseholdPanel *m_household = nullptr;
    OfferPanel *m_offers = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace bd
