#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/voice/VoiceQueries.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace bd {

class BackgroundReader;
class Store;

// The branch head's view of the customer voice (view_branch_dashboard): objections and
// competitor mentions by call list, product family and month; double-click a row for the
// notes behind it, masked (VoiceBranchReport). The counts are read off the GUI thread: at
// branch size they took most of the branch head's sign-in (#15 item 20).
class VoiceReportView : public QWidget
{
    Q_OBJECT

public:
    VoiceReportView(Store &store, const Session &session, QWidget *parent = nullptr);

    void reload(); // the rows follow when read
    int rowCount() const;
    void showNotes(int row); // the notes dialog of one row

private:
    void showRows(const Result<QList<VoiceReportRow>> &rows);

    Store &m_store;
    Session m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_problem;
    QList<VoiceReportRow> m_rows;
    BackgroundReader *m_reader;
    quint64 m_reads = 0; // only the latest read is shown
};

} // namespace bd
