#include "ui/segments/SegmentWorkbench.h"

#include "app/services/segments/SegmentPresets.h"
#include "app/services/segments/SegmentService.h"
#include "database/core/Store.h"
#include "database/segments/SegmentQueries.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/FileChoice.h"
#include "ui/segments/SegmentConditionEditor.h"
#include "ui/segments/SegmentCsvExport.h"
#include "ui/segments/SegmentPicker.h"
#include "ui/segments/SegmentResultModel.h"
#include "ui/segments/SegmentResultTable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
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
using Choices = QHash<QString, SegmentChoices>;
} // namespace

SegmentWorkbench::SegmentWorkbench(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_reader(new BackgroundReader(this))
    , m_editor(new SegmentConditionEditor(this))
    , m_model(new SegmentResultModel(
              [this](const QStringList &ids, const QStringList &columns) {
                  return SegmentService(m_store, m_session).rows(ids, columns, m_today).valueOr({});
              },
              this))
    , m_picker(new SegmentPicker(session, this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new SegmentResultTable(m_model, this))
    , m_debounce(new QTimer(this))
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createDefinitionPane());
    splitter->addWidget(createResultPane());
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(splitter, 1);
    connectParts();

    readSavedInBackground();
    loadChoices();
    m_count->setText(tr("Choose a target group or add conditions."));
}

QWidget *SegmentWorkbench::createDefinitionPane()
{
    m_count->setObjectName(QStringLiteral("segmentCount"));
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    layout->addWidget(m_count);
    return pane;
}

// The tool bar over the customers (message, columns, export, call list) and the table.
QWidget *SegmentWorkbench::createResultPane()
{
    m_message->setObjectName(QStringLiteral("segmentMessage"));
    m_message->setWordWrap(true);
    QToolButton *columns = m_table->newColumnChooser(this);
    m_export = new SegmentCsvExport(m_store, m_session, this);
    m_callList = new QPushButton(tr("Ma&ke call list..."), this);
    m_callList->setObjectName(QStringLiteral("makeCallList"));
    m_callList->setVisible(m_session.can(Permission::AssignCallLists));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_message, 1);
    bar->addWidget(columns);
    bar->addWidget(m_export);
    bar->addWidget(m_callList);
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    return pane;
}

void SegmentWorkbench::connectParts()
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kCountDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SegmentWorkbench::refresh);
    connect(m_editor, &SegmentConditionEditor::changed, this, &SegmentWorkbench::definitionEdited);
    connect(m_model, &SegmentResultModel::sortRequested, this,
            [this](const QString &code, Qt::SortOrder order) {
                m_sortColumn = code;
                m_sortOrder = order;
                refresh();
            });
    connect(m_picker, &SegmentPicker::presetChosen, this, &SegmentWorkbench::loadPreset);
    connect(m_picker, &SegmentPicker::savedChosen, this, &SegmentWorkbench::loadSaved);
    connect(m_picker, &SegmentPicker::saveRequested, this, &SegmentWorkbench::saveSegment);
    connect(m_picker, &SegmentPicker::deleteRequested, this, &SegmentWorkbench::deleteSegment);
    connect(m_export, &SegmentCsvExport::fileRequested, this, &SegmentWorkbench::chooseExportFile);
    connect(m_export, &SegmentCsvExport::progressText, m_message, &QLabel::setText);
    connect(m_export, &SegmentCsvExport::exported, this, [this](const QString &path, qsizetype rows) {
        m_message->setText(tr("Exported %n customer(s) to %1.", nullptr, int(rows)).arg(path));
        emit exported(path);
    });
    connect(m_export, &SegmentCsvExport::exportFailed, this, [this](const QString &problem) {
        showProblem(problem);
        emit exportFailed(problem);
    });
    connect(m_callList, &QPushButton::clicked, this, &SegmentWorkbench::requestCallList);
}

void SegmentWorkbench::setToday(const QDate &today)
{
    m_today = today;
    m_export->setToday(today);
    definitionEdited();
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
                firstLoadShown();
            });
}

void SegmentWorkbench::loadPreset(const QString &code)
{
    const auto preset = SegmentPresets::find(code);
    if (!preset)
        return;
    m_segmentId.clear();
    m_picker->showPreset(code, preset->name);
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
    m_picker->showSaved(segmentId);
    m_editor->setDefinition(*definition);
    m_message->clear();
}

// After one's own save or delete: at once, and a background read still on its way is older.
void SegmentWorkbench::reloadSaved()
{
    ++m_savedReads;
    m_picker->setSavedSegments(
            SegmentService(m_store, m_session).savedSegments().valueOr({}), m_segmentId);
}

void SegmentWorkbench::readSavedInBackground()
{
    const int read = ++m_savedReads;
    Store *store = &m_store;
    m_reader->run<QList<SavedSegment>>(
            this,
            [store, session = Session(m_session)] {
                return SegmentService(*store, session).savedSegments().valueOr({});
            },
            [this, read](QList<SavedSegment> segments) {
                if (read == m_savedReads)
                    m_picker->setSavedSegments(segments, m_segmentId);
                firstLoadShown();
            });
}

void SegmentWorkbench::firstLoadShown()
{
    if (m_firstLoadsPending > 0 && --m_firstLoadsPending == 0)
        emit loaded();
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
    const auto saved = service.save(m_picker->name(), m_editor->definition(), m_segmentId);
    if (!saved) {
        showProblem(saved.errorString());
        return false;
    }
    m_segmentId = *saved;
    reloadSaved();
    m_message->setText(tr("Saved \"%1\"; everyone at the branch can run it.").arg(m_picker->name().simplified()));
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
                              tr("Delete the segment \"%1\" for everyone at the branch?").arg(m_picker->savedName()))
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
    const QString path = FileChoice::save(
            this, tr("Export customers"), m_picker->name().simplified() + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool SegmentWorkbench::exportCsv(const QString &path)
{
    SegmentService::ExportRequest request;
    request.customerIds = m_model->customerIds();
    request.columns = m_table->visibleColumnCodes();
    request.segmentId = m_segmentId;
    request.segmentName = m_picker->name().simplified();
    return m_export->start(request, path);
}

void SegmentWorkbench::cancelExport()
{
    m_export->cancel();
}

bool SegmentWorkbench::isExporting() const
{
    return m_export->isRunning();
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
