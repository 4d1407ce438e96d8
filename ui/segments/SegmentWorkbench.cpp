#include "ui/segments/SegmentWorkbench.h"

#include "app/services/segments/SegmentPresets.h"
#include "app/services/segments/SegmentService.h"
#include "database/core/Store.h"
#include "database/segments/SegmentColumns.h"
#include "database/segments/SegmentQueries.h"
#include "ui/common/BackgroundReader.h"
#include "ui/segments/SegmentConditionEditor.h"
#include "ui/segments/SegmentResultModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace bd {

namespace {
struct CountResult
{
    std::optional<qint64> count;
    QString problem;
};
struct IdsResult
{
    std::optional<QStringList> ids;
    QString problem;
};
struct ExportResult
{
    qsizetype rows = 0;
    QString problem; // empty: written, audited and the file in place
};
using Choices = QHash<QString, SegmentChoices>;
} // namespace

SegmentWorkbench::SegmentWorkbench(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_reader(new BackgroundReader(this))
    , m_editor(new SegmentConditionEditor(this))
    , m_presets(new QComboBox(this))
    , m_saved(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_columns(new QToolButton(this))
    , m_columnMenu(new QMenu(this))
    , m_export(new QPushButton(tr("Export CSV..."), this))
    , m_unmasked(new QCheckBox(tr("Unmasked"), this))
    , m_exportProgress(new QProgressBar(this))
    , m_cancelExport(new QPushButton(tr("Cancel export"), this))
    , m_exporter(new BackgroundReader(this))
    , m_exportCancelled(std::make_shared<std::atomic<bool>>(false))
    , m_callList(new QPushButton(tr("Make call list..."), this))
    , m_debounce(new QTimer(this))
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_model = new SegmentResultModel(
            [this](const QStringList &ids, const QStringList &columns) {
                return SegmentService(m_store, m_session).rows(ids, columns, m_today).valueOr({});
            },
            this);
    m_presets->setObjectName(QStringLiteral("segmentPreset"));
    m_presets->addItem(tr("Start from a target group..."));
    for (const SegmentPreset &preset : SegmentPresets::all()) {
        m_presets->addItem(preset.name, preset.code);
        m_presets->setItemData(m_presets->count() - 1, preset.description, Qt::ToolTipRole);
    }
    m_saved->setObjectName(QStringLiteral("savedSegments"));
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("Segment name"));
    m_save->setObjectName(QStringLiteral("saveSegment"));
    m_delete->setObjectName(QStringLiteral("deleteSegment"));
    m_count->setObjectName(QStringLiteral("segmentCount"));
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    m_message->setObjectName(QStringLiteral("segmentMessage"));
    m_message->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("segmentResults"));
    m_columns->setObjectName(QStringLiteral("segmentColumns"));
    m_export->setObjectName(QStringLiteral("exportSegment"));
    m_unmasked->setObjectName(QStringLiteral("exportUnmasked"));
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setFormat(tr("Exporting: %v of %m"));
    // Room for a million-customer export's figures on one line.
    m_exportProgress->setMinimumWidth(
            m_exportProgress->fontMetrics().horizontalAdvance(m_exportProgress->format() + QStringLiteral("00000000000000"))
            + 24);
    m_exportProgress->setVisible(false);
    m_cancelExport->setObjectName(QStringLiteral("cancelExport"));
    m_cancelExport->setVisible(false);
    m_callList->setObjectName(QStringLiteral("makeCallList"));

    const bool manage = m_session.can(Permission::ManageSegments);
    m_name->setEnabled(manage);
    m_save->setEnabled(manage);
    m_delete->setEnabled(manage);
    m_unmasked->setVisible(m_session.can(Permission::ExportUnmasked));
    m_export->setEnabled(m_session.can(Permission::ViewCustomers));
    m_callList->setVisible(m_session.can(Permission::AssignCallLists));

    auto *top = new QHBoxLayout;
    top->addWidget(m_presets, 1);
    top->addWidget(m_saved, 1);
    top->addWidget(m_name, 1);
    top->addWidget(m_save);
    top->addWidget(m_delete);

    auto *definitionPane = new QWidget(this);
    auto *definitionLayout = new QVBoxLayout(definitionPane);
    definitionLayout->setContentsMargins(0, 0, 0, 0);
    definitionLayout->addWidget(m_editor);
    definitionLayout->addWidget(m_count);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights and no resizing to contents: the view never reads rows it does
    // not show, which is what keeps 100,000 rows smooth.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(int(m_model->columnCodes().indexOf(QStringLiteral("aum"))),
                                                  Qt::DescendingOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int section, Qt::SortOrder order) { m_model->sort(section, order); });
    connect(m_model, &SegmentResultModel::sortRequested, this, [this](const QString &code, Qt::SortOrder order) {
        m_sortColumn = code;
        m_sortOrder = order;
        refresh();
    });
    m_columns->setText(tr("Columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(m_columnMenu);
    buildColumnMenu();

    auto *resultBar = new QHBoxLayout;
    resultBar->addWidget(m_message, 1);
    resultBar->addWidget(m_columns);
    resultBar->addWidget(m_unmasked);
    resultBar->addWidget(m_export);
    resultBar->addWidget(m_exportProgress);
    resultBar->addWidget(m_cancelExport);
    resultBar->addWidget(m_callList);
    auto *resultPane = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addLayout(resultBar);
    resultLayout->addWidget(m_table);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(definitionPane);
    splitter->addWidget(resultPane);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kCountDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SegmentWorkbench::refresh);
    connect(m_editor, &SegmentConditionEditor::changed, this, &SegmentWorkbench::definitionEdited);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadPreset(m_presets->itemData(index).toString());
    });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadSaved(m_saved->itemData(index).toString());
    });
    connect(m_save, &QPushButton::clicked, this, &SegmentWorkbench::saveSegment);
    connect(m_name, &QLineEdit::returnPressed, this, &SegmentWorkbench::saveSegment);
    connect(m_delete, &QPushButton::clicked, this, &SegmentWorkbench::deleteSegment);
    connect(m_export, &QPushButton::clicked, this, &SegmentWorkbench::chooseExportFile);
    connect(m_cancelExport, &QPushButton::clicked, this, &SegmentWorkbench::cancelExport);
    connect(m_callList, &QPushButton::clicked, this, &SegmentWorkbench::requestCallList);

    reloadSaved();
    loadChoices();
    m_count->setText(tr("Choose a target group or add conditions."));
}

SegmentWorkbench::~SegmentWorkbench()
{
    // A running export stops at its next chunk; the thread is joined while this widget is
    // still whole, as the export reports its progress to it.
    m_exportCancelled->store(true);
    delete m_exporter;
}

void SegmentWorkbench::setToday(const QDate &today)
{
    m_today = today;
    definitionEdited();
}

void SegmentWorkbench::buildColumnMenu()
{
    const QStringList shown = SegmentColumns::defaultCodes();
    const QStringList codes = m_model->columnCodes();
    for (int i = 0; i < codes.size(); ++i) {
        const SegmentColumn *column = SegmentColumns::find(codes.at(i));
        QAction *action = m_columnMenu->addAction(SegmentColumns::label(*column));
        action->setCheckable(true);
        action->setChecked(shown.contains(codes.at(i)));
        action->setData(codes.at(i));
        m_table->setColumnHidden(i, !action->isChecked());
        connect(action, &QAction::toggled, this, [this, i](bool on) { m_table->setColumnHidden(i, !on); });
    }
}

void SegmentWorkbench::loadChoices()
{
    const QString branchId = m_session.branch.id;
    Store *store = &m_store;
    m_reader->run<Choices>(
            this,
            [store, branchId] {
                Choices choices;
                SegmentQueries queries(*store);
                for (const char *field : {"tag", "manager", "industry", "locality", "kyc_expected_return",
                                          "kyc_horizon"})
                    choices.insert(QLatin1String(field), queries.choices(QLatin1String(field), branchId));
                return choices;
            },
            [this](Choices choices) {
                for (auto &choice : choices[QStringLiteral("kyc_horizon")])
                    choice.second = choice.first;
                m_editor->setChoices(choices);
                emit choicesLoaded();
            });
}

void SegmentWorkbench::loadPreset(const QString &code)
{
    const auto preset = SegmentPresets::find(code);
    if (!preset)
        return;
    m_segmentId.clear();
    m_saved->setCurrentIndex(0);
    m_presets->setCurrentIndex(m_presets->findData(code));
    m_name->setText(preset->name);
    m_editor->setDefinition(preset->definition);
    m_message->setText(preset->description);
}

void SegmentWorkbench::loadSaved(const QString &segmentId)
{
    SegmentService service(m_store, m_session);
    const auto definition = service.definitionOf(segmentId);
    if (!definition) {
        showProblem(definition.errorString());
        return;
    }
    m_segmentId = segmentId;
    m_presets->setCurrentIndex(0);
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(segmentId)));
    m_name->setText(m_saved->currentText());
    m_editor->setDefinition(*definition);
    m_message->clear();
}

void SegmentWorkbench::reloadSaved()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved segments..."));
    for (const SavedSegment &segment :
         SegmentService(m_store, m_session).savedSegments().valueOr({})) {
        m_saved->addItem(segment.name, segment.id);
        m_saved->setItemData(m_saved->count() - 1,
                             tr("Saved by %1 on %2").arg(segment.createdByName, segment.updatedAt.left(10)),
                             Qt::ToolTipRole);
    }
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(m_segmentId)));
}

void SegmentWorkbench::definitionEdited()
{
    m_debounce->start();
}

void SegmentWorkbench::refresh()
{
    m_debounce->stop();
    const int generation = ++m_generation;
    m_latest->store(generation);
    const SegmentDefinition definition = m_editor->definition();
    if (definition.root.children.empty()) {
        m_count->setText(tr("Add a condition to see who is in the segment."));
        m_model->clear();
        m_shownGeneration = generation;
        return;
    }
    if (const Result<> valid = SegmentDefinition::validate(definition); !valid) {
        m_count->setText(tr("Not counted yet: %1").arg(valid.errorString()));
        return;
    }
    m_count->setText(tr("Counting..."));
    Store *store = &m_store;
    const Session session = m_session;
    const QDate today = m_today;
    const auto latest = m_latest;
    m_reader->run<CountResult>(
            this,
            [store, session, definition, today, latest, generation] {
                if (latest->load() != generation)
                    return CountResult{}; // overtaken by a newer edit before it started
                SegmentService service(*store, session);
                const Result<qint64> count = service.count(definition, today);
                return CountResult{count ? std::optional<qint64>(*count) : std::nullopt,
                                   count.errorString()};
            },
            [this, generation](CountResult result) {
                if (generation != m_generation)
                    return; // an older definition: the newer count is on its way
                if (!result.count) {
                    m_count->setText(result.problem);
                    return;
                }
                m_count->setText(tr("%n customer(s)", nullptr, int(std::min<qint64>(*result.count, INT_MAX))));
                emit countChanged(*result.count);
            });
    runIds(generation, definition);
}

void SegmentWorkbench::runIds(int generation, const SegmentDefinition &definition)
{
    Store *store = &m_store;
    const Session session = m_session;
    const QDate today = m_today;
    const QString sortColumn = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    const auto latest = m_latest;
    // The first page comes ahead of the full list, so the table fills at once.
    for (const int limit : {SegmentResultModel::kPageSize, -1}) {
        m_reader->run<IdsResult>(
                this,
                [store, session, definition, today, sortColumn, order, limit, latest, generation] {
                    if (latest->load() != generation)
                        return IdsResult{};
                    SegmentService service(*store, session);
                    const Result<QStringList> ids = service.customerIds(definition, sortColumn,
                                                                        order, today, limit);
                    return IdsResult{ids ? std::optional<QStringList>(*ids) : std::nullopt,
                                     ids.errorString()};
                },
                [this, generation, limit](IdsResult result) {
                    if (generation != m_generation)
                        return;
                    if (!result.ids) {
                        showProblem(result.problem);
                        return;
                    }
                    // The full list extends the first page shown for the same run; a first
                    // page that lost the race to its full list changes nothing.
                    if (limit < 0 || m_shownGeneration != generation)
                        m_model->setCustomerIds(*result.ids);
                    m_shownGeneration = generation;
                    if (limit < 0)
                        emit resultsChanged(int(result.ids->size()));
                });
    }
}

bool SegmentWorkbench::saveSegment()
{
    SegmentService service(m_store, m_session);
    const auto saved = service.save(m_name->text(), m_editor->definition(), m_segmentId);
    if (!saved) {
        showProblem(saved.errorString());
        return false;
    }
    m_segmentId = *saved;
    reloadSaved();
    m_message->setText(tr("Saved \"%1\"; everyone at the branch can run it.").arg(m_name->text().simplified()));
    emit segmentSaved(*saved);
    return true;
}

void SegmentWorkbench::deleteSegment()
{
    if (m_segmentId.isEmpty()) {
        showProblem(tr("Choose a saved segment to delete."));
        return;
    }
    if (QMessageBox::question(this, tr("Delete segment"),
                              tr("Delete the segment \"%1\" for everyone at the branch?").arg(m_saved->currentText()))
        != QMessageBox::Yes)
        return;
    const auto removed = SegmentService(m_store, m_session).remove(m_segmentId);
    if (!removed) {
        showProblem(removed.errorString());
        return;
    }
    m_segmentId.clear();
    reloadSaved();
    m_message->setText(tr("Segment deleted."));
}

void SegmentWorkbench::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export customers"), m_name->text().simplified() + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        exportCsv(path);
}

bool SegmentWorkbench::exportCsv(const QString &path)
{
    if (m_exporting)
        return false;
    SegmentService::ExportRequest request;
    request.customerIds = m_model->customerIds();
    const QStringList codes = m_model->columnCodes();
    QList<QPair<int, QString>> visible; // visual position -> code
    for (int i = 0; i < codes.size(); ++i)
        if (!m_table->isColumnHidden(i))
            visible << qMakePair(m_table->horizontalHeader()->visualIndex(i), codes.at(i));
    std::sort(visible.begin(), visible.end());
    for (const auto &column : std::as_const(visible))
        request.columns << column.second;
    request.unmasked = m_unmasked->isVisible() && m_unmasked->isChecked();
    request.segmentId = m_segmentId;
    request.segmentName = m_name->text().simplified();

    m_exporting = true;
    m_exportCancelled->store(false);
    m_export->setEnabled(false);
    m_exportProgress->setRange(0, int(request.customerIds.size()));
    m_exportProgress->setValue(0);
    m_exportProgress->setVisible(true);
    m_cancelExport->setVisible(true);
    m_cancelExport->setEnabled(true);
    m_message->setText(tr("Exporting %n customer(s)...", nullptr, int(request.customerIds.size())));

    // The job owns copies of all it reads; it reports progress through calls queued to this
    // widget, which outlives the job (the destructor joins the export thread).
    Store &store = m_store;
    const Session session = m_session;
    const QDate today = m_today;
    const auto cancelled = m_exportCancelled;
    SegmentWorkbench *self = this;
    m_exporter->run<ExportResult>(
            this,
            [&store, session, today, cancelled, self, request, path] {
                ExportResult result;
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)) {
                    result.problem = tr("The file %1 cannot be written: %2").arg(path, file.errorString());
                    return result;
                }
                const auto progress = [cancelled, self](qsizetype written, qsizetype) {
                    QMetaObject::invokeMethod(
                            self, [self, written] { self->m_exportProgress->setValue(int(written)); },
                            Qt::QueuedConnection);
                    return !cancelled->load();
                };
                const auto outcome = SegmentService(store, session).exportCsv(request, file, today, progress);
                if (!outcome || !file.commit()) {
                    file.cancelWriting();
                    result.problem = outcome ? file.errorString() : outcome.errorString();
                    return result;
                }
                result.rows = request.customerIds.size();
                return result;
            },
            [this, path](ExportResult result) { exportFinished(path, result.rows, result.problem); });
    return true;
}

void SegmentWorkbench::cancelExport()
{
    if (!m_exporting)
        return;
    m_exportCancelled->store(true);
    m_cancelExport->setEnabled(false);
    m_message->setText(tr("Cancelling the export..."));
}

void SegmentWorkbench::exportFinished(const QString &path, qsizetype rows, const QString &problem)
{
    m_exporting = false;
    m_export->setEnabled(m_session.can(Permission::ViewCustomers));
    m_exportProgress->setVisible(false);
    m_cancelExport->setVisible(false);
    m_unmasked->setChecked(false); // unmasked is chosen afresh for every export
    if (!problem.isEmpty()) {
        showProblem(problem);
        emit exportFailed(problem);
        return;
    }
    m_message->setText(tr("Exported %n customer(s) to %1.", nullptr, int(rows)).arg(path));
    emit exported(path);
}

void SegmentWorkbench::requestCallList()
{
    const QStringList ids = m_model->customerIds();
    if (ids.isEmpty()) {
        showProblem(tr("The segment has no customers to call."));
        return;
    }
    emit callListRequested(m_segmentId, ids);
}

void SegmentWorkbench::showProblem(const QString &problem)
{
    m_message->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(problem.toHtmlEscaped()));
}

} // namespace bd
