#pragma once

#include "app/services/core/Session.h"
#include "app/domain/SegmentDefinition.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace bd {

class BackgroundReader;
class SegmentConditionEditor;
class SegmentCsvExport;
class SegmentPicker;
class SegmentResultModel;
class SegmentResultTable;
class Store;

// The branch head's segment builder: start from a preset or a saved segment
// (SegmentPicker), edit the condition tree while the count follows (debounced, on a
// background thread), save and delete shared segments, browse the customers
// (SegmentResultTable), export them as CSV (SegmentCsvExport), and hand them on as a call
// list through callListRequested(). Its first load (the saved segments and the choices of the
// value editors) is read off the GUI thread: the workbench is usable meanwhile.
class SegmentWorkbench : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loaded)

public:
    static constexpr int kCountDelayMs = 300;

    SegmentWorkbench(Store &store, const Session &session, QWidget *parent = nullptr);

    // The day windows and ages are counted from (tests fix it).
    void setToday(const QDate &today);
    SegmentConditionEditor *conditionEditor() const { return m_editor; }
    SegmentResultModel *resultModel() const { return m_model; }
    // True until the first load (saved segments, choices) is shown; then loaded() is emitted.
    bool isLoading() const { return m_firstLoadsPending > 0; }
    QString currentSegmentId() const { return m_segmentId; }

    void loadPreset(const QString &code);
    void loadSaved(const QString &segmentId);
    bool saveSegment();              // under the name typed; shows the problem if refused
    // Starts exporting the visible columns (masked unless "unmasked" is ticked) on a
    // background thread; false if an export is already running. Ends with exported() or
    // exportFailed() (also when cancelled).
    bool exportCsv(const QString &path);
    void cancelExport();
    bool isExporting() const;

signals:
    void choicesLoaded(); // tags, managers, districts ... for the value editors
    void loaded();
    void countChanged(qint64 customers);
    void resultsChanged(int rows);
    void segmentSaved(const QString &segmentId);
    void exported(const QString &path);
    void exportFailed(const QString &problem);
    // "Make call list...": the segment (empty if unsaved) and its customers in table order.
    void callListRequested(const QString &segmentId, const QStringList &customerIds);

private:
    QWidget *createDefinitionPane();
    QWidget *createResultPane();
    void connectParts();
    void definitionEdited();
    void refresh();
    void runIds(int generation, const SegmentDefinition &definition);
    void reloadSaved();
    void readSavedInBackground();
    void firstLoadShown();
    void deleteSegment();
    void chooseExportFile();
    void requestCallList();
    void showProblem(const QString &problem);
    void loadChoices();

    Store &m_store;
    const Session &m_session;
    QDate m_today;
    BackgroundReader *m_reader;
    SegmentConditionEditor *m_editor;
    SegmentResultModel *m_model;
    SegmentPicker *m_picker;
    QLabel *m_count;
    QLabel *m_message;
    SegmentResultTable *m_table;
    SegmentCsvExport *m_export = nullptr;
    QPushButton *m_callList = nullptr;
    QTimer *m_debounce;
    QString m_segmentId;
    QString m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_generation = 0;      // the latest definition sent to be counted and run
    int m_savedReads = 0;      // the latest read of the saved segments (one's own change reads at once)
    int m_firstLoadsPending = 2; // the saved segments and the choices
    int m_shownGeneration = -1; // the run whose ids the table shows
    // m_generation for the reader thread: jobs of an overtaken definition do not run.
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace bd
