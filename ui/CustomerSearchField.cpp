#include "CustomerSearchField.h"

#include "CustomerService.h"
#include "CustomerTier.h"
#include "Money.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace bd {

namespace {
constexpr int kCustomerIdRole = Qt::UserRole + 1;
}

CustomerSearchField::CustomerSearchField(Store &store, const Session &session, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    , m_session(session)
    , m_pause(new QTimer(this))
    , m_results(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_results, this))
{
    setObjectName(QStringLiteral("customerSearchField"));
    setPlaceholderText(tr("Find customer: name, mobile, ID or CIF (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumWidth(340);
    setMaximumWidth(560);

    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kMaxResults);
    setCompleter(m_completer);

    m_pause->setSingleShot(true);
    m_pause->setInterval(200);
    connect(m_pause, &QTimer::timeout, this, &CustomerSearchField::search);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, &CustomerSearchField::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                emit customerChosen(index.data(kCustomerIdRole).toString(),
                                    index.data(Qt::DisplayRole).toString());
            });
}

void CustomerSearchField::search()
{
    m_pause->stop();
    const QString typed = text().trimmed();
    m_results->clear();
    if (typed.size() < 2)
        return;
    CustomerService customers(m_store, m_session);
    for (const CustomerSummary &customer : customers.find(typed, kMaxResults)) {
        auto *item = new QStandardItem(
                tr("%1 · %2 · %3 · %4 · %5")
                        .arg(customer.name, customer.cifNo, customer.phone,
                             Tiers::label(Tiers::fromCode(customer.tier)),
                             Money::fromFen(customer.aumFen).toDisplayString()));
        item->setData(customer.id, kCustomerIdRole);
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() > 0 && hasFocus()) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    }
}

int CustomerSearchField::resultCount() const
{
    return m_results->rowCount();
}

} // namespace bd
