#pragma once

#include "app/services/core/Session.h"
#include "database/segments/SegmentDefinition.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace bd {

class BackgroundReader;
class SegmentConditionEditor;
class SegmentResultModel;
class Store;

// The branch head's segment builder: start from a preset or a saved segment, edit the
// condition tree while the count follows (debounced, on a background thread), save and
// delete shared segments, browse the customers (lazy table, column chooser, sortable),
// export them as CSV (masked unless the user may export unmasked), and hand them on as
// a call list through callListRequested().
class SegmentWorkbench : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCountDelayMs = 300;

    SegmentWorkbench(Store &store, const Session &session, QWidget *parent = nullptr);
    ~SegmentWorkbench() override;

    // The day windows and ages are counted from (tests fix it).
    void setToday(const QDate &today);
    SegmentConditionEditor *conditionEditor() const { return m_editor; }
    SegmentResultModel *resultModel() const { return m_model; }
    QString currentSegmentId() const { return m_segmentId; }

    void loadPreset(const QString &code);
    void loadSaved(const QString &segmentId);
    bool saveSegment();              // under the name typed; shows the problem if refused
    // Starts exporting the visible columns (masked unless "unmasked" is ticked) on a
    // background thread; false if an export is already running. Ends with exported() or
    // exportFailed() (also when cancelled).
    bool exportCsv(const QString &path);
    void cancelExport();
    bool isExporting() const { return m_exporting; }

signals:
    void choicesLoaded(); // tags, managers, districts ... for the value editors
    void countChanged(qint64 customers);
    void resultsChanged(int rows);
    void segmentSaved(const QString &segmentId);
    void exported(const QString &path);
    void exportFailed(const QString &problem);
    // "Make call list...": the segment (empty if unsaved) and its customers in table order.
    void callListRequested(const QString &segmentId, const QStringList &customerIds);

private:
    void definitionEdited();
    void refresh();
    void runIds(int generation, const SegmentDefinition &definition);
    void reloadSaved();
    void deleteSegment();
    void chooseExportFile();
    void exportFinished(const QString &path, qsizetype rows, const QString &problem);
    void requestCallList();
    void showProblem(const QString &problem);
    void buildColumnMenu();
    void loadChoices();

    Store &m_store;
    const Session &m_session;
    QDate m_today;
    BackgroundReader *m_reader;
    SegmentConditionEditor *m_editor;
    SegmentResultModel *m_model;
    QComboBox *m_presets;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_count;
    QLabel *m_message;
    QTableView *m_table;
    QToolButton *m_columns;
    QMenu *m_columnMenu;
    QPushButton *m_export;
    QCheckBox *m_unmasked;
    QProgressBar *m_exportProgress;
    QPushButton *m_cancelExport;
    BackgroundReader *m_exporter; // its own thread: a long export never holds up the count
    std::shared_ptr<std::atomic<bool>> m_exportCancelled;
    bool m_exporting = false;
    QPushButton *m_callList;
    QTimer *m_debounce;
    QString m_segmentId;
    QString m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_generation = 0;      // the latest definition sent to be counted and run
    int m_shownGeneration = -1; // the run whose ids the table shows
    // m_generation for the reader thread: jobs of an overtaken definition do not run.
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace bd
