#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "app/services/voice/VoiceBranchReport.h"
#include "database/voice/VoiceQueries.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace bd {

class BackgroundReader;
class LatestRead;
class Store;

// The branch head's view of the customer voice (view_branch_dashboard): objections and
// competitor mentions by call list, product family and month; double-click a row for the
// notes behind it, masked (VoiceBranchReport). The counts are read off the GUI thread: at
// branch size they took most of the branch head's sign-in (#15 item 20). The notes behind a
// row are read off it too (14-156 ms at a million customers): the view says it is reading,
// and when the head double-clicks another row meanwhile, only the latest row's notes open.
class VoiceReportView : public QWidget
{
    Q_OBJECT

public:
    VoiceReportView(Store &store, const Session &session, QWidget *parent = nullptr);

    void reload(); // the rows follow when read
    int rowCount() const;
    void showNotes(int row); // the notes dialog of one row opens when read

private:
    void showRows(const Result<QList<VoiceReportRow>> &rows);
    void openNotes(const Result<QList<VoiceBranchReport::Note>> &notes);

    Store &m_store;
    Session m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_problem;
    QList<VoiceReportRow> m_rows;
    BackgroundReader *m_reader;
    quint64 m_reads = 0; // only the latest read is shown
    LatestRead *m_notesRead; // the drill-down; a newer double-click supersedes an older one
    QLabel *m_notesState;
};

} // namespace bd
