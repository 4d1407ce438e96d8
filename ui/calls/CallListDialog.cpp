#include "ui/calls/CallListDialog.h"

#include "database/calls/CallQueries.h"
#include "ui/calls/BackgroundCallList.h"
#include "ui/common/IdData.h"
#include "ui/common/WindowFit.h"
#include "ui/common/LatestRead.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

CallListDialog::CallListDialog(Store &store, const Session &session, const QStringList &customerIds,
                               const QString &segmentId, CallClock clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customerIds(customerIds)
    , m_segmentId(segmentId)
    , m_clock(std::move(clock))
    , m_name(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_listMode(new QRadioButton(tr("&List mode: spread over the managers below"), this))
    , m_ownerMode(new QRadioButton(tr("O&wner mode: each customer's own manager"), this))
    , m_managers(new QListWidget(this))
    , m_startsOn(new QDateEdit(this))
    , m_endsOn(new QDateEdit(this))
    , m_exclusions(new QTableWidget(0, 2, this))
    , m_overrideReason(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_preview(new LatestRead(this))
    , m_handOut(new BackgroundCallList(this))
{
    setObjectName(QStringLiteral("callListDialog"));
    setWindowTitle(tr("New call list (%n customer(s))", nullptr, int(customerIds.size())));
    m_name->setObjectName(QStringLiteral("listNameEdit"));
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setPlaceholderText(tr("e.g. take over maturing funds, VIP uplift"));
    m_listMode->setObjectName(QStringLiteral("listModeRadio"));
    m_ownerMode->setObjectName(QStringLiteral("ownerModeRadio"));
    m_listMode->setChecked(true);
    m_managers->setObjectName(QStringLiteral("managersList"));
    for (const StaffChoice &staff : CallQueries(store).wealthManagers(session.branch.id)) {
        auto *item = new QListWidgetItem(staff.displayName, m_managers);
        item->setData(Qt::UserRole, staff.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_managers->setMaximumHeight(110);
    const QDate today = localToday(m_clock);
    m_startsOn->setObjectName(QStringLiteral("startsOnEdit"));
    m_endsOn->setObjectName(QStringLiteral("endsOnEdit"));
    for (QDateEdit *edit : {m_startsOn, m_endsOn}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(today);
    }
    m_startsOn->setDate(today);
    m_endsOn->setDate(today.addDays(13)); // two weeks, the common list length
    m_exclusions->setObjectName(QStringLiteral("exclusionsTable"));
    m_exclusions->setHorizontalHeaderLabels({tr("Call anyway"), tr("Excluded because")});
    m_exclusions->horizontalHeader()->setStretchLastSection(true);
    m_exclusions->verticalHeader()->hide();
    m_exclusions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exclusions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_overrideReason->setPlaceholderText(tr("Required to call ticked customers anyway (audited)"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020"));
    m_problem->hide();
    m_progress->setObjectName(QStringLiteral("handOutProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();

    auto *period = new QHBoxLayout;
    period->addWidget(m_startsOn);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_endsOn);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Purpose:"), m_purpose);
    auto *validFrom = new QLabel(tr("Valid &from:"), this);
    validFrom->setBuddy(m_startsOn);
    form->addRow(validFrom, period);
    auto *mode = new QGroupBox(tr("Assignment"), this);
    auto *modeLayout = new QVBoxLayout(mode);
    modeLayout->addWidget(m_listMode);
    modeLayout->addWidget(m_managers);
    modeLayout->addWidget(m_ownerMode);
    auto *excluded = new QGroupBox(tr("Excluded by the contact rules"), this);
    auto *excludedLayout = new QVBoxLayout(excluded);
    excludedLayout->addWidget(m_exclusions);
    excludedLayout->addWidget(m_overrideReason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create call list"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createListButton"));
    m_create->setDefault(true);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelListButton"));
    // The form is disabled during a hand-out and the focus lands here: a second Enter must
    // not stop the list the first one started.
    m_cancel->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CallListDialog::reject);
    connect(m_handOut, &BackgroundCallList::progressed, this, [this](int percent) {
        if (!m_closeWhenStopped)
            m_summary->setText(tr("Handing out the call list… %1%").arg(percent));
        m_progress->setValue(percent);
        emit handOutProgressed(percent);
    });
    connect(m_handOut, &BackgroundCallList::finished, this, &CallListDialog::handedOut);
    connect(m_listMode, &QRadioButton::toggled, this, [this](bool on) {
        m_managers->setEnabled(on);
        refreshPreview();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mode);
    layout->addWidget(excluded, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(this, QSize(640, 620));
    refreshPreview();
    m_name->setFocus();
}

CallListMaker::Request CallListDialog::request() const
{
    CallListMaker::Request r;
    r.name = m_name->text();
    r.purpose = m_purpose->text();
    r.segmentId = m_segmentId;
    r.customerIds = m_customerIds;
    r.mode = m_listMode->isChecked() ? QStringLiteral("list") : QStringLiteral("owner");
    if (m_listMode->isChecked()) {
        for (int i = 0; i < m_managers->count(); ++i) {
            if (m_managers->item(i)->checkState() == Qt::Checked)
                r.managerIds << m_managers->item(i)->data(Qt::UserRole).toString();
        }
    }
    r.startsOn = m_startsOn->date();
    r.endsOn = m_endsOn->date();
    for (int row = 0; row < m_exclusions->rowCount(); ++row) {
        if (m_exclusions->item(row, 0)->checkState() == Qt::Checked)
            r.overrideCustomerIds << m_exclusions->item(row, 0)->data(Qt::UserRole).toString();
    }
    r.overrideReason = m_overrideReason->text();
    return r;
}

bool CallListDialog::isPreviewing() const
{
    return m_preview->isLoading();
}

bool CallListDialog::isHandingOut() const
{
    return m_handOut->isRunning();
}

void CallListDialog::refreshPreview()
{
    // Read on the dialog's reader thread (its own connection); a mode change meanwhile
    // supersedes the read. Create waits for it: the ticks to override come from it.
    Store *store = &m_store;
    const Session session = m_session;
    const CallClock clock = m_clock;
    const CallListMaker::Request asked = request();
    m_create->setEnabled(false);
    m_summary->setText(tr("Checking the contact rules for %n customer(s)…", nullptr,
                          int(m_customerIds.size())));
    m_preview->run<QList<CallListMaker::Exclusion>>(
            [store, session, clock, asked] {
                return CallListMaker(*store, session, clock).preview(asked);
            },
            [this](QList<CallListMaker::Exclusion> excluded) { showPreview(excluded); });
}

void CallListDialog::showPreview(const QList<CallListMaker::Exclusion> &excluded)
{
    m_excluded = excluded;
    m_exclusions->setRowCount(0);
    for (const CallListMaker::Exclusion &e : std::as_const(m_excluded)) {
        const int row = m_exclusions->rowCount();
        m_exclusions->insertRow(row);
        // A customer this branch does not hold has no name here; their id is no text for
        // a person to read (the reason column says why they are left out).
        auto *who = new QTableWidgetItem(e.customerName.isEmpty() ? tr("Customer not found")
                                                                  : e.customerName);
        who->setData(Qt::UserRole, idData(e.customerId));
        who->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        who->setCheckState(Qt::Unchecked);
        m_exclusions->setItem(row, 0, who);
        m_exclusions->setItem(row, 1, new QTableWidgetItem(QString(e.reason).replace(QLatin1Char('\n'),
                                                                                    QStringLiteral("; "))));
    }
    m_exclusions->resizeColumnToContents(0);
    m_summary->setText(tr("%1 customer(s) will get a task; %2 excluded by the contact rules.")
                               .arg(m_customerIds.size() - m_excluded.size())
                               .arg(m_excluded.size()));
    m_create->setEnabled(!isHandingOut());
    emit previewShown();
}

void CallListDialog::accept()
{
    if (isPreviewing() || isHandingOut())
        return; // the Enter key while a preview or a hand-out runs
    m_problem->hide();
    m_closeWhenStopped = false;
    setBusy(true);
    m_summary->setText(tr("Handing out the call list…"));
    m_handOut->start(m_store, m_session, request(), m_clock);
}

void CallListDialog::reject()
{
    if (isHandingOut()) {
        // Never half a list: the worker rolls its transaction back, then the dialog closes.
        m_closeWhenStopped = true;
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Stopping the hand-out: nothing will be saved…"));
        m_handOut->stop();
        return;
    }
    QDialog::reject();
}

void CallListDialog::handedOut(const CallListMaker::Result &result)
{
    m_result = result;
    setBusy(false);
    emit handOutFinished(result.ok);
    if (result.ok) { // also when the stop came after the last row: the list is whole
        m_summary->setText(summary(result));
        emit callListCreated(result.listId);
        QDialog::accept();
        return;
    }
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    m_summary->clear();
    m_problem->setText(result.refusal);
    m_problem->show();
}

void CallListDialog::setBusy(bool busy)
{
    // The form is what the worker was given: it cannot change under it.
    const std::initializer_list<QWidget *> form{m_name, m_purpose, m_listMode, m_ownerMode,
                                                m_managers, m_startsOn, m_endsOn, m_exclusions,
                                                m_overrideReason, m_create};
    for (QWidget *input : form)
        input->setEnabled(!busy);
    m_managers->setEnabled(!busy && m_listMode->isChecked());
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->setVisible(busy);
}

QString CallListDialog::summary(const CallListMaker::Result &result)
{
    const QLocale locale;
    return tr("Call list handed out: %1 task(s) to %2 manager(s); %3 customer(s) excluded.")
            .arg(locale.toString(result.tasks))
            .arg(locale.toString(result.tasksPerManager.size()))
            .arg(locale.toString(result.excluded.size()));
}

} // namespace bd
