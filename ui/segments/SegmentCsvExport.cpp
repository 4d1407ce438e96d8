#include "ui/segments/SegmentCsvExport.h"

#include "ui/common/BackgroundReader.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>

namespace bd {

namespace {
struct ExportResult
{
    qsizetype rows = 0;
    QString problem; // empty: written, audited and the file in place
};
} // namespace

SegmentCsvExport::SegmentCsvExport(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_export(new QPushButton(tr("Export CSV..."), this))
    , m_unmasked(new QCheckBox(tr("Unmasked"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel export"), this))
    , m_writer(new BackgroundReader(this))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    m_export->setObjectName(QStringLiteral("exportSegment"));
    m_export->setEnabled(m_session.can(Permission::ViewCustomers));
    m_unmasked->setObjectName(QStringLiteral("exportUnmasked"));
    m_unmasked->setVisible(m_session.can(Permission::ExportUnmasked));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setFormat(tr("Exporting: %v of %m"));
    // Room for a million-customer export's figures on one line.
    m_progress->setMinimumWidth(
            m_progress->fontMetrics().horizontalAdvance(m_progress->format() + QStringLiteral("00000000000000"))
            + 24);
    m_progress->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->setVisible(false);

    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred); // a row of buttons: no wider
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_unmasked);
    layout->addWidget(m_export);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_export, &QPushButton::clicked, this, &SegmentCsvExport::fileRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SegmentCsvExport::cancel);
}

SegmentCsvExport::~SegmentCsvExport()
{
    // A running export stops at its next chunk; the thread is joined while this widget is
    // still whole, as the export reports its progress to it.
    m_cancelled->store(true);
    delete m_writer;
}

bool SegmentCsvExport::start(SegmentService::ExportRequest request, const QString &path)
{
    if (m_running)
        return false;
    request.unmasked = m_unmasked->isVisible() && m_unmasked->isChecked();
    m_running = true;
    m_cancelled->store(false);
    m_export->setEnabled(false);
    m_progress->setRange(0, int(request.customerIds.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    emit progressText(tr("Exporting %n customer(s)...", nullptr, int(request.customerIds.size())));

    // The job owns copies of all it reads; it reports progress through calls queued to this
    // widget, which outlives the job (the destructor joins the export thread).
    Store &store = m_store;
    const Session session = m_session;
    const QDate today = m_today;
    const auto cancelled = m_cancelled;
    QProgressBar *progressBar = m_progress;
    m_writer->run<ExportResult>(
            this,
            [&store, session, today, cancelled, progressBar, request, path] {
                ExportResult result;
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly)) {
                    result.problem = tr("The file %1 cannot be written: %2").arg(path, file.errorString());
                    return result;
                }
                const auto progress = [cancelled, progressBar](qsizetype written, qsizetype) {
                    QMetaObject::invokeMethod(
                            progressBar, [progressBar, written] { progressBar->setValue(int(written)); },
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
            [this, path](ExportResult result) { finish(path, result.rows, result.problem); });
    return true;
}

void SegmentCsvExport::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
    emit progressText(tr("Cancelling the export..."));
}

void SegmentCsvExport::finish(const QString &path, qsizetype rows, const QString &problem)
{
    m_running = false;
    m_export->setEnabled(m_session.can(Permission::ViewCustomers));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_unmasked->setChecked(false); // unmasked is chosen afresh for every export
    if (!problem.isEmpty())
        emit exportFailed(problem);
    else
        emit exported(path, rows);
}

} // namespace bd
