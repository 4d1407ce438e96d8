#include "ui/kyc/KycGrid.h"

#include "app/services/kyc/KycCompleteness.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace bd {

namespace {
constexpr int kSide = 3; // three rows (past, present, future) of three columns

QString rowLabel(int row)
{
    switch (row) {
    case 0: return KycGrid::tr("Past");
    case 1: return KycGrid::tr("Present");
    default: return KycGrid::tr("Future");
    }
}

// The compact grid has room for one word a column only.
QString columnLabel(int column, KycGrid::Size size)
{
    const bool compact = size == KycGrid::Size::Compact;
    switch (column) {
    case 0: return compact ? KycGrid::tr("Personal") : KycGrid::tr("Personal & career");
    case 1: return KycGrid::tr("Family");
    default: return compact ? KycGrid::tr("Finance") : KycGrid::tr("Finance & investment");
    }
}

QString bold(const QString &text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}
} // namespace

KycGrid::KycGrid(Size size, const KycQuestionBank &bank, QWidget *parent)
    : QWidget(parent)
    , m_size(size)
    , m_bank(bank)
{
    setObjectName(QStringLiteral("kycGrid"));
    const bool compact = size == Size::Compact;
    auto *grid = new QGridLayout(this);
    if (compact)
        grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(compact ? 2 : 8);
    for (int column = 0; column < kSide; ++column) {
        const QString label = columnLabel(column, size);
        grid->addWidget(new QLabel(compact ? label : bold(label), this), 0, column + 1,
                        Qt::AlignCenter);
    }
    const QStringList cells = KycCompleteness::cells();
    for (int row = 0; row < kSide; ++row) {
        grid->addWidget(new QLabel(compact ? rowLabel(row) : bold(rowLabel(row)), this),
                        row + 1, 0);
        for (int column = 0; column < kSide; ++column) {
            const QString cellId = cells.at(row * kSide + column);
            grid->addWidget(newCellButton(cellId, row, column), row + 1, column + 1);
        }
    }
    if (!compact) {
        for (int row = 1; row <= kSide; ++row)
            grid->setRowStretch(row, 1);
        setCompleteness({}); // the wizard's cells show their titles from the start
    }
}

QPushButton *KycGrid::newCellButton(const QString &cellId, int row, int column)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QStringLiteral("kycCell_") + cellId);
    button->setAutoDefault(false);
    if (m_size == Size::Compact) {
        button->setMinimumSize(64, 28);
        button->setToolTip(tr("%1 · %2: open the KYC questions")
                                   .arg(rowLabel(row), columnLabel(column, m_size)));
    } else {
        button->setMinimumSize(200, 72);
        button->setMaximumHeight(130);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    connect(button, &QPushButton::clicked, this, [this, cellId] { emit cellChosen(cellId); });
    m_buttons.insert(cellId, button);
    return button;
}

void KycGrid::setCompleteness(const QMap<QString, int> &percentByCell, const QString &suggested)
{
    m_percent = percentByCell;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int percent = percentByCell.value(it.key(), 0);
        if (m_size == Size::Compact)
            showCompact(it.value(), percent);
        else
            showOverview(it.value(), it.key(), percent, it.key() == suggested);
    }
}

// At a glance on the 360: what is missing shows red, what is nearly done green.
void KycGrid::showCompact(QPushButton *button, int percent)
{
    button->setText(tr("%1%").arg(percent));
    const QString colour = percent >= 80 ? QStringLiteral("#c8e6c9")
            : percent >= 40              ? QStringLiteral("#fff3cd")
                                         : QStringLiteral("#f8d7da");
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; border: 1px solid "
                                         "#bbb; border-radius: 3px; }")
                                  .arg(colour));
}

// In the wizard: completeness as a fill from pale to green; the suggested cell gets a
// strong border.
void KycGrid::showOverview(QPushButton *button, const QString &cellId, int percent,
                           bool suggested)
{
    const KycCell *cell = m_bank.cell(cellId);
    QString text = QStringLiteral("%1\n%2").arg(cell ? cell->title.text() : cellId,
                                                tr("%1% complete").arg(percent));
    if (suggested)
        text += QLatin1Char('\n') + tr("suggested next");
    button->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic
    const QString colour = percent >= 100 ? QStringLiteral("#b9e4b9")
            : percent >= 50               ? QStringLiteral("#dff2d8")
            : percent > 0                 ? QStringLiteral("#f3f8ee")
                                          : QStringLiteral("#ffffff");
    const QString border = suggested ? QStringLiteral("3px solid #2a6ebb")
                                     : QStringLiteral("1px solid #a0a0a0");
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; border: %2; "
                                         "border-radius: 4px; padding: 6px; }")
                                  .arg(colour, border));
}

} // namespace bd
