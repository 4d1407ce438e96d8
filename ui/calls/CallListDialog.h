#pragma once

#include "app/services/calls/CallListMaker.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace bd {

class BackgroundCallList;
class LatestRead;
class Store;

// The branch head turns customers (a segment's result or a selection) into a call list:
// list mode for named managers and a validity period, or owner mode. The customers the
// contact rules exclude are listed with the reason before anything is made; ticking some of
// them with an override reason calls them anyway (audited).
//
// The preview and the hand-out run off the GUI thread (a branch-wide list is 20,000 tasks):
// the window stays responsive, says "Checking…" / "Handing out… n%", and takes no second
// click meanwhile. Cancel or closing during a hand-out stops it and saves nothing (the list is
// one transaction); the dialog closes once the worker has rolled back.
class CallListDialog : public QDialog
{
    Q_OBJECT

public:
    CallListDialog(Store &store, const Session &session, const QStringList &customerIds,
                   const QString &segmentId = {}, CallClock clock = systemCallClock(),
                   QWidget *parent = nullptr);

    const CallListMaker::Result &result() const { return m_result; }
    bool isPreviewing() const;
    bool isHandingOut() const;
    // What a made list came to, in words (for a status line).
    static QString summary(const CallListMaker::Result &result);

public slots:
    void accept() override;
    void reject() override;
    void refreshPreview();

signals:
    void previewShown();
    void handOutProgressed(int percent);
    void callListCreated(const QString &listId);
    void handOutFinished(bool made); // made or refused (or stopped)

private:
    CallListMaker::Request request() const;
    void showPreview(const QList<CallListMaker::Exclusion> &excluded);
    void handedOut(const CallListMaker::Result &result);
    void setBusy(bool busy);

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
    QProgressBar *m_progress;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    LatestRead *m_preview;
    BackgroundCallList *m_handOut;
    bool m_closeWhenStopped = false;
    QList<CallListMaker::Exclusion> m_excluded;
    CallListMaker::Result m_result;
};

} // namespace bd
