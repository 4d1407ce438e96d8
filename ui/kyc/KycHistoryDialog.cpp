#include "ui/kyc/KycHistoryDialog.h"

#include "app/services/kyc/RiskProfile.h"
#include "database/core/SqlTime.h"
#include "ui/common/WindowFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

namespace {
QString whenText(const QString &timestamp)
{
    if (timestamp.isEmpty())
        return {};
    return QLocale().toString(SqlTime::parseTimestamp(timestamp).toLocalTime(), QLocale::ShortFormat);
}

QTableWidget *makeTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

KycHistoryDialog::KycHistoryDialog(KycService &service, const CustomerId &customer,
                                   QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("KYC history"));
    WindowFit::resizeWithin(this, QSize(900, 600));
    auto *layout = new QVBoxLayout(this);
    // An unreadable history (a version this build cannot read) is said, not shown as a
    // customer without KYC versions: the employee would start a KYC the customer has.
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020"));
    m_problem->hide();
    layout->addWidget(m_problem);
    if (Result<QList<KycSessionRow>> history = service.history(customer); history)
        m_versions = std::move(*history);
    else
        showProblem(tr("The KYC history of this customer cannot be shown: %1")
                            .arg(history.errorString()));
    m_versionTable = makeTable({tr("Version"), tr("Status"), tr("Started"), tr("Finished"),
                                tr("By"), tr("Risk profile")});
    m_versionTable->setObjectName(QStringLiteral("versions"));
    for (const KycSessionRow &version : std::as_const(m_versions)) {
        const int row = m_versionTable->rowCount();
        m_versionTable->insertRow(row);
        const QStringList cells{
            QString::number(version.versionNo),
            version.status == KycSessionState::Final ? tr("Final") : tr("Draft"),
            whenText(version.startedAt), whenText(version.finishedAt), version.staffName,
            version.status == KycSessionState::Final ? RiskProfile{version.riskLevel, 0, {}}.label()
                                                      : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_versionTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_versionTable->resizeColumnsToContents();
    layout->addWidget(m_versionTable, 1);

    auto *pick = new QHBoxLayout;
    m_older = new QComboBox;
    m_older->setObjectName(QStringLiteral("older"));
    m_newer = new QComboBox;
    m_newer->setObjectName(QStringLiteral("newer"));
    for (const KycSessionRow &version : std::as_const(m_versions)) {
        const QString label = tr("Version %1 (%2)")
                                      .arg(version.versionNo)
                                      .arg(version.status == KycSessionState::Final ? tr("final")
                                                                                     : tr("draft"));
        m_older->addItem(label);
        m_newer->addItem(label);
    }
    pick->addWidget(new QLabel(tr("Compare")));
    pick->addWidget(m_older);
    pick->addWidget(new QLabel(tr("with")));
    pick->addWidget(m_newer);
    pick->addStretch();
    layout->addLayout(pick);

    m_diffTable = makeTable({tr("Cell"), tr("Question"), tr("Before"), tr("After")});
    m_diffTable->setObjectName(QStringLiteral("diff"));
    layout->addWidget(m_diffTable, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_older, &QComboBox::currentIndexChanged, this, &KycHistoryDialog::showDiff);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &KycHistoryDialog::showDiff);
    if (m_versions.size() >= 2)
        compare(1, 0);
}

void KycHistoryDialog::compare(int olderIndex, int newerIndex)
{
    m_older->setCurrentIndex(olderIndex);
    m_newer->setCurrentIndex(newerIndex);
    showDiff();
}

void KycHistoryDialog::showDiff()
{
    m_diffTable->setRowCount(0);
    showProblem({});
    const int older = m_older->currentIndex();
    const int newer = m_newer->currentIndex();
    if (older < 0 || newer < 0 || older == newer)
        return;
    const Result<QList<KycAnswerChange>> changes =
            m_service.diff(m_versions.at(older).id, m_versions.at(newer).id);
    if (!changes) {
        showProblem(tr("The two versions cannot be compared: %1").arg(changes.errorString()));
        return;
    }
    for (const KycAnswerChange &change : *changes) {
        const int row = m_diffTable->rowCount();
        m_diffTable->insertRow(row);
        const KycCell *cell = m_service.bank().cell(change.cell);
        const QStringList cells{cell ? cell->title.text() : change.cell, change.question,
                                change.kind == KycAnswerChange::Kind::Added ? tr("(not known)")
                                                                            : change.before,
                                change.kind == KycAnswerChange::Kind::Removed ? tr("(removed)")
                                                                              : change.after};
        for (int column = 0; column < cells.size(); ++column)
            m_diffTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_diffTable->resizeColumnsToContents();
}

void KycHistoryDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace bd
