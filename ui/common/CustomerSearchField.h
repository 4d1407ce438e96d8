#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"
#include "database/customers/CustomerSummary.h"

#include <QLineEdit>

class QCompleter;
class QModelIndex;
class QStandardItemModel;
class QTimer;

namespace bd {

class BackgroundReader;
class Store;

// The toolbar's customer search: name, pinyin or initials, mobile or ID suffix, CIF.
// While staff type, lookups run on a background thread (the GUI never waits for the
// database) and the masked results drop down under the field; arrows and Enter (or Tab, or a click)
// take the highlighted one, exactly once.
class CustomerSearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kMaxResults = 20;
    static constexpr int kTypingPauseMs = 60;

    CustomerSearchField(Store &store, const Session &session, QWidget *parent = nullptr);

    void search(); // runs the search for the current text now, on this thread
    int resultCount() const;
    QString resultText(int row) const;
    CustomerId resultCustomerId(int row) const;
    bool isSearching() const { return m_pending > 0; }

signals:
    void customerChosen(const bd::CustomerId &customerId, const QString &summary);
    void resultsShown(int count); // after every search, background or not

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index); // the one way a suggestion is taken
    void searchInBackground();
    void showResults(const QList<CustomerSummary> &found);

    Store &m_store;
    Session m_session;
    QTimer *m_pause;
    QStandardItemModel *m_results;
    QCompleter *m_completer;
    BackgroundReader *m_reader;
    quint64 m_ticket = 0;
    int m_pending = 0;
};

} // namespace bd
