#include "ui/branchfloor/WalkInLog.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/WorkStates.h"
#include "app/services/branchfloor/LobbyRouting.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/branchfloor/ValueJudgement.h"
#include "ui/branchfloor/ObservedSignals.h"
#include "ui/branchfloor/WalkInRoute.h"
#include "ui/common/CustomerSearchField.h"
#include "ui/common/ElidedLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace bd {

namespace {
// A word-wrapped label as tall as its text at its width. A form row is given the height of
// its size hint, worked out for another width; a wrapped third reason then ran into the class
// row below (#15). Its minimum height follows the text, so a short window squeezes the route
// below, never the reasons.
class WholeTextLabel : public QLabel
{
public:
    using QLabel::QLabel;

    void fitHeight()
    {
        const int needed = heightForWidth(width());
        if (needed > 0 && needed != minimumHeight())
            setMinimumHeight(needed);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        fitHeight();
    }
};
} // namespace

WalkInLog::WalkInLog(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_search(new CustomerSearchField(store, session, this))
    , m_customerLabel(new ElidedLabel(this))
    , m_holdingsDue(new QLabel(this))
    , m_openReferral(new QLabel(this))
    , m_description(new QLineEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_moments(new QButtonGroup(this))
    , m_signals(new ObservedSignals(this))
    , m_suggestionLabel(new WholeTextLabel(this))
    , m_class(new QComboBox(this))
    , m_overrideReason(new QLineEdit(this))
    , m_business(new QComboBox(this))
    , m_problems(new QLabel(this))
    , m_save(new QPushButton(tr("&Save walk-in (Ctrl+Enter)"), this))
{
    setObjectName(QStringLiteral("walkInLog"));
    auto *left = new QVBoxLayout;
    left->addLayout(createWhoForm());
    // After the moment buttons, as Tab has always walked them.
    m_routes = new WalkInRoute(store, m_session, this);
    auto *signalGroup = new QGroupBox(tr("Signals observed"), this);
    auto *signalLayout = new QVBoxLayout(signalGroup);
    signalLayout->addWidget(m_signals);
    left->addWidget(signalGroup);
    left->addStretch();

    m_problems->setObjectName(QStringLiteral("walkInProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_save->setObjectName(QStringLiteral("walkInSave"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    addSaveShortcuts();
    auto *routeGroup = new QGroupBox(tr("Route"), this);
    auto *routeLayout = new QVBoxLayout(routeGroup);
    routeLayout->addWidget(m_routes);
    connect(m_routes, &WalkInRoute::changed, this, [this] { updateRoute(); });
    auto *right = new QVBoxLayout;
    right->addWidget(createJudgement());
    right->addWidget(routeGroup, 1);
    right->addWidget(m_problems);
    right->addWidget(m_save);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);
    connect(m_signals, &ObservedSignals::changed, this, [this] { updateSuggestion(); });
    m_signals->showMoment(currentMoment());
    updateSuggestion();
}

// Who came, when they were seen and what for: the left-hand form.
QFormLayout *WalkInLog::createWhoForm()
{
    m_search->setObjectName(QStringLiteral("walkInSearch"));
    m_search->setPlaceholderText(tr("Customer: name, pinyin, phone or ID suffix"));
    m_customerLabel->setObjectName(QStringLiteral("walkInCustomer"));
    m_holdingsDue->setObjectName(QStringLiteral("walkInHoldingsDue"));
    m_holdingsDue->setWordWrap(true);
    m_holdingsDue->hide();
    m_openReferral->setObjectName(QStringLiteral("walkInOpenReferral"));
    m_openReferral->setWordWrap(true);
    m_openReferral->hide();
    m_description->setObjectName(QStringLiteral("walkInDescription"));
    m_description->setPlaceholderText(tr("or describe: e.g. woman of about 50 with a driver"));
    m_ticket->setObjectName(QStringLiteral("walkInTicket"));
    m_ticket->setPlaceholderText(tr("optional"));
    m_ticket->setMaximumWidth(90);
    connect(m_search, &CustomerSearchField::customerChosen, this,
            [this](const CustomerId &id, const QString &summary) { linkCustomer(id, summary); });

    // Alt+1/2/3 choose the moment; its signals follow.
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
            m_signals->showMoment(currentMoment());
            updateSuggestion();
        }
    });

    m_business->setObjectName(QStringLiteral("walkInBusiness"));
    m_business->addItem(tr("(not asked yet)"), QString());
    for (const QString &code : DomainTerms::codes(Vocabulary::BusinessType))
        m_business->addItem(DomainTerms::label(Vocabulary::BusinessType, code), code);
    connect(m_business, &QComboBox::currentIndexChanged, this, [this] {
        m_routes->divertFor(m_business->currentData().toString());
        updateRoute();
    });

    auto *who = new QFormLayout;
    who->addRow(tr("&Customer"), m_search);
    who->addRow(QString(), m_customerLabel);
    who->addRow(QString(), m_holdingsDue);
    who->addRow(QString(), m_openReferral);
    who->addRow(tr("&Description"), m_description);
    who->addRow(tr("&Ticket"), m_ticket);
    who->addRow(tr("Moment"), momentRow);
    who->addRow(tr("&Business"), m_business);
    return who;
}

// The suggested class with its reasons; another class needs a reason.
QGroupBox *WalkInLog::createJudgement()
{
    m_suggestionLabel->setObjectName(QStringLiteral("walkInSuggestion"));
    m_suggestionLabel->setWordWrap(true);
    m_suggestionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_class->setObjectName(QStringLiteral("walkInClass"));
    for (const QString &code : DomainTerms::codes(Vocabulary::ValueClass))
        m_class->addItem(DomainTerms::label(Vocabulary::ValueClass, code), code);
    m_overrideReason->setObjectName(QStringLiteral("walkInOverrideReason"));
    m_overrideReason->setPlaceholderText(tr("Why you judge differently (required)"));
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] { updateRoute(); });

    QSizePolicy policy = m_suggestionLabel->sizePolicy();
    policy.setHeightForWidth(false); // its minimum height says it (WholeTextLabel)
    m_suggestionLabel->setSizePolicy(policy);

    auto *judgement = new QGroupBox(tr("Value judgement"), this);
    auto *column = new QVBoxLayout(judgement);
    column->addWidget(m_suggestionLabel);
    // Class and reason on one line: a linked customer's own reasons with six ticked signals
    // took the column past a 1366x720 window, and the reasons ran into the class row (#15).
    auto *classLabel = new QLabel(tr("C&lass"), judgement);
    classLabel->setBuddy(m_class);
    auto *reasonLabel = new QLabel(tr("&Reason"), judgement);
    reasonLabel->setBuddy(m_overrideReason);
    auto *row = new QHBoxLayout;
    row->addWidget(classLabel);
    row->addWidget(m_class);
    row->addSpacing(12);
    row->addWidget(reasonLabel);
    row->addWidget(m_overrideReason, 1);
    column->addLayout(row);
    return judgement;
}

void WalkInLog::addSaveShortcuts()
{
    for (const auto &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    }
}

QString WalkInLog::currentMoment() const
{
    return m_moments->checkedButton()->property("code").toString();
}

void WalkInLog::updateSuggestion()
{
    const LobbyVisitLog log(m_store, m_session);
    const LobbyVisitLog::WalkIn current = walkIn();
    m_suggestion = log.suggest(m_customerId, current.moment, current.observed);
    QString text = tr("<b>Suggested: %1</b><br>%2")
                           .arg(DomainTerms::label(Vocabulary::ValueClass, m_suggestion.valueClass),
                                m_suggestion.reasons.join(QStringLiteral("<br>")));
    for (const QString &against : std::as_const(m_suggestion.against))
        text += QStringLiteral("<br><i>%1</i>").arg(tr("Speaks against: %1").arg(against));
    m_suggestionLabel->setText(text);
    // Every line in sight: the route below takes the height left, not the reasons'.
    static_cast<WholeTextLabel *>(m_suggestionLabel)->fitHeight();
    // Laid out now: a paint or grab before the posted layout pass had the reasons over the
    // class row (docs/screenshots/lobby_signals_two_moments.png before #15 was fixed).
    for (QWidget *box = m_suggestionLabel->parentWidget(); box; box = box->parentWidget()) {
        if (QLayout *layout = box->layout())
            layout->activate();
    }
    m_class->setCurrentIndex(qMax(0, m_class->findData(m_suggestion.valueClass)));
    updateRoute();
}

void WalkInLog::updateRoute()
{
    const QString valueClass = m_class->currentData().toString();
    m_overrideReason->setEnabled(valueClass != m_suggestion.valueClass);
    m_routes->showFor(valueClass, m_business->currentData().toString());
}

QString WalkInLog::currentRoute() const
{
    return m_routes->route(m_class->currentData().toString());
}

LobbyVisitLog::WalkIn WalkInLog::walkIn() const
{
    LobbyVisitLog::WalkIn walkIn;
    walkIn.customerId = m_customerId;
    walkIn.description = m_description->text();
    walkIn.ticketNo = m_ticket->text();
    walkIn.moment = currentMoment();
    walkIn.observed = m_signals->observed();
    walkIn.valueClass = m_class->currentData().toString();
    walkIn.overrideReason = m_overrideReason->text();
    walkIn.businessType = m_business->currentData().toString();
    walkIn.route = currentRoute();
    if (walkIn.valueClass == QLatin1String("potential_vip")) {
        ReferralForm form;
        form.kind = LobbyRouting::formFor(walkIn.route);
        form.customerId = m_customerId;
        form.description = walkIn.description;
        m_routes->fillForm(form);
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
    m_customerId = {};
    m_routes->setOwnManager({});
    m_search->clear();
    m_customerLabel->setFullText({});
    showHoldingsDue();
    showOpenReferral();
    m_description->clear();
    m_ticket->clear();
    m_overrideReason->clear();
    m_routes->clear();
    m_business->setCurrentIndex(0);
    m_signals->clear();
    m_problems->clear();
    m_moments->buttons().first()->setChecked(true);
    updateSuggestion();
    m_search->setFocus();
}

void WalkInLog::linkCustomer(const CustomerId &customerId, const QString &summary)
{
    m_customerId = customerId;
    m_customerLabel->setFullText(summary);
    // A known customer goes to their own manager by default.
    m_routes->setOwnManager(customerId.isEmpty()
                                    ? QString()
                                    : ReferralDesk(m_store, m_session)
                                              .prefilled(customerId, QStringLiteral("lobby"))
                                              .referredTo);
    showHoldingsDue();
    showOpenReferral();
    updateSuggestion();
}

// Said before saving, whatever the class: the lobby manager sees whose the customer already
// is, and that the walk-in goes to that referral (LobbyVisitLog::record), not a second one.
void WalkInLog::showOpenReferral()
{
    const auto open = ReferralDesk(m_store, m_session).openReferral(m_customerId);
    if (!open) {
        m_openReferral->setText(tr("Whether this customer has an open referral could not be "
                                   "read: %1").arg(open.errorString().toHtmlEscaped()));
    } else if (*open) {
        const ReferralDesk::OpenReferral &referral = **open;
        m_openReferral->setText(
                tr("<b>Open referral</b> to %1, filed %2, %3. This walk-in, whatever the "
                   "class, is added to it for the manager; no second referral is filed.")
                        .arg(referral.managerName.isEmpty() ? tr("no manager yet")
                                                            : referral.managerName.toHtmlEscaped(),
                             QLocale().toString(referral.filedAt.toLocalTime(),
                                                QLocale::ShortFormat),
                             DomainTerms::label(Vocabulary::ReferralStatus,
                                                WorkStates::code(referral.status))));
    }
    m_openReferral->setVisible(!open || *open);
}

// "Due within 30 days: 三年定期存款 ¥52,816.97 on 12-12": a reason to bring in the manager.
void WalkInLog::showHoldingsDue()
{
    const Result<QList<LobbyVisitLog::HoldingDue>> due =
            LobbyVisitLog(m_store, m_session).holdingsDue(m_customerId);
    if (!due) {
        // Not "nothing due": the lobby manager would otherwise miss money freeing up.
        m_holdingsDue->setText(tr("The holdings of this customer falling due could not be read, "
                                  "so they are neither shown nor counted in the suggestion: %1")
                                       .arg(due.errorString().toHtmlEscaped()));
        m_holdingsDue->show();
        return;
    }
    QStringList lines;
    for (const LobbyVisitLog::HoldingDue &holding : *due)
        lines << tr("%1 %2 on %3")
                         .arg(holding.productName.toHtmlEscaped(),
                              holding.amount.toDisplayString(),
                              QLocale().toString(holding.dueOn, QLocale::ShortFormat));
    m_holdingsDue->setText(
            lines.isEmpty() ? QString()
                            : tr("<b>Due within %n day(s):</b>", nullptr, ValueJudgement::kDueDays)
                                      + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_holdingsDue->setVisible(!lines.isEmpty());
}

void WalkInLog::setMoment(const QString &moment)
{
    for (QAbstractButton *button : m_moments->buttons())
        if (button->property("code").toString() == moment)
            button->setChecked(true);
}

void WalkInLog::setSignal(const QString &code, bool on)
{
    m_signals->setSignal(code, on);
}

void WalkInLog::chooseClass(const QString &valueClass)
{
    m_class->setCurrentIndex(qMax(0, m_class->findData(valueClass)));
}

} // namespace bd
