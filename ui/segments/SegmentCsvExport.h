#pragma once

#include "app/services/core/Session.h"
#include "app/services/segments/SegmentService.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QProgressBar;
class QPushButton;

namespace bd {

class BackgroundReader;
class Store;

// A segment's customers to a CSV file, written on a thread of its own so a long export
// never holds up the count: "Unmasked" (only for those who may export unmasked), "Export
// CSV...", and while a file is written its progress and a way to cancel.
class SegmentCsvExport : public QWidget
{
    Q_OBJECT

public:
    SegmentCsvExport(Store &store, const Session &session, QWidget *parent = nullptr);
    ~SegmentCsvExport() override;

    void setToday(const QDate &today) { m_today = today; }
    // Starts writing `path` (masked unless "Unmasked" is ticked); false if an export is
    // already running. Ends with exported() or exportFailed() (also when cancelled).
    bool start(SegmentService::ExportRequest request, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void fileRequested(); // "Export CSV..." was clicked: the owner asks where to
    void progressText(const QString &text);
    void exported(const QString &path, qsizetype rows);
    void exportFailed(const QString &problem);

private:
    void finish(const QString &path, qsizetype rows, const QString &problem);

    Store &m_store;
    const Session &m_session;
    QDate m_today = QDate::currentDate();
    QPushButton *m_export;
    QCheckBox *m_unmasked;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    BackgroundReader *m_writer;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
};

} // namespace bd
