#include "ui/customer360/KycGrid.h"

#include "app/services/kyc/KycCompleteness.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace bd {

namespace {
QString rowLabel(const QString &row)
{
    if (row == QLatin1String("past"))
        return KycGrid::tr("Past");
    if (row == QLatin1String("present"))
        return KycGrid::tr("Present");
    return KycGrid::tr("Future");
}

QString columnLabel(const QString &column)
{
    if (column == QLatin1String("personal"))
        return KycGrid::tr("Personal");
    if (column == QLatin1String("family"))
        return KycGrid::tr("Family");
    return KycGrid::tr("Finance");
}
} // namespace

KycGrid::KycGrid(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kycGrid"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QStringList cells = KycCompleteness::cells();
    for (int i = 0; i < cells.size(); ++i) {
        const QString cell = cells.at(i);
        const QStringList parts = cell.split(QLatin1Char('.'));
        const int row = i / 3;
        const int column = i % 3;
        if (column == 0)
            layout->addWidget(new QLabel(rowLabel(parts.value(0)), this), row + 1, 0);
        if (row == 0)
            layout->addWidget(new QLabel(columnLabel(parts.value(1)), this), 0, column + 1,
                              Qt::AlignCenter);
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("kycCell_") + cell);
        button->setMinimumSize(64, 28);
        button->setAutoRaise(false);
        button->setToolTip(tr("%1 · %2: open the KYC questions")
                                   .arg(rowLabel(parts.value(0)), columnLabel(parts.value(1))));
        connect(button, &QToolButton::clicked, this, [this, cell] { emit cellClicked(cell); });
        layout->addWidget(button, row + 1, column + 1);
        m_buttons.insert(cell, button);
    }
}

void KycGrid::setPercentByCell(const QMap<QString, int> &percentByCell)
{
    m_percent = percentByCell;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int value = percentByCell.value(it.key(), 0);
        it.value()->setText(tr("%1%").arg(value));
        const QString colour = value >= 80   ? QStringLiteral("#c8e6c9")
                : value >= 40                ? QStringLiteral("#fff3cd")
                                             : QStringLiteral("#f8d7da");
        it.value()->setStyleSheet(QStringLiteral("QToolButton { background: %1; border: 1px solid "
                                                 "#bbb; border-radius: 3px; }")
                                          .arg(colour));
    }
}

} // namespace bd
