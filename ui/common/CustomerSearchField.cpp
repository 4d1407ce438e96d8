#include "ui/common/CustomerSearchField.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/Money.h"
#include "app/services/customers/CustomerService.h"
#include "ui/common/BackgroundReader.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace bd {

namespace {
constexpr int kCustomerIdRole = Qt::UserRole + 1;
constexpr int kMinimumLength = 2;
}

CustomerSearchField::CustomerSearchField(Store &store, const Session &session, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    , m_session(session)
    , m_pause(new QTimer(this))
    , m_results(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_results, this))
    , m_reader(new BackgroundReader(this))
{
    setObjectName(QStringLiteral("customerSearchField"));
    setPlaceholderText(tr("Find customer: name, pinyin, initials, mobile, ID or CIF (Ctrl+K)"));
    setClearButtonEnabled(true);
    setMinimumWidth(340);
    setMaximumWidth(560);

    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(kMaxResults);
    m_completer->popup()->setObjectName(QStringLiteral("customerSearchResults"));
    setCompleter(m_completer);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &CustomerSearchField::searchInBackground);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter on a finished search opens its best match; otherwise search now.
        if (m_results->rowCount() > 0 && !m_pause->isActive() && m_pending == 0) {
            emit customerChosen(resultCustomerId(0), resultText(0));
            QTimer::singleShot(0, this, &QLineEdit::clear);
            return;
        }
        search();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                emit customerChosen(index.data(kCustomerIdRole).toString(),
                                    index.data(Qt::DisplayRole).toString());
                QTimer::singleShot(0, this, &QLineEdit::clear); // ready for the next customer
            });
}

void CustomerSearchField::search()
{
    m_pause->stop();
    ++m_ticket; // whatever runs in the background is now stale
    const QString typed = text().trimmed();
    if (typed.size() < kMinimumLength) {
        showResults({});
        return;
    }
    showResults(CustomerService(m_store, m_session).find(typed, kMaxResults).valueOr({}));
}

void CustomerSearchField::searchInBackground()
{
    const quint64 ticket = ++m_ticket;
    const QString typed = text().trimmed();
    if (typed.size() < kMinimumLength) {
        showResults({});
        return;
    }
    Store *store = &m_store;
    const Session session = m_session;
    ++m_pending;
    m_reader->run<QList<CustomerSummary>>(
            this,
            [store, session, typed] {
                return CustomerService(*store, session).find(typed, kMaxResults).valueOr({});
            },
            [this, ticket](QList<CustomerSummary> found) {
                --m_pending;
                if (ticket == m_ticket) // staff kept typing: a newer search follows
                    showResults(found);
            });
}

void CustomerSearchField::showResults(const QList<CustomerSummary> &found)
{
    m_results->clear();
    for (const CustomerSummary &customer : found) {
        auto *item = new QStandardItem(
                tr("%1 · %2 · %3 · %4 · %5 · %6")
                        .arg(customer.name, customer.idNumber, customer.phone,
                             Tiers::label(Tiers::fromCode(customer.tier)),
                             Money::fromFen(customer.aumFen).toDisplayString(),
                             customer.managerName.isEmpty() ? tr("no manager")
                                                            : customer.managerName));
        item->setData(customer.id, kCustomerIdRole);
        item->setToolTip(tr("CIF %1").arg(customer.cifNo));
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() > 0 && hasFocus()) {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    } else if (m_results->rowCount() == 0) {
        m_completer->popup()->hide();
    }
    emit resultsShown(int(m_results->rowCount()));
}

int CustomerSearchField::resultCount() const
{
    return m_results->rowCount();
}

QString CustomerSearchField::resultText(int row) const
{
    return m_results->index(row, 0).data().toString();
}

QString CustomerSearchField::resultCustomerId(int row) const
{
    return m_results->index(row, 0).data(kCustomerIdRole).toString();
}

} // namespace bd
