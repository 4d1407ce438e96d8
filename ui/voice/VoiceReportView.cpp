#include "ui/voice/VoiceReportView.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/voice/VoiceKind.h"
#include "app/services/voice/VoiceBranchReport.h"
#include "app/services/voice/VoiceTalkingPoints.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/LatestRead.h"
#include "ui/common/WindowFit.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

VoiceReportView::VoiceReportView(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-3), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableWidget(this))
    , m_problem(new QLabel(this))
    , m_reader(new BackgroundReader(this))
    , m_notesRead(new LatestRead(this))
    , m_notesState(new QLabel(this))
{
    setObjectName(QStringLiteral("voiceReport"));
    m_table->setObjectName(QStringLiteral("voiceReportTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Month"), tr("Call list"), tr("Product family"),
                                        tr("Kind"), tr("What was heard"), tr("Times")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    auto *refresh = new QPushButton(tr("&Show"), this);
    auto *filter = new QHBoxLayout;
    filter->addWidget(new QLabel(tr("Objections and competitors heard from"), this));
    filter->addWidget(m_from);
    filter->addWidget(new QLabel(tr("to"), this));
    filter->addWidget(m_to);
    filter->addWidget(refresh);
    filter->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filter);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    m_notesState->setObjectName(QStringLiteral("voiceNotesState"));
    layout->addWidget(m_notesState);
    layout->addWidget(new QLabel(tr("Double-click a row for the notes behind it (masked)."), this));
    connect(refresh, &QPushButton::clicked, this, &VoiceReportView::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { showNotes(row); });
    reload();
}

int VoiceReportView::rowCount() const
{
    return int(m_rows.size());
}

void VoiceReportView::reload()
{
    const quint64 read = ++m_reads;
    Store &store = m_store;
    m_reader->run<Result<QList<VoiceReportRow>>>(
            this,
            [&store, session = m_session, from = m_from->date(), to = m_to->date()] {
                return VoiceBranchReport(store, session).counts(from, to);
            },
            [this, read](Result<QList<VoiceReportRow>> rows) {
                if (read == m_reads)
                    showRows(rows);
            });
}

void VoiceReportView::showRows(const Result<QList<VoiceReportRow>> &rows)
{
    m_rows = rows.valueOr({});
    m_problem->setText(rows ? QString() : rows.errorString());
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const VoiceReportRow &row = m_rows.at(r);
        const std::optional<VoiceKind> kind = VoiceKinds::fromCode(row.kind);
        const QStringList cells{row.month,
                                row.callListName.isEmpty() ? tr("(no call list)") : row.callListName,
                                row.family.isEmpty() ? tr("(any)")
                                                     : DomainTerms::label(Vocabulary::ProductFamily, row.family),
                                kind ? VoiceKinds::label(*kind) : row.kind,
                                VoiceTalkingPoints::labelName(row.kind, row.label),
                                QString::number(row.count)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

void VoiceReportView::showNotes(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_notesState->setText(tr("Reading the notes behind the count…"));
    Store &store = m_store;
    m_notesRead->run<Result<QList<VoiceBranchReport::Note>>>(
            [&store, session = m_session, cell = m_rows.at(row)] {
                return VoiceBranchReport(store, session).notes(cell);
            },
            [this](Result<QList<VoiceBranchReport::Note>> notes) {
                m_notesState->clear();
                openNotes(notes);
            });
}

// Window-modal and opened, not exec'd: the answer arrives in a callback, and a nested
// event loop there would hold the reader's later answers.
void VoiceReportView::openNotes(const Result<QList<VoiceBranchReport::Note>> &notes)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("voiceNotesDialog"));
    dialog->setWindowTitle(tr("Notes behind the count"));
    auto *table = new QTableWidget(dialog);
    table->setObjectName(QStringLiteral("voiceNotesTable"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Day"), tr("Customer"), tr("Heard"), tr("Note (masked)")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    const QList<VoiceBranchReport::Note> list = notes.valueOr({});
    table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const VoiceBranchReport::Note &n = list.at(r);
        const QStringList cells{QLocale().toString(n.notedOn, QLocale::ShortFormat), n.customer,
                                QStringLiteral("%1 \u300c%2\u300d").arg(n.label, n.phrase), n.note};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    if (!notes)
        layout->addWidget(new QLabel(notes.errorString(), dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(dialog, QSize(720, 360));
    dialog->open();
}

} // namespace bd
