#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace bd {

class Store;
struct Session;

// Lists the sync conflicts waiting for a person and lets them keep the value sync chose
// or put the losing one back.
class ConflictReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictReviewDialog(Store &store, const Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void decide(bool useLost);

    Store &m_store;
    const Session &m_session;
    QTableWidget *m_table;
    QPushButton *m_keep;
    QPushButton *m_useLost;
};

} // namespace bd
