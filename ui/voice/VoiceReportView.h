#pragma once

#include "app/services/core/Session.h"
#include "database/voice/VoiceQueries.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace bd {

class Store;

// The branch head's view of the customer voice (view_branch_dashboard): objections and
// competitor mentions by call list, product family and month; double-click a row for the
// notes behind it, masked (VoiceBranchReport).
class VoiceReportView : public QWidget
{
    Q_OBJECT

public:
    VoiceReportView(Store &store, const Session &session, QWidget *parent = nullptr);

    void reload();
    int rowCount() const;
    void showNotes(int row); // the notes dialog of one row

private:
    Store &m_store;
    Session m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_problem;
    QList<VoiceReportRow> m_rows;
};

} // namespace bd
