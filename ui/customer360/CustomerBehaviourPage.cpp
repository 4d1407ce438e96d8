#include "ui/customer360/CustomerBehaviourPage.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "ui/common/RowTableView.h"
#include "ui/customer360/TimelineFilter.h"
#include "ui/customer360/TimelineModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

namespace {
const QDate kAnyDate(2000, 1, 1); // the date edits' "any": no bound on that side

QDate boundOf(const QDateEdit *edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}
} // namespace

CustomerBehaviourPage::CustomerBehaviourPage(QWidget *parent)
    : QWidget(parent)
    , m_timeline(new TimelineModel(this))
    , m_filter(new TimelineFilter(this))
{
    m_filter->setSourceModel(m_timeline);
    m_view = newRowTableView(m_filter, QStringLiteral("timelineView"), this);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::Details, QHeaderView::Stretch);

    m_source = newSourceFilter();
    m_kind = newKindFilter();
    m_channel = newChannelFilter();
    m_from = newDateFilter(QStringLiteral("timelineFromFilter"));
    m_to = newDateFilter(QStringLiteral("timelineToFilter"));
    m_amount = newAmountFilter();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_source);
    filters->addWidget(m_kind);
    filters->addWidget(m_channel);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("Amount at least"), this));
    filters->addWidget(m_amount);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

void CustomerBehaviourPage::showTimeline(const QList<TimelineEntry> &timeline)
{
    m_timeline->setRows(timeline);
}

QComboBox *CustomerBehaviourPage::newSourceFilter()
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("timelineSourceFilter"));
    combo->addItem(tr("Everything"), -1);
    for (auto source : {TimelineEntry::Source::Transaction, TimelineEntry::Source::Event,
                        TimelineEntry::Source::Interaction})
        combo->addItem(TimelineModel::sourceLabel(source), int(source));
    connect(combo, &QComboBox::currentIndexChanged, this, &CustomerBehaviourPage::applyFilter);
    return combo;
}

QComboBox *CustomerBehaviourPage::newKindFilter()
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("timelineKindFilter"));
    combo->addItem(tr("Any kind"), QString());
    for (Vocabulary kinds : {Vocabulary::TransactionKind, Vocabulary::EventKind}) {
        for (const QString &code : DomainTerms::codes(kinds))
            combo->addItem(DomainTerms::label(kinds, code), code);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &CustomerBehaviourPage::applyFilter);
    return combo;
}

// Transaction channels first, then the contact channels they do not already name.
QComboBox *CustomerBehaviourPage::newChannelFilter()
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("timelineChannelFilter"));
    combo->addItem(tr("Any channel"), QString());
    const QStringList channels = DomainTerms::codes(Vocabulary::Channel);
    for (const QString &code : channels)
        combo->addItem(DomainTerms::label(Vocabulary::Channel, code), code);
    for (const QString &code : DomainTerms::codes(Vocabulary::ContactChannel)) {
        if (!channels.contains(code))
            combo->addItem(DomainTerms::label(Vocabulary::ContactChannel, code), code);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, &CustomerBehaviourPage::applyFilter);
    return combo;
}

QDateEdit *CustomerBehaviourPage::newDateFilter(const QString &objectName)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(tr("any"));
    edit->setDate(kAnyDate);
    connect(edit, &QDateEdit::dateChanged, this, &CustomerBehaviourPage::applyFilter);
    return edit;
}

QLineEdit *CustomerBehaviourPage::newAmountFilter()
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("timelineAmountFilter"));
    edit->setPlaceholderText(tr("e.g. 5万"));
    edit->setMaximumWidth(120);
    connect(edit, &QLineEdit::textChanged, this, &CustomerBehaviourPage::applyFilter);
    return edit;
}

void CustomerBehaviourPage::applyFilter()
{
    const int source = m_source->currentData().toInt();
    m_filter->setSources(source < 0 ? QSet<int>() : QSet<int>{source});
    m_filter->setKind(m_kind->currentData().toString());
    m_filter->setChannel(m_channel->currentData().toString());
    m_filter->setDateRange(boundOf(m_from), boundOf(m_to));
    const auto amount = Money::parse(m_amount->text());
    m_filter->setMinimumAmount(amount.value_or(Money()));
}

} // namespace bd
