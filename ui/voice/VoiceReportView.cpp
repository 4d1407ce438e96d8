#include "ui/voice/VoiceReportView.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/voice/VoiceKind.h"
#include "app/services/voice/VoiceBranchReport.h"
#include "app/services/voice/VoiceTalkingPoints.h"
#include "ui/common/BackgroundReader.h"

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
    const Result<QList<VoiceBranchReport::Note>> notes
            = VoiceBranchReport(m_store, m_session).notes(m_rows.at(row));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Notes behind the count"));
    auto *table = new QTableWidget(&dialog);
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    if (!notes)
        layout->addWidget(new QLabel(notes.errorString(), &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(720, 360);
    dialog.exec();
}

} // namespace bd
