#pragma once

#include "app/services/calls/CallListMaker.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTableWidget;

namespace bd {

class Store;

// The branch head turns customers (a segment's result or a selection) into a call list:
// list mode for named managers and a validity period, or owner mode. The customers the
// contact rules exclude are listed with the reason before anything is made; ticking some of
// them with an override reason calls them anyway (audited).
class CallListDialog : public QDialog
{
    Q_OBJECT

public:
    CallListDialog(Store &store, const Session &session, const QStringList &customerIds,
                   const QString &segmentId = {}, CallClock clock = systemCallClock(),
                   QWidget *parent = nullptr);

    const CallListMaker::Result &result() const { return m_result; }

public slots:
    void accept() override;
    void refreshPreview();

signals:
    void callListCreated(const QString &listId);

private:
    CallListMaker::Request request() const;

    Store &m_store;
    Session m_session;
    QStringList m_customerIds;
    QString m_segmentId;
    CallClock m_clock;
    QLineEdit *m_name;
    QLineEdit *m_purpose;
    QRadioButton *m_listMode;
    QRadioButton *m_ownerMode;
    QListWidget *m_managers;
    QDateEdit *m_startsOn;
    QDateEdit *m_endsOn;
    QTableWidget *m_exclusions;
    QLineEdit *m_overrideReason;
    QLabel *m_summary;
    QLabel *m_problem;
    QList<CallListMaker::Exclusion> m_excluded;
    CallListMaker::Result m_result;
};

} // namespace bd
