#include "ui/customer360/Customer360View.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "ui/common/BackgroundReader.h"
#include "ui/customer360/AssetCharts.h"
#include "ui/customer360/CustomerMoveDialog.h"
#include "ui/customer360/ExpectedArrivalModel.h"
#include "ui/customer360/HoldingModel.h"
#include "ui/customer360/InteractionDialog.h"
#include "ui/customer360/KycGrid.h"
#include "ui/customer360/ProfileEditDialog.h"
#include "ui/customer360/TimelineFilter.h"
#include "ui/customer360/TimelineModel.h"
#include "ui/privacy/ConsentDialog.h"
#include "ui/privacy/RevealDialog.h"
#include "ui/voice/VoiceSuggestionsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bd {

namespace {
const QDate kAnyDate(2000, 1, 1);

QString tierColour(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Ordinary: return QStringLiteral("#6c757d");
    case CustomerTier::Silver: return QStringLiteral("#8a9bb0");
    case CustomerTier::Gold: return QStringLiteral("#c9a227");
    case CustomerTier::Platinum: return QStringLiteral("#5b6f8a");
    case CustomerTier::Diamond: return QStringLiteral("#2f6fb3");
    }
    return {};
}

QTableView *newTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

Customer360View::Customer360View(Store &store, const Session &session, const QString &customerId,
                                 BackgroundReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_customerId(customerId)
    , m_reader(reader ? reader : new BackgroundReader(this))
{
    setObjectName(QStringLiteral("customer360View"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("customer360Tabs"));
    tabs->addTab(createOverviewPage(), tr("&Overview"));
    tabs->addTab(createAssetsPage(), tr("&Assets"));
    tabs->addTab(createBehaviourPage(), tr("&Behaviour"));

    m_status = new QLabel(tr("Loading…"), this);
    m_status->setObjectName(QStringLiteral("customer360Status"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(createActions());
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    reload();
}

QWidget *Customer360View::createHeader()
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("customer360Header"));
    frame->setFrameShape(QFrame::StyledPanel);
    m_name = new QLabel(frame);
    m_name->setObjectName(QStringLiteral("customerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_tierBadge = new QLabel(frame);
    m_tierBadge->setObjectName(QStringLiteral("tierBadge"));
    m_identity = new QLabel(frame);
    m_identity->setObjectName(QStringLiteral("customerIdentity"));
    m_standing = new QLabel(frame);
    m_standing->setObjectName(QStringLiteral("customerStanding"));
    m_relationship = new QLabel(frame);
    m_relationship->setObjectName(QStringLiteral("customerRelationship"));
    m_flags = new QLabel(frame);
    m_flags->setObjectName(QStringLiteral("customerFlags"));
    m_flags->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_identity, m_standing, m_relationship})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_name);
    top->addWidget(m_tierBadge);
    top->addStretch(1);
    top->addWidget(m_flags);
    auto *reveal = new QPushButton(tr("Re&veal…"), frame);
    reveal->setObjectName(QStringLiteral("revealPersonalDataButton"));
    reveal->setToolTip(m_session.can(Permission::RevealPersonalData)
                               ? tr("Show the full ID number, mobile or address, with a reason "
                                    "(audited)")
                               : m_session.refusal(Permission::RevealPersonalData));
    reveal->setEnabled(m_session.can(Permission::RevealPersonalData));
    connect(reveal, &QPushButton::clicked, this, &Customer360View::revealPersonalData);
    top->addWidget(reveal);
    auto *layout = new QVBoxLayout(frame);
    layout->addLayout(top);
    layout->addWidget(m_identity);
    layout->addWidget(m_standing);
    layout->addWidget(m_relationship);
    return frame;
}

QWidget *Customer360View::createActions()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto add = [&](const QString &text, const QString &name, Permission permission,
                   const std::function<void()> &action) {
        auto *button = new QPushButton(text, bar);
        button->setObjectName(name);
        button->setEnabled(m_session.can(permission));
        if (!button->isEnabled())
            button->setToolTip(m_session.refusal(permission));
        connect(button, &QPushButton::clicked, this, action);
        layout->addWidget(button);
        return button;
    };
    add(tr("&Log contact…"), QStringLiteral("logInteractionButton"), Permission::LogInteraction,
        [this] { logInteraction(); });
    add(tr("&Edit profile…"), QStringLiteral("editProfileButton"),
        Permission::EditCustomerProfile, [this] { editProfile(); });
    add(tr("Add &tag…"), QStringLiteral("addTagButton"), Permission::EditCustomerProfile,
        [this] { addTag(); });
    add(tr("Re&move tag"), QStringLiteral("removeTagButton"), Permission::EditCustomerProfile,
        [this] { removeSelectedTag(); });
    add(tr("Start &KYC"), QStringLiteral("startKycButton"), Permission::RunKyc,
        [this] { emit kycRequested(m_customerId); });
    add(tr("Create re&ferral"), QStringLiteral("createReferralButton"),
        Permission::CreateReferral, [this] { emit referralRequested(m_customerId); });
    add(tr("C&onsent…"), QStringLiteral("consentButton"), Permission::ViewCustomers,
        [this] { showConsent(); });
    // What the customer said, as suggestions to confirm (docs/VOICE.md).
    add(tr("&Heard in notes…"), QStringLiteral("voiceSuggestionsButton"), Permission::LogInteraction,
        [this] {
            VoiceSuggestionsDialog dialog(m_store, m_session, m_customerId, this);
            connect(&dialog, &VoiceSuggestionsDialog::decided, this, &Customer360View::reload);
            dialog.exec();
        });
    // Only the branch head moves customers: the others do not see the action at all.
    add(tr("Move to &branch…"), QStringLiteral("moveToBranchButton"),
        Permission::TransferCustomer, [this] { moveToBranch(); })
            ->setVisible(m_session.can(Permission::TransferCustomer));
    layout->addStretch(1);
    auto *refresh = new QPushButton(tr("Reload"), bar);
    connect(refresh, &QPushButton::clicked, this, &Customer360View::reload);
    layout->addWidget(refresh);
    return bar;
}

QWidget *Customer360View::createOverviewPage()
{
    auto *page = new QWidget(this);
    m_alerts = new QListWidget(page);
    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setWordWrap(true);
    m_kyc = new KycGrid(page);
    connect(m_kyc, &KycGrid::cellClicked, this, [this] {
        if (m_session.can(Permission::RunKyc))
            emit kycRequested(m_customerId);
    });
    m_tags = new QTreeWidget(page);
    m_tags->setObjectName(QStringLiteral("tagTree"));
    m_tags->setHeaderLabels({tr("Tag"), tr("Source"), tr("Set on"), tr("By")});
    m_tags->setRootIsDecorated(true);

    auto *alertsBox = new QGroupBox(tr("Alerts"), page);
    (new QVBoxLayout(alertsBox))->addWidget(m_alerts);
    auto *kycBox = new QGroupBox(tr("KYC completeness (PPF nine-grid)"), page);
    auto *kycLayout = new QVBoxLayout(kycBox);
    kycLayout->addWidget(m_kyc);
    kycLayout->addStretch(1);
    auto *tagsBox = new QGroupBox(tr("Profile tags"), page);
    (new QVBoxLayout(tagsBox))->addWidget(m_tags);

    auto *layout = new QGridLayout(page);
    layout->addWidget(alertsBox, 0, 0);
    layout->addWidget(kycBox, 0, 1);
    layout->addWidget(tagsBox, 1, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 1);
    return page;
}

QWidget *Customer360View::createAssetsPage()
{
    auto *page = new QWidget(this);
    m_allocation = new AllocationChart(page);
    m_trend = new AumTrendChart(page);
    m_holdings = new HoldingModel(this);
    m_arrivals = new ExpectedArrivalModel(this);
    auto *holdings = newTable(m_holdings, QStringLiteral("holdingView"), page);
    auto *arrivals = newTable(m_arrivals, QStringLiteral("fundArrivalView"), page);

    auto *allocationBox = new QGroupBox(tr("Allocation by product family"), page);
    (new QVBoxLayout(allocationBox))->addWidget(m_allocation);
    auto *trendBox = new QGroupBox(tr("AUM, last 12 month-ends, with tier thresholds"), page);
    (new QVBoxLayout(trendBox))->addWidget(m_trend);
    auto *holdingsBox = new QGroupBox(
            tr("Holdings (red: matures within 30 days, amber: within 90)"), page);
    (new QVBoxLayout(holdingsBox))->addWidget(holdings);
    auto *arrivalsBox = new QGroupBox(tr("Expected fund arrivals"), page);
    (new QVBoxLayout(arrivalsBox))->addWidget(arrivals);

    auto *layout = new QGridLayout(page);
    layout->addWidget(allocationBox, 0, 0);
    layout->addWidget(trendBox, 0, 1);
    layout->addWidget(holdingsBox, 1, 0);
    layout->addWidget(arrivalsBox, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    return page;
}

QWidget *Customer360View::createBehaviourPage()
{
    auto *page = new QWidget(this);
    m_timeline = new TimelineModel(this);
    m_timelineFilter = new TimelineFilter(this);
    m_timelineFilter->setSourceModel(m_timeline);
    m_timelineView = newTable(m_timelineFilter, QStringLiteral("timelineView"), page);
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::Details,
                                                             QHeaderView::Stretch);

    m_sourceFilter = new QComboBox(page);
    m_sourceFilter->setObjectName(QStringLiteral("timelineSourceFilter"));
    m_sourceFilter->addItem(tr("Everything"), -1);
    for (auto source : {TimelineEntry::Source::Transaction, TimelineEntry::Source::Event,
                        TimelineEntry::Source::Interaction})
        m_sourceFilter->addItem(TimelineModel::sourceLabel(source), int(source));
    m_kindFilter = new QComboBox(page);
    m_kindFilter->setObjectName(QStringLiteral("timelineKindFilter"));
    m_kindFilter->addItem(tr("Any kind"), QString());
    for (const QString &code : DomainTerms::codes(Vocabulary::TransactionKind))
        m_kindFilter->addItem(DomainTerms::label(Vocabulary::TransactionKind, code), code);
    for (const QString &code : DomainTerms::codes(Vocabulary::EventKind))
        m_kindFilter->addItem(DomainTerms::label(Vocabulary::EventKind, code), code);
    m_channelFilter = new QComboBox(page);
    m_channelFilter->setObjectName(QStringLiteral("timelineChannelFilter"));
    m_channelFilter->addItem(tr("Any channel"), QString());
    QStringList channels = DomainTerms::codes(Vocabulary::Channel);
    for (const QString &code : channels)
        m_channelFilter->addItem(DomainTerms::label(Vocabulary::Channel, code), code);
    for (const QString &code : DomainTerms::codes(Vocabulary::ContactChannel)) {
        if (!channels.contains(code))
            m_channelFilter->addItem(DomainTerms::label(Vocabulary::ContactChannel, code), code);
    }
    auto dateEdit = [page](const QString &name) {
        auto *edit = new QDateEdit(page);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kAnyDate);
        return edit;
    };
    m_fromFilter = dateEdit(QStringLiteral("timelineFromFilter"));
    m_toFilter = dateEdit(QStringLiteral("timelineToFilter"));
    m_amountFilter = new QLineEdit(page);
    m_amountFilter->setObjectName(QStringLiteral("timelineAmountFilter"));
    m_amountFilter->setPlaceholderText(tr("e.g. 5万"));
    m_amountFilter->setMaximumWidth(120);

    for (QComboBox *combo : {m_sourceFilter, m_kindFilter, m_channelFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &Customer360View::applyTimelineFilter);
    for (QDateEdit *edit : {m_fromFilter, m_toFilter})
        connect(edit, &QDateEdit::dateChanged, this, &Customer360View::applyTimelineFilter);
    connect(m_amountFilter, &QLineEdit::textChanged, this, &Customer360View::applyTimelineFilter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_sourceFilter);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_channelFilter);
    filters->addWidget(new QLabel(tr("From"), page));
    filters->addWidget(m_fromFilter);
    filters->addWidget(new QLabel(tr("to"), page));
    filters->addWidget(m_toFilter);
    filters->addWidget(new QLabel(tr("Amount at least"), page));
    filters->addWidget(m_amountFilter);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_timelineView, 1);
    return page;
}

void Customer360View::applyTimelineFilter()
{
    const int source = m_sourceFilter->currentData().toInt();
    m_timelineFilter->setSources(source < 0 ? QSet<int>() : QSet<int>{source});
    m_timelineFilter->setKind(m_kindFilter->currentData().toString());
    m_timelineFilter->setChannel(m_channelFilter->currentData().toString());
    m_timelineFilter->setDateRange(m_fromFilter->date() == kAnyDate ? QDate() : m_fromFilter->date(),
                                   m_toFilter->date() == kAnyDate ? QDate() : m_toFilter->date());
    const auto amount = Money::parse(m_amountFilter->text());
    m_timelineFilter->setMinimumAmountFen(amount ? amount->fen() : 0);
}

void Customer360View::reload()
{
    const quint64 ticket = ++m_loadTicket;
    m_status->setText(tr("Loading…"));
    Store *store = &m_store;
    const Session session = m_session;
    const QString customerId = m_customerId;
    const QDate today = m_today;
    using Loaded = std::pair<std::optional<Customer360>, QString>;
    m_reader->run<Loaded>(
            this,
            [store, session, customerId, today]() -> Loaded {
                Customer360Service service(*store, session);
                auto data = service.load(customerId, today);
                return {std::move(data), service.errorString()};
            },
            [this, ticket](Loaded result) {
                if (ticket != m_loadTicket)
                    return; // a newer load is on its way
                if (!result.first) {
                    m_error = result.second;
                    m_status->setText(tr("This customer cannot be shown: %1").arg(result.second));
                    return;
                }
                m_error.clear();
                show360(std::move(*result.first));
            });
}

void Customer360View::show360(Customer360 data)
{
    m_data = std::move(data);
    m_holdings->setToday(m_today);
    showHeader();
    showAlerts();
    showTags();
    m_kyc->setPercentByCell(m_data.kycPercentByCell);
    m_allocation->setAllocation(m_data.allocationFen);
    m_trend->setTrend(m_data.aumTrend);
    m_holdings->setRows(m_data.holdings);
    m_arrivals->setRows(m_data.fundArrivals);
    m_timeline->setRows(m_data.timeline);
    m_loaded = true;
    m_status->setText(tr("%n timeline entries, %1 holdings", nullptr, int(m_data.timeline.size()))
                              .arg(m_data.holdings.size()));
    setWindowTitle(tr("%1 — Customer 360").arg(m_data.name()));
    emit loaded();
}

void Customer360View::showHeader()
{
    const QVariantMap &p = m_data.profile;
    const auto value = [&p](const char *column) { return p.value(QLatin1String(column)); };
    m_name->setText(m_data.name());
    const CustomerTier tier = Tiers::fromCode(value("tier").toString());
    m_tierBadge->setText(Tiers::label(tier));
    m_tierBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; "
                                              "border-radius: 4px; padding: 2px 8px; "
                                              "font-weight: bold; }")
                                       .arg(tierColour(tier)));
    QStringList identity;
    identity << tr("ID %1").arg(value("id_number").toString())
             << tr("Mobile %1").arg(value("phone").toString())
             << (m_data.age >= 0 ? tr("%n years", nullptr, m_data.age) : tr("age unknown"))
             << DomainTerms::label(Vocabulary::Gender, value("gender").toString())
             << tr("CIF %1").arg(value("cif_no").toString());
    m_identity->setText(identity.join(QStringLiteral("  ·  ")));
    const int risk = value("risk_level").toInt();
    QStringList standing;
    standing << tr("AUM %1").arg(Money::fromFen(value("aum_fen").toLongLong()).toDisplayString())
             << (risk > 0 ? tr("Risk level: %1").arg(DomainTerms::label(Vocabulary::RiskLevel,
                                                                  QString::number(risk)))
                          : tr("Risk not assessed"))
             << tr("Lifecycle: %1").arg(DomainTerms::label(Vocabulary::LifecycleStage,
                                                           value("lifecycle_stage").toString()));
    m_standing->setText(standing.join(QStringLiteral("  ·  ")));
    const QString manager = value("manager_name").toString();
    m_relationship->setText(
            tr("Manager: %1 (%2)")
                    .arg(manager.isEmpty() ? tr("none") : manager,
                         DomainTerms::label(Vocabulary::AssignmentMode,
                                            value("assignment_mode").toString())));
    QStringList flags;
    if (value("do_not_contact").toInt())
        flags << QStringLiteral("<span style='background:#b02020;color:white;padding:2px'>&nbsp;%1&nbsp;</span>")
                         .arg(tr("Do not contact").toHtmlEscaped());
    flags << (value("marketing_consent").toInt() ? tr("Marketing consent: yes")
                                                 : tr("Marketing consent: no"))
                     .toHtmlEscaped();
    m_flags->setText(flags.join(QStringLiteral("&nbsp;&nbsp;")));
}

void Customer360View::showAlerts()
{
    m_alerts->clear();
    for (const CustomerAlerts::Alert &alert : std::as_const(m_data.alerts)) {
        auto *item = new QListWidgetItem(alert.reason, m_alerts);
        item->setData(Qt::UserRole, CustomerAlerts::code(alert.kind));
    }
    if (m_data.alerts.isEmpty())
        new QListWidgetItem(tr("Nothing needs attention today."), m_alerts);
}

void Customer360View::showTags()
{
    m_tags->clear();
    QMap<QString, QTreeWidgetItem *> dimensions;
    for (const QString &code : DomainTerms::codes(Vocabulary::TagDimension)) {
        auto *item = new QTreeWidgetItem(m_tags, {DomainTerms::label(Vocabulary::TagDimension, code)});
        item->setFirstColumnSpanned(true);
        dimensions.insert(code, item);
    }
    for (const CustomerTagRow &tag : std::as_const(m_data.tags)) {
        QTreeWidgetItem *parent = dimensions.value(tag.dimension);
        if (!parent)
            continue;
        auto *item = new QTreeWidgetItem(
                parent, {tr("%1: %2").arg(tag.category, tag.value),
                         DomainTerms::label(Vocabulary::TagSource, tag.source),
                         QLocale().toString(tag.setAt.toLocalTime().date(), QLocale::ShortFormat),
                         tag.setByName});
        item->setData(0, Qt::UserRole, tag.id);
    }
    for (QTreeWidgetItem *item : std::as_const(dimensions))
        item->setText(0, tr("%1 (%2)").arg(item->text(0)).arg(item->childCount()));
    m_tags->expandAll();
    m_tags->resizeColumnToContents(0);
}

void Customer360View::logInteraction()
{
    auto *dialog = new InteractionDialog(m_store, m_session, m_customerId, m_data.name(), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &Customer360View::reload);
    dialog->open();
}

void Customer360View::editProfile()
{
    if (!m_loaded)
        return;
    auto *dialog = new ProfileEditDialog(m_store, m_session, m_data.profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &Customer360View::reload);
    dialog->open();
}

void Customer360View::addTag()
{
    Customer360Service service(m_store, m_session);
    const QList<TagOption> options = service.tagVocabulary();
    QStringList labels;
    for (const TagOption &option : options)
        labels << tr("%1 · %2: %3")
                          .arg(DomainTerms::label(Vocabulary::TagDimension, option.dimension),
                               option.category, option.value);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Add a tag"), tr("Tag:"), labels, 0,
                                                 false, &ok);
    const qsizetype index = labels.indexOf(chosen);
    if (!ok || index < 0)
        return;
    const auto result = service.addTag(m_customerId, options.at(index).id);
    if (!result.ok)
        QMessageBox::warning(this, tr("Add a tag"), result.problem);
    reload();
}

void Customer360View::removeSelectedTag()
{
    QTreeWidgetItem *item = m_tags->currentItem();
    const QString customerTagId = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (customerTagId.isEmpty()) {
        QMessageBox::information(this, tr("Remove a tag"), tr("Select a tag first."));
        return;
    }
    const auto result = Customer360Service(m_store, m_session).removeTag(m_customerId, customerTagId);
    if (!result.ok)
        QMessageBox::warning(this, tr("Remove a tag"), result.problem);
    reload();
}

void Customer360View::showConsent()
{
    ConsentDialog dialog(m_store, m_session, m_customerId, this);
    dialog.exec();
    if (dialog.changed())
        reload(); // the header shows the marketing-consent summary
}

void Customer360View::moveToBranch()
{
    if (!m_loaded)
        return;
    auto *dialog = new CustomerMoveDialog(m_store, m_session, m_customerId,
                                          m_data.profile.value(QStringLiteral("name")).toString(),
                                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit customerMoved(m_customerId);
    });
    dialog->open();
}

void Customer360View::revealPersonalData()
{
    RevealDialog dialog(m_store, m_session, m_customerId, this);
    dialog.exec();
}

} // namespace bd
