#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"
#include "app/services/customer360/Customer360Service.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace bd {

class AllocationChart;
class AumTrendChart;
class BackgroundReader;
class ExpectedArrivalModel;
class HoldingModel;
class KycGrid;
class Store;
class TimelineFilter;
class TimelineModel;

// One customer on one screen: who they are, what they hold, what they did, what the bank
// knows about them and what to do next. Loads on a BackgroundReader thread, so opening a
// 360 never blocks the workstation.
class Customer360View : public QWidget
{
    Q_OBJECT

public:
    // reader: shared background thread; nullptr makes the view its own.
    Customer360View(Store &store, const Session &session, const QString &customerId,
                    BackgroundReader *reader = nullptr, QWidget *parent = nullptr);

    QString customerId() const { return m_customerId; }
    const Customer360 &data() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; }
    void setToday(const QDate &today) { m_today = today; } // for alerts, in tests
    void setClock(CallClock clock) { m_clock = std::move(clock); } // contact rules, in tests

    void reload();
    void logInteraction(); // opens the contact dialog
    void editProfile();    // opens the profile dialog
    void addTag();
    void removeSelectedTag();
    void showConsent();        // opens the consent dialog (recording needs manage_consent)
    void revealPersonalData(); // opens the reveal-with-reason dialog
    void moveToBranch();       // opens the move dialog (needs transfer_customer)

signals:
    void loaded();
    void kycRequested(const QString &customerId);
    void referralRequested(const QString &customerId);
    // The customer now belongs to another branch (they leave this workstation at the next
    // sync): the workspace can close their tab.
    void customerMoved(const QString &customerId);

private:
    QWidget *createHeader();
    QWidget *createActions();
    QWidget *createOverviewPage();
    QWidget *createAssetsPage();
    QWidget *createBehaviourPage();
    void show360(Customer360 data);
    void showHeader();
    void showTags();
    void showAlerts();
    void applyTimelineFilter();

    Store &m_store;
    Session m_session;
    QString m_customerId;
    BackgroundReader *m_reader;
    QDate m_today = QDate::currentDate();
    CallClock m_clock = systemCallClock();
    Customer360 m_data;
    bool m_loaded = false;
    quint64 m_loadTicket = 0;
    QString m_error;

    QLabel *m_name = nullptr;
    QLabel *m_tierBadge = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_standing = nullptr;
    QLabel *m_relationship = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_alerts = nullptr;
    KycGrid *m_kyc = nullptr;
    QTreeWidget *m_tags = nullptr;
    AllocationChart *m_allocation = nullptr;
    AumTrendChart *m_trend = nullptr;
    HoldingModel *m_holdings = nullptr;
    ExpectedArrivalModel *m_arrivals = nullptr;
    TimelineModel *m_timeline = nullptr;
    TimelineFilter *m_timelineFilter = nullptr;
    QTableView *m_timelineView = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QDateEdit *m_fromFilter = nullptr;
    QDateEdit *m_toFilter = nullptr;
    QLineEdit *m_amountFilter = nullptr;
};

} // namespace bd
