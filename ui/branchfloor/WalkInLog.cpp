#include "ui/branchfloor/WalkInLog.h"

#include "app/domain/DomainTerms.h"
#include "app/services/branchfloor/LobbyRouting.h"
#include "database/branchfloor/FloorQueries.h"
#include "ui/common/CustomerSearchField.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bd {

namespace {
enum RoutePage { VipPage, PotentialPage, OrdinaryPage };
} // namespace

WalkInLog::WalkInLog(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_search(new CustomerSearchField(store, session, this))
    , m_customerLabel(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_moments(new QButtonGroup(this))
    , m_signalBox(new QWidget(this))
    , m_suggestionLabel(new QLabel(this))
    , m_class(new QComboBox(this))
    , m_overrideReason(new QLineEdit(this))
    , m_business(new QComboBox(this))
    , m_routes(new QStackedWidget(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save walk-in (Ctrl+Enter)"), this))
{
    setObjectName(QStringLiteral("walkInLog"));
    m_search->setObjectName(QStringLiteral("walkInSearch"));
    m_search->setPlaceholderText(tr("Customer: name, pinyin, phone or ID suffix"));
    m_customerLabel->setObjectName(QStringLiteral("walkInCustomer"));
    m_description->setObjectName(QStringLiteral("walkInDescription"));
    m_description->setPlaceholderText(tr("or describe: e.g. woman of about 50 with a driver"));
    m_ticket->setObjectName(QStringLiteral("walkInTicket"));
    m_ticket->setPlaceholderText(tr("optional"));
    m_ticket->setMaximumWidth(90);
    connect(m_search, &CustomerSearchField::customerChosen, this,
            [this](const QString &id, const QString &summary) { linkCustomer(id, summary); });

    auto *momentRow = new QHBoxLayout;
    int number = 1;
    for (const QString &code : DomainTerms::codes(Vocabulary::LobbyMoment)) {
        auto *button = new QRadioButton(QStringLiteral("&%1 %2").arg(number++).arg(
                                                DomainTerms::label(Vocabulary::LobbyMoment, code)),
                                        this);
        button->setObjectName(QStringLiteral("moment_") + code);
        button->setProperty("code", code);
        m_moments->addButton(button);
        momentRow->addWidget(button);
    }
    m_moments->buttons().first()->setChecked(true);
    connect(m_moments, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on) {
            rebuildSignals();
            updateSuggestion();
        }
    });
    m_signalBox->setObjectName(QStringLiteral("walkInSignals"));
    auto *signalGrid = new QGridLayout(m_signalBox);
    signalGrid->setContentsMargins(0, 0, 0, 0);
    signalGrid->setVerticalSpacing(2);

    m_suggestionLabel->setObjectName(QStringLiteral("walkInSuggestion"));
    m_suggestionLabel->setWordWrap(true);
    m_class->setObjectName(QStringLiteral("walkInClass"));
    for (const QString &code : DomainTerms::codes(Vocabulary::ValueClass))
        m_class->addItem(DomainTerms::label(Vocabulary::ValueClass, code), code);
    m_overrideReason->setObjectName(QStringLiteral("walkInOverrideReason"));
    m_overrideReason->setPlaceholderText(tr("Why you judge differently (required)"));
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] { updateRoute(); });

    m_business->setObjectName(QStringLiteral("walkInBusiness"));
    m_business->addItem(tr("(not asked yet)"), QString());
    for (const QString &code : DomainTerms::codes(Vocabulary::BusinessType))
        m_business->addItem(DomainTerms::label(Vocabulary::BusinessType, code), code);
    connect(m_business, &QComboBox::currentIndexChanged, this, [this] {
        const auto diversion = LobbyRouting::diversionFor(m_business->currentData().toString());
        m_diversion->setCurrentIndex(qMax(0, m_diversion->findData(diversion.target)));
        updateRoute();
    });

    m_routes->setObjectName(QStringLiteral("walkInRoutes"));
    buildRoutePanel();

    m_problems->setObjectName(QStringLiteral("walkInProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_save->setObjectName(QStringLiteral("walkInSave"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    for (const auto &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    }

    auto *who = new QFormLayout;
    who->addRow(tr("&Customer"), m_search);
    who->addRow(QString(), m_customerLabel);
    who->addRow(tr("&Description"), m_description);
    who->addRow(tr("&Ticket"), m_ticket);
    who->addRow(tr("Moment"), momentRow);
    who->addRow(tr("&Business"), m_business);
    auto *left = new QVBoxLayout;
    left->addLayout(who);
    auto *signalGroup = new QGroupBox(tr("Signals observed"), this);
    auto *signalLayout = new QVBoxLayout(signalGroup);
    signalLayout->addWidget(m_signalBox);
    left->addWidget(signalGroup);
    left->addStretch();

    auto *judgement = new QGroupBox(tr("Value judgement"), this);
    auto *judgementLayout = new QFormLayout(judgement);
    judgementLayout->addRow(m_suggestionLabel);
    judgementLayout->addRow(tr("C&lass"), m_class);
    judgementLayout->addRow(tr("&Reason"), m_overrideReason);
    auto *routeGroup = new QGroupBox(tr("Route"), this);
    auto *routeLayout = new QVBoxLayout(routeGroup);
    routeLayout->addWidget(m_routes);
    auto *right = new QVBoxLayout;
    right->addWidget(judgement);
    right->addWidget(routeGroup, 1);
    right->addWidget(m_problems);
    right->addWidget(m_save);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    rebuildSignals();
    updateSuggestion();
}

void WalkInLog::buildRoutePanel()
{
    // The three pages of the route: VIP, potential VIP, ordinary.
    auto *vip = new QWidget(this);
    m_vipScript = new QLabel(LobbyRouting::guidanceScript(QStringLiteral("vip_service")), vip);
    m_vipScript->setObjectName(QStringLiteral("vipScript"));
    m_vipScript->setWordWrap(true);
    auto *vipLayout = new QVBoxLayout(vip);
    vipLayout->addWidget(m_vipScript);
    vipLayout->addStretch();

    auto *potential = new QWidget(this);
    potential->setObjectName(QStringLiteral("potentialVipRoute"));
    m_hasTime = new QRadioButton(tr("Has &time now"), potential);
    m_hasTime->setObjectName(QStringLiteral("routeHasTime"));
    m_noTime = new QRadioButton(tr("&No time"), potential);
    m_noTime->setObjectName(QStringLiteral("routeNoTime"));
    m_hasTime->setChecked(true);
    m_manager = new QComboBox(potential);
    m_manager->setObjectName(QStringLiteral("routeManager"));
    m_managerBusyWait = new QCheckBox(tr("Manager busy: customer waits in the waiting area"), potential);
    m_managerBusyWait->setObjectName(QStringLiteral("routeWaitingArea"));
    m_interest = new QLineEdit(potential);
    m_interest->setObjectName(QStringLiteral("routeInterest"));
    m_interest->setPlaceholderText(tr("What the customer asked about or needs (required)"));
    m_card = new QCheckBox(tr("Experience card and manager's card handed over"), potential);
    m_card->setObjectName(QStringLiteral("routeCard"));
    m_consent = new QCheckBox(tr("Agrees to leave contact details"), potential);
    m_consent->setObjectName(QStringLiteral("routeConsent"));
    m_phone = new QLineEdit(potential);
    m_phone->setObjectName(QStringLiteral("routePhone"));
    m_phone->setPlaceholderText(tr("Mobile number"));
    m_phone->setEnabled(false);
    m_potentialScript = new QLabel(potential);
    m_potentialScript->setObjectName(QStringLiteral("potentialScript"));
    m_potentialScript->setWordWrap(true);
    auto *checks = new QWidget(potential);
    auto *checkGrid = new QGridLayout(checks);
    checkGrid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &code : DomainTerms::codes(Vocabulary::ReferralCheck)) {
        auto *box = new QCheckBox(DomainTerms::label(Vocabulary::ReferralCheck, code), checks);
        box->setObjectName(QStringLiteral("check_") + code);
        m_checks.insert(code, box);
        checkGrid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    connect(m_consent, &QCheckBox::toggled, m_phone, &QWidget::setEnabled);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_hasTime),
                                    static_cast<QAbstractButton *>(m_noTime),
                                    static_cast<QAbstractButton *>(m_managerBusyWait)})
        connect(button, &QAbstractButton::toggled, this, [this] { updateRoute(); });
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_hasTime);
    timeRow->addWidget(m_noTime);
    timeRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Manager"), m_manager);
    form->addRow(tr("&Interest"), m_interest);
    auto *potentialLayout = new QVBoxLayout(potential);
    potentialLayout->setContentsMargins(0, 0, 0, 0);
    potentialLayout->addLayout(timeRow);
    potentialLayout->addLayout(form);
    potentialLayout->addWidget(m_managerBusyWait);
    potentialLayout->addWidget(checks);
    potentialLayout->addWidget(m_card);
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent);
    consentRow->addWidget(m_phone);
    potentialLayout->addLayout(consentRow);
    potentialLayout->addWidget(m_potentialScript);
    potentialLayout->addStretch();

    auto *ordinary = new QWidget(this);
    m_diversion = new QComboBox(ordinary);
    m_diversion->setObjectName(QStringLiteral("routeDiversion"));
    for (const QString &code : DomainTerms::codes(Vocabulary::DiversionTarget))
        m_diversion->addItem(DomainTerms::label(Vocabulary::DiversionTarget, code), code);
    m_diversion->setCurrentIndex(m_diversion->findData(QStringLiteral("open_counter")));
    connect(m_diversion, &QComboBox::currentIndexChanged, this, [this] { updateRoute(); });
    m_diversionScript = new QLabel(ordinary);
    m_diversionScript->setObjectName(QStringLiteral("diversionScript"));
    m_diversionScript->setWordWrap(true);
    auto *ordinaryLayout = new QFormLayout(ordinary);
    ordinaryLayout->addRow(tr("&Divert to"), m_diversion);
    ordinaryLayout->addRow(tr("Say"), m_diversionScript);

    m_routes->addWidget(vip);
    m_routes->addWidget(potential);
    m_routes->addWidget(ordinary);
}

void WalkInLog::rebuildSignals()
{
    const QStringList wasOn = [this] {
        QStringList on;
        for (auto it = m_signals.cbegin(); it != m_signals.cend(); ++it)
            if (it.value()->isChecked())
                on << it.key();
        return on;
    }();
    qDeleteAll(m_signals);
    m_signals.clear();
    const QString moment = m_moments->checkedButton()->property("code").toString();
    auto *grid = static_cast<QGridLayout *>(m_signalBox->layout());
    int index = 0;
    for (const QString &code : DomainTerms::signalsOf(moment)) {
        auto *box = new QCheckBox(DomainTerms::label(Vocabulary::LobbySignal, code), m_signalBox);
        box->setObjectName(QStringLiteral("signal_") + code.section(QLatin1Char('.'), 1));
        box->setChecked(wasOn.contains(code));
        connect(box, &QCheckBox::toggled, this, [this] { updateSuggestion(); });
        grid->addWidget(box, index / 2, index % 2);
        ++index;
        box->show(); // at once, not on the next event loop pass
        m_signals.insert(code, box);
    }
}

void WalkInLog::updateSuggestion()
{
    const LobbyVisitLog log(m_store, m_session);
    const LobbyVisitLog::WalkIn current = walkIn();
    m_suggestion = log.suggest(m_customerId, current.moment, current.observed);
    m_suggestionLabel->setText(
            tr("<b>Suggested: %1</b><br>%2")
                    .arg(DomainTerms::label(Vocabulary::ValueClass, m_suggestion.valueClass),
                         m_suggestion.reasons.join(QStringLiteral("<br>"))));
    m_class->setCurrentIndex(qMax(0, m_class->findData(m_suggestion.valueClass)));
    updateRoute();
}

void WalkInLog::updateRoute()
{
    const QString valueClass = m_class->currentData().toString();
    const bool overridden = valueClass != m_suggestion.valueClass;
    m_overrideReason->setEnabled(overridden);
    if (valueClass == QLatin1String("vip")) {
        m_routes->setCurrentIndex(VipPage);
    } else if (valueClass == QLatin1String("potential_vip")) {
        m_routes->setCurrentIndex(PotentialPage);
        if (m_manager->count() == 0) {
            for (const ManagerAvailability &manager : FloorQueries(m_store).wealthManagers(
                         m_session.branch.id, QDateTime::currentDateTimeUtc())) {
                m_manager->addItem(manager.busy ? tr("%1 (busy)").arg(manager.name)
                                                : tr("%1 (free)").arg(manager.name),
                                   manager.id);
            }
        }
        const bool hasTime = m_hasTime->isChecked();
        m_managerBusyWait->setVisible(hasTime);
        for (QCheckBox *box : std::as_const(m_checks))
            box->setVisible(hasTime);
        m_card->setVisible(!hasTime);
        m_consent->setVisible(!hasTime);
        m_phone->setVisible(!hasTime);
        m_potentialScript->setText(LobbyRouting::guidanceScript(currentRoute()));
    } else {
        m_routes->setCurrentIndex(OrdinaryPage);
        const QString business = m_business->currentData().toString();
        const auto diversion = LobbyRouting::diversionFor(business);
        const QString target = m_diversion->currentData().toString();
        m_diversionScript->setText(target == diversion.target
                                           ? diversion.script
                                           : LobbyRouting::diversionScript(target));
    }
}

QString WalkInLog::currentRoute() const
{
    const QString valueClass = m_class->currentData().toString();
    if (valueClass == QLatin1String("ordinary"))
        return m_diversion->currentData().toString();
    return LobbyRouting::routeFor(valueClass, m_hasTime->isChecked(),
                                  m_managerBusyWait->isChecked());
}

LobbyVisitLog::WalkIn WalkInLog::walkIn() const
{
    LobbyVisitLog::WalkIn walkIn;
    walkIn.customerId = m_customerId;
    walkIn.description = m_description->text();
    walkIn.ticketNo = m_ticket->text();
    walkIn.moment = m_moments->checkedButton()->property("code").toString();
    for (auto it = m_signals.cbegin(); it != m_signals.cend(); ++it)
        if (it.value()->isChecked())
            walkIn.observed << it.key();
    walkIn.observed.sort();
    walkIn.valueClass = m_class->currentData().toString();
    walkIn.overrideReason = m_overrideReason->text();
    walkIn.businessType = m_business->currentData().toString();
    walkIn.route = currentRoute();
    if (walkIn.valueClass == QLatin1String("potential_vip")) {
        ReferralForm form;
        form.kind = LobbyRouting::formFor(walkIn.route);
        form.customerId = m_customerId;
        form.description = walkIn.description;
        form.referredTo = m_manager->currentData().toString();
        form.customerHasTime = m_hasTime->isChecked();
        form.interest = m_interest->text();
        if (form.customerHasTime) {
            for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it)
                if (it.value()->isChecked())
                    form.checks << it.key();
        } else {
            form.experienceCard = m_card->isChecked();
            form.contactConsent = m_consent->isChecked();
            form.contactPhone = form.contactConsent ? m_phone->text() : QString();
            form.checks << QStringLiteral("handed_over");
        }
        walkIn.form = form;
    }
    return walkIn;
}

bool WalkInLog::save()
{
    const LobbyVisitLog::Result result = LobbyVisitLog(m_store, m_session).record(walkIn());
    if (!result.ok) {
        m_problems->setText(result.problems.join(QLatin1Char('\n')));
        return false;
    }
    emit saved(result.visitId, result.referralId);
    clear();
    return true;
}

QString WalkInLog::problemText() const
{
    return m_problems->text();
}

void WalkInLog::clear()
{
    m_customerId.clear();
    m_search->clear();
    m_customerLabel->clear();
    m_description->clear();
    m_ticket->clear();
    m_overrideReason->clear();
    m_interest->clear();
    m_phone->clear();
    m_consent->setChecked(false);
    m_card->setChecked(false);
    m_managerBusyWait->setChecked(false);
    m_hasTime->setChecked(true);
    m_business->setCurrentIndex(0);
    for (QCheckBox *box : std::as_const(m_checks))
        box->setChecked(false);
    for (QCheckBox *box : std::as_const(m_signals))
        box->setChecked(false);
    m_problems->clear();
    m_moments->buttons().first()->setChecked(true);
    updateSuggestion();
    m_search->setFocus();
}

void WalkInLog::linkCustomer(const QString &customerId, const QString &summary)
{
    m_customerId = customerId;
    m_customerLabel->setText(summary);
    updateSuggestion();
}

void WalkInLog::setMoment(const QString &moment)
{
    for (QAbstractButton *button : m_moments->buttons())
        if (button->property("code").toString() == moment)
            button->setChecked(true);
}

void WalkInLog::setSignal(const QString &code, bool on)
{
    if (QCheckBox *box = m_signals.value(code))
        box->setChecked(on);
}

void WalkInLog::chooseClass(const QString &valueClass)
{
    m_class->setCurrentIndex(qMax(0, m_class->findData(valueClass)));
}

} // namespace bd
