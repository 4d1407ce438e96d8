#include "ui/customer360/Customer360View.h"
#include "ui/common/BackgroundReader.h"
#include "ui/customer360/CustomerAssetsPage.h"
#include "ui/customer360/CustomerBehaviourPage.h"
#include "ui/customer360/CustomerHeader.h"
#include "ui/customer360/CustomerMoveDialog.h"
#include "ui/customer360/CustomerOverviewPage.h"
#include "ui/customer360/InteractionDialog.h"
#include "ui/customer360/VoidContactDialog.h"
#include "ui/customer360/ProfileEditDialog.h"
#include "ui/households/HouseholdPanel.h"
#include "ui/privacy/ConsentDialog.h"
#include "ui/privacy/RevealDialog.h"
#include "ui/suitability/OfferPanel.h"
#include "ui/voice/VoiceSuggestionsDialog.h"

#include "app/domain/DomainTerms.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bd {

Customer360View::Customer360View(Store &store, const Session &session, const CustomerId &customerId,
                                 BackgroundReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_customerId(customerId)
    , m_reader(reader ? reader : new BackgroundReader(this))
{
    setObjectName(QStringLiteral("customer360View"));
    // Created in the order Tab walks them: the tabs, then the header, then the actions.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("customer360Tabs"));
    m_overview = new CustomerOverviewPage(this);
    tabs->addTab(m_overview, tr("&Overview"));
    m_assets = new CustomerAssetsPage(this);
    tabs->addTab(m_assets, tr("&Assets"));
    m_behaviour = new CustomerBehaviourPage(this);
    tabs->addTab(m_behaviour, tr("&Behaviour"));
    // Households and the next best offers (issue #20) load on the same reader.
    m_household = new HouseholdPanel(store, session, m_reader, this);
    tabs->addTab(m_household, tr("House&hold"));
    m_offers = new OfferPanel(store, session, OfferContext::Outreach, m_reader, this);
    tabs->addTab(m_offers, tr("&Products"));
    m_household->setCustomer(customerId);
    m_offers->setCustomer(customerId);
    connect(m_household, &HouseholdPanel::changed, m_offers, &OfferPanel::reload);
    connect(m_overview, &CustomerOverviewPage::kycCellChosen, this, [this] {
        if (m_session.can(Permission::RunKyc))
            emit kycRequested(m_customerId);
    });

    m_status = new QLabel(tr("Loading…"), this);
    m_status->setObjectName(QStringLiteral("customer360Status"));
    m_header = new CustomerHeader(m_session, this);
    connect(m_header, &CustomerHeader::revealRequested, this, &Customer360View::revealPersonalData);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(createActions());
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    reload();
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
    // A contact logged here by mistake (the wrong row picked) is voided, never deleted.
    add(tr("Voi&d contact…"), QStringLiteral("voidContactButton"), Permission::LogInteraction,
        [this] { voidContact(); });
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
    add(tr("Co&nsent…"), QStringLiteral("consentButton"), Permission::ViewCustomers,
        [this] { showConsent(); });
    // What the customer said, as suggestions to confirm (docs/VOICE.md).
    add(tr("Heard &in notes…"), QStringLiteral("voiceSuggestionsButton"), Permission::LogInteraction,
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

void Customer360View::reload()
{
    if (m_loaded) { // the first load of each tab is on its way from the constructor
        m_household->reload();
        m_offers->reload();
    }
    const quint64 ticket = ++m_loadTicket;
    m_status->setText(tr("Loading…"));
    Store *store = &m_store;
    const Session session = m_session;
    const CustomerId customerId = m_customerId;
    const QDate today = m_today;
    using Loaded = std::pair<std::optional<Customer360>, QString>;
    m_reader->run<Loaded>(
            this,
            [store, session, customerId, today]() -> Loaded {
                Customer360Service service(*store, session);
                auto data = service.load(customerId, today);
                if (!data)
                    return {std::nullopt, data.errorString()};
                return {std::move(*data), QString()};
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
    m_header->showCustomer(m_data);
    m_overview->showCustomer(m_data);
    m_assets->showCustomer(m_data, m_today);
    m_behaviour->showTimeline(m_data.timeline);
    m_loaded = true;
    m_status->setText(tr("%n timeline entries, %1 holdings", nullptr, int(m_data.timeline.size()))
                              .arg(m_data.holdings.size()));
    setWindowTitle(tr("%1 — Customer 360").arg(m_data.name()));
    emit loaded();
}

void Customer360View::logInteraction()
{
    auto *dialog = new InteractionDialog(m_store, m_session, m_customerId, m_data.name(), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &Customer360View::reload);
    dialog->open();
}

void Customer360View::voidContact()
{
    auto *dialog = new VoidContactDialog(m_store, m_session, m_data.name(), m_data.timeline,
                                         m_clock, this);
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
                               DomainTerms::label(Vocabulary::TagCategory, option.category),
                               option.value);
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
    const QString customerTagId = m_overview->selectedTagId();
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
    auto *dialog = new CustomerMoveDialog(m_store, m_session, m_customerId, m_data.name(), this);
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
