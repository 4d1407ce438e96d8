#include "ui/sync/ConflictReviewDialog.h"

#include "app/domain/CustomerField.h"
#include "app/domain/Masking.h"
#include "app/sync/ConflictReview.h"
#include "ui/common/WindowFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

ConflictReviewDialog::ConflictReviewDialog(Store &store, const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_keep(new QPushButton(tr("&Keep the synced value"), this))
    , m_useLost(new QPushButton(tr("&Restore the other value"), this))
{
    setWindowTitle(tr("Sync conflicts"));
    setObjectName(QStringLiteral("conflictReviewDialog"));
    auto *intro = new QLabel(tr("The same field was changed on two workstations, or a record was "
                                "changed after it had been deleted elsewhere. Sync kept the later "
                                "change; decide whether that is right."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Detected"), tr("Record"), tr("Field"),
                                        tr("Synced value (kept)"), tr("Other value (lost)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_useLost->setObjectName(QStringLiteral("useLostButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->addButton(m_useLost, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_useLost, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = !m_table->selectedItems().isEmpty();
        m_keep->setEnabled(selected);
        m_useLost->setEnabled(selected);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(this, QSize(820, 420));
    reload();
}

void ConflictReviewDialog::reload()
{
    const QList<ConflictReview::Conflict> conflicts = ConflictReview(m_store, m_session).open();
    m_table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const ConflictReview::Conflict &c = conflicts.at(row);
        QString field = c.table == QLatin1String("customer") ? CustomerField::label(c.field)
                                                             : c.field;
        if (c.isSetAside())
            field = tr("Whole change set aside: %1").arg(c.reason);
        // Personal data stays masked here as everywhere else.
        const auto shown = [&c](const QString &value) {
            if (c.table != QLatin1String("customer"))
                return value;
            if (c.field == QLatin1String("id_number"))
                return Masking::idNumber(value);
            if (c.field == QLatin1String("phone"))
                return Masking::phone(value);
            if (c.field == QLatin1String("address"))
                return Masking::address(value);
            return value;
        };
        const QStringList cells = {QLocale().toString(c.detectedAt.toLocalTime(), QLocale::ShortFormat),
                                   c.table + QLatin1Char(' ') + c.rowId.left(8), field,
                                   shown(c.keptValue), shown(c.lostValue)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_keep->setEnabled(false);
    m_useLost->setEnabled(false);
}

void ConflictReviewDialog::decide(bool useLost)
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = selected.first()->data(Qt::UserRole).toString();
    ConflictReview review(m_store, m_session);
    if (const Result<> decided = useLost ? review.useLost(id) : review.keep(id); !decided)
        QMessageBox::warning(this, windowTitle(), decided.errorString());
    reload();
}

} // namespace bd
