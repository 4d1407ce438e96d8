#include "ui/branchfloor/SevenStepPanel.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "database/branchfloor/FloorQueries.h"
#include "ui/common/CustomerSearchField.h"
#include "ui/suitability/OfferPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

namespace {
QString stepScript(int step)
{
    switch (step) {
    case 0: return SevenStepPanel::tr("Stand up as the customer reaches the counter.");
    case 1: return SevenStepPanel::tr("\"Good morning, what can I do for you today?\"");
    case 2: return SevenStepPanel::tr("Take the documents with both hands; tell them roughly how long it takes.");
    case 3: return SevenStepPanel::tr("Work promptly; meanwhile weigh assets, business, questions and manner.");
    case 4: return SevenStepPanel::tr("\"About five more minutes; here is our newest service to look at.\"");
    case 5: return SevenStepPanel::tr("Mention VIP services; refer a potential VIP to a wealth manager.");
    case 6: return SevenStepPanel::tr("Return the documents, ask for a rating, say goodbye.");
    default: return {};
    }
}
} // namespace

SevenStepPanel::SevenStepPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_service(store, session)
    , m_search(new CustomerSearchField(store, session, this))
    , m_customerLabel(new QLabel(this))
    , m_business(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start service"), this))
    , m_amount(new QLineEdit(this))
    , m_wealthQuestion(new QCheckBox(tr("Asked about wealth &products"), this))
    , m_behaviour(new QLineEdit(this))
    , m_aids(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_manager(new QComboBox(this))
    , m_refer(new QPushButton(tr("&Refer now"), this))
    , m_rating(new QComboBox(this))
    , m_diversion(new QLabel(this))
    , m_message(new QLabel(this))
    , m_stepScript(new QLabel(this))
    , m_offers(new OfferPanel(store, session, OfferContext::Counter, nullptr, this))
{
    setObjectName(QStringLiteral("sevenStepPanel"));
    m_search->setObjectName(QStringLiteral("counterSearch"));
    m_search->setPlaceholderText(tr("Customer at the counter"));
    connect(m_search, &CustomerSearchField::customerChosen, this,
            [this](const CustomerId &id, const QString &summary) { linkCustomer(id, summary); });
    m_customerLabel->setObjectName(QStringLiteral("counterCustomer"));
    m_business->setObjectName(QStringLiteral("counterBusiness"));
    // No business is preselected: the previous customer's must not carry over.
    m_business->addItem(tr("(choose the business)"), QString());
    for (const QString &code : DomainTerms::codes(Vocabulary::BusinessType))
        m_business->addItem(DomainTerms::label(Vocabulary::BusinessType, code), code);
    connect(m_business, &QComboBox::currentIndexChanged, this, [this] {
        const QString script = TellerSession::diversionScript(m_business->currentData().toString());
        m_diversion->setText(script.isEmpty() ? QString() : tr("Next time: %1").arg(script));
        // Only for the customer of the running service: with the next customer looked up,
        // the business chosen is theirs, not a change to the service left at its step.
        if (m_service.isStarted() && !m_service.isSeenOff()
            && m_customerId == m_service.customerId()) {
            const Result<> changed = m_service.changeBusiness(m_business->currentData().toString());
            m_message->setText(changed.errorString());
            if (changed)
                emit this->changed();
        }
    });
    m_start->setObjectName(QStringLiteral("counterStart"));
    connect(m_start, &QPushButton::clicked, this, [this] { startService(); });

    auto *head = new QFormLayout;
    head->addRow(tr("&Customer"), m_search);
    head->addRow(QString(), m_customerLabel);
    head->addRow(tr("&Business"), m_business);
    head->addRow(QString(), m_start);

    auto *steps = new QGroupBox(tr("Seven steps"), this);
    auto *grid = new QGridLayout(steps);
    for (int step = 0; step < TellerSession::kSteps; ++step) {
        const QString code = DomainTerms::codes(Vocabulary::TellerStep).at(step);
        // Alt+1 .. Alt+7 stamp the steps: a teller's hands stay on the keyboard.
        auto *box = new QCheckBox(QStringLiteral("&%1. %2").arg(step + 1).arg(
                                          DomainTerms::label(Vocabulary::TellerStep, code)),
                                  steps);
        box->setObjectName(QStringLiteral("step_%1").arg(step + 1));
        box->setToolTip(stepScript(step));
        auto *time = new QLabel(steps);
        time->setObjectName(QStringLiteral("stepTime_%1").arg(step + 1));
        connect(box, &QCheckBox::clicked, this, [this, step](bool on) {
            if (on)
                tickStep(step);
            else
                refreshSteps(); // a tick stays: the time it was done is kept
        });
        // Two columns of steps, so that all seven and the rating fit a 1366x768 screen.
        grid->addWidget(box, step % 4, (step / 4) * 2);
        grid->addWidget(time, step % 4, (step / 4) * 2 + 1, Qt::AlignRight);
        m_steps[step] = box;
        m_times[step] = time;
    }
    // Only the next step's words are shown; each step's are in its tooltip.
    m_stepScript->setObjectName(QStringLiteral("counterStepScript"));
    m_stepScript->setWordWrap(true);
    m_stepScript->setStyleSheet(QStringLiteral("color: palette(mid);"));
    grid->addWidget(m_stepScript, 4, 0, 1, 4);

    auto *aids = new QGroupBox(tr("Step 4: is this a potential VIP?"), this);
    m_amount->setObjectName(QStringLiteral("counterAmount"));
    m_amount->setPlaceholderText(tr("Amount of the business, CNY"));
    m_wealthQuestion->setObjectName(QStringLiteral("counterWealthQuestion"));
    m_behaviour->setObjectName(QStringLiteral("counterBehaviour"));
    m_behaviour->setPlaceholderText(tr("What they asked, how they behave"));
    auto *assessButton = new QPushButton(tr("&Weigh"), aids);
    assessButton->setObjectName(QStringLiteral("counterAssess"));
    connect(assessButton, &QPushButton::clicked, this, [this] { assess(); });
    m_aids->setObjectName(QStringLiteral("counterAids"));
    m_aids->setWordWrap(true);
    m_prompt->setObjectName(QStringLiteral("potentialVipPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff3cd; border: 1px solid #e0a800; padding: 6px; }"));
    m_prompt->hide();
    auto *aidsLayout = new QFormLayout(aids);
    aidsLayout->addRow(tr("&Amount"), m_amount);
    aidsLayout->addRow(QString(), m_wealthQuestion);
    aidsLayout->addRow(tr("B&ehaviour"), m_behaviour);
    aidsLayout->addRow(QString(), assessButton);
    aidsLayout->addRow(m_aids);
    aidsLayout->addRow(m_prompt);

    auto *refer = new QGroupBox(tr("Step 6 and 7"), this);
    m_manager->setObjectName(QStringLiteral("counterManager"));
    m_refer->setObjectName(QStringLiteral("counterRefer"));
    connect(m_refer, &QPushButton::clicked, this, [this] { referInOneClick(); });
    m_rating->setObjectName(QStringLiteral("counterRating"));
    for (int stars = 5; stars >= 1; --stars)
        m_rating->addItem(tr("%1 of 5").arg(stars), stars);
    auto *rateButton = new QPushButton(tr("Record ra&ting"), refer);
    rateButton->setObjectName(QStringLiteral("counterRate"));
    connect(rateButton, &QPushButton::clicked, this,
            [this] { rate(m_rating->currentData().toInt()); });
    auto *referLayout = new QFormLayout(refer);
    auto *referRow = new QHBoxLayout;
    referRow->addWidget(m_manager, 1);
    referRow->addWidget(m_refer);
    referLayout->addRow(tr("Wealth manager"), referRow);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rating, 1);
    rateRow->addWidget(rateButton);
    referLayout->addRow(tr("Rating"), rateRow);
    // Step 6: the customer's next best offers, as far as the gate and the rules allow.
    m_offers->setMinimumHeight(140);
    referLayout->addRow(m_offers);

    m_diversion->setObjectName(QStringLiteral("counterDiversion"));
    m_diversion->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("counterMessage"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(steps);
    // Step 4's aids beside steps 6 and 7, so that the offers fit a 1366x768 screen too.
    auto *middle = new QHBoxLayout;
    middle->addWidget(aids, 1);
    middle->addWidget(refer, 1);
    layout->addLayout(middle);
    layout->addWidget(m_diversion);
    layout->addWidget(m_message);
    layout->addStretch();
    refreshManagers();
    refreshSteps();
    emit m_business->currentIndexChanged(m_business->currentIndex());
}

void SevenStepPanel::refreshManagers()
{
    m_manager->clear();
    for (const ManagerAvailability &manager :
         FloorQueries(m_store).wealthManagers(m_session.branch.id, QDateTime::currentDateTimeUtc()))
        m_manager->addItem(manager.busy ? tr("%1 (busy)").arg(manager.name) : manager.name,
                           manager.id);
}

void SevenStepPanel::refreshSteps()
{
    const bool started = m_service.isStarted();
    for (int step = 0; step < TellerSession::kSteps; ++step) {
        const QDateTime at = m_service.tickedAt(step);
        m_steps[step]->setEnabled(started);
        m_steps[step]->setChecked(at.isValid());
        m_times[step]->setText(at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                            : QString());
    }
    m_refer->setEnabled(started && m_service.referralId().isEmpty());
    int next = 0;
    while (next < TellerSession::kSteps && m_service.tickedAt(next).isValid())
        ++next;
    m_stepScript->setText(started && next < TellerSession::kSteps
                                  ? QStringLiteral("%1. %2").arg(next + 1).arg(stepScript(next))
                                  : QString());
}

void SevenStepPanel::clearFigures()
{
    m_amount->clear();
    m_wealthQuestion->setChecked(false);
    m_behaviour->clear();
    m_aids->clear();
    m_prompt->hide();
}

void SevenStepPanel::clearCounter()
{
    clearFigures();
    m_customerId = {};
    m_customerLabel->clear();
    m_search->clear();
    m_business->setCurrentIndex(0);
}

void SevenStepPanel::linkCustomer(const CustomerId &customerId, const QString &summary)
{
    m_customerId = customerId;
    m_customerLabel->setText(summary);
    m_offers->setCustomer(customerId);
    // A customer back at the counter: say that Start continues their service, not a new one.
    const auto unfinished = m_service.unfinishedToday(customerId);
    m_message->setText(unfinished
            ? tr("This customer's service from %1 stopped at %2 of 7 steps: Start service "
                 "continues it.")
                      .arg(unfinished->startedAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                      .arg(unfinished->stepsDone)
            : QString());
}

void SevenStepPanel::setBusiness(const QString &code)
{
    m_business->setCurrentIndex(qMax(0, m_business->findData(code)));
}

void SevenStepPanel::restoreFigures()
{
    clearFigures();
    if (m_service.amount().fen() > 0)
        m_amount->setText(m_service.amount().toPlainString());
    const TellerSession::Assessment kept = m_service.lastAssessment();
    m_wealthQuestion->setChecked(kept.triggers.contains(QStringLiteral("wealth_question")));
    m_prompt->setText(tr("Potential VIP: introduce our VIP services and refer the customer to a "
                         "wealth manager at step 6."));
    m_prompt->setVisible(kept.promptPotentialVip && m_service.referralId().isEmpty());
    // The customer's business as stored, not the one of the customer served meanwhile.
    setBusiness(m_service.businessType());
}

bool SevenStepPanel::startService()
{
    const QString before = m_service.id();
    const Result<> started = m_service.start(m_customerId, m_business->currentData().toString());
    const bool ok = started.ok();
    m_message->setText(started.errorString());
    if (ok && m_service.resumed()) {
        restoreFigures();
        m_message->setText(tr("Continuing the service started at %1: %2 of 7 steps done.")
                                   .arg(m_service.startedAt().toLocalTime().toString(
                                                QStringLiteral("HH:mm")))
                                   .arg(m_service.stepsDone()));
    } else if (ok && (m_service.id() != before || m_service.stepsDone() == 0)) {
        clearFigures();
    }
    refreshManagers();
    refreshSteps();
    if (ok)
        emit changed();
    return ok;
}

bool SevenStepPanel::tickStep(int step)
{
    const Result<> ticked = m_service.tick(step);
    const bool ok = ticked.ok();
    m_message->setText(ticked.errorString());
    refreshSteps();
    if (ok)
        emit changed();
    return ok;
}

void SevenStepPanel::setAmount(const QString &typed)
{
    m_amount->setText(typed);
}

void SevenStepPanel::setWealthQuestion(bool asked)
{
    m_wealthQuestion->setChecked(asked);
}

TellerSession::Assessment SevenStepPanel::assess()
{
    const QString typed = m_amount->text().trimmed();
    const auto amount = Money::parse(typed);
    if (!typed.isEmpty() && (!amount || amount->fen() < 0)) {
        // A wrong figure is not weighed as nothing: the teller retypes it.
        m_message->setText(tr("The amount must be a positive number of yuan, such as 80000 or "
                              "8万; \"%1\" is not.").arg(typed));
        m_amount->setFocus();
        m_amount->selectAll();
        return {};
    }
    m_message->clear();
    const TellerSession::Assessment a = m_service.assess(amount.value_or(Money()),
                                                         m_wealthQuestion->isChecked(),
                                                         m_behaviour->text());
    QStringList lines;
    lines << tr("Assets at the bank: %1 (%2)")
                     .arg(a.aum.toDisplayString(),
                          a.tier.isEmpty() ? tr("walk-in") : Tiers::label(Tiers::fromCode(a.tier)));
    lines << tr("Business: %1")
                     .arg(DomainTerms::label(Vocabulary::BusinessType, m_service.businessType()));
    lines << a.reasons;
    m_aids->setText(lines.join(QLatin1Char('\n')));
    m_prompt->setText(tr("Potential VIP: introduce our VIP services and refer the customer to a "
                         "wealth manager at step 6."));
    m_prompt->setVisible(a.promptPotentialVip);
    if (m_service.isStarted())
        tickStep(TellerSession::Process);
    return a;
}

bool SevenStepPanel::promptShown() const
{
    return !m_prompt->isHidden();
}

void SevenStepPanel::chooseManager(const QString &managerId)
{
    m_manager->setCurrentIndex(qMax(0, m_manager->findData(managerId)));
}

QString SevenStepPanel::referInOneClick()
{
    const Result<QString> referred = m_service.refer(m_manager->currentData().toString());
    const QString id = referred.valueOr(QString());
    m_message->setText(id.isEmpty() ? referred.errorString()
                                    : tr("Referred to %1.").arg(m_manager->currentText()));
    refreshSteps();
    if (!id.isEmpty())
        emit changed();
    return id;
}

bool SevenStepPanel::rate(int rating)
{
    const Result<> rated = m_service.rate(rating);
    const bool ok = rated.ok();
    m_message->setText(ok ? tr("Service recorded.") : rated.errorString());
    if (ok)
        clearCounter(); // the next customer starts from a clear counter
    refreshSteps();
    if (ok)
        emit changed();
    return ok;
}

QString SevenStepPanel::diversionText() const
{
    return m_diversion->text();
}

} // namespace bd
