#include "ui/common/CustomerSearchField.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/Money.h"
#include "app/services/customers/CustomerService.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/IdData.h"

#include <QAbstractItemView>
#include <QKeyEvent>
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
    // Enter in the field itself (no list shown): a finished search opens its best match,
    // otherwise search now. With the list shown, the popup's keys come to eventFilter.
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return;
        if (m_results->rowCount() > 0 && !m_pause->isActive() && m_pending == 0) {
            choose(m_results->index(0, 0));
            return;
        }
        search();
    });
    // A click on a suggestion.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index); });
    // Installed after QCompleter's own filter, so it sees the popup's keys first: Enter and
    // Tab take the highlighted row here, once, instead of QCompleter activating it after
    // QLineEdit has already reported Enter for its best match (two 360s, the wrong one
    // first).
    m_completer->popup()->installEventFilter(this);
}

bool CustomerSearchField::eventFilter(QObject *watched, QEvent *event)
{
    QAbstractItemView *popup = m_completer->popup();
    if (watched != popup || event->type() != QEvent::KeyPress)
        return QLineEdit::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QLineEdit::eventFilter(watched, event);
    const QModelIndex highlighted = popup->currentIndex();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Nothing highlighted yet: the best match, as Enter in the field.
        popup->hide();
        choose(highlighted.isValid() ? highlighted : m_results->index(0, 0));
        return true;
    case Qt::Key_Tab:
        if (!highlighted.isValid())
            break;
        popup->hide();
        choose(highlighted);
        return true;
    default:
        break;
    }
    return QLineEdit::eventFilter(watched, event);
}

void CustomerSearchField::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto customerId = idFromData<CustomerId>(index.data(kCustomerIdRole));
    const QString summary = index.data(Qt::DisplayRole).toString();
    m_completer->popup()->hide();
    m_results->clear(); // a second Enter finds nothing to open again
    ++m_ticket;         // nor does a search still running bring the list back
    QTimer::singleShot(0, this, &QLineEdit::clear); // ready for the next customer
    emit customerChosen(customerId, summary);
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
                             customer.aum.toDisplayString(),
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

CustomerId CustomerSearchField::resultCustomerId(int row) const
{
    return idFromData<CustomerId>(m_results->index(row, 0).data(kCustomerIdRole));
}

} // namespace bd
