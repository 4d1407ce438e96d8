#include "ui/kyc/KycGridView.h"

#include "app/services/kyc/KycCompleteness.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace bd {

KycGridView::KycGridView(const KycQuestionBank &bank, QWidget *parent)
    : QWidget(parent)
    , m_bank(bank)
{
    auto *grid = new QGridLayout(this);
    grid->setSpacing(8);
    const QStringList rows{tr("Past"), tr("Present"), tr("Future")};
    const QStringList columns{tr("Personal & career"), tr("Family"), tr("Finance & investment")};
    for (int column = 0; column < columns.size(); ++column) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(columns.at(column).toHtmlEscaped()));
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, column + 1);
    }
    const QStringList cells = KycCompleteness::cells();
    for (int row = 0; row < rows.size(); ++row) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(rows.at(row)));
        grid->addWidget(header, row + 1, 0);
        for (int column = 0; column < columns.size(); ++column) {
            const QString id = cells.at(row * 3 + column);
            auto *button = new QPushButton;
            button->setObjectName(QStringLiteral("cell:") + id);
            button->setMinimumSize(200, 72);
            button->setMaximumHeight(130);
            button->setAutoDefault(false);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            connect(button, &QPushButton::clicked, this, [this, id] { emit cellChosen(id); });
            m_buttons.insert(id, button);
            grid->addWidget(button, row + 1, column + 1);
        }
    }
    grid->setRowStretch(0, 0);
    for (int row = 1; row <= 3; ++row)
        grid->setRowStretch(row, 1);
    setCompleteness({}, {});
}

void KycGridView::setCompleteness(const QMap<QString, int> &percentByCell, const QString &suggested)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const KycCell *cell = m_bank.cell(it.key());
        const int percent = percentByCell.value(it.key(), 0);
        QString text = QStringLiteral("%1\n%2")
                               .arg(cell ? cell->title.text() : it.key(),
                                    tr("%1% complete").arg(percent));
        if (it.key() == suggested)
            text += QLatin1Char('\n') + tr("suggested next");
        it.value()->setText(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic
        // Completeness as a fill from pale to green; the suggested cell gets a strong border.
        const QString colour = percent >= 100 ? QStringLiteral("#b9e4b9")
                : percent >= 50              ? QStringLiteral("#dff2d8")
                : percent > 0                ? QStringLiteral("#f3f8ee")
                                             : QStringLiteral("#ffffff");
        const QString border = it.key() == suggested ? QStringLiteral("3px solid #2a6ebb")
                                                     : QStringLiteral("1px solid #a0a0a0");
        it.value()->setStyleSheet(QStringLiteral("QPushButton { background: %1; border: %2; "
                                                 "border-radius: 4px; padding: 6px; }")
                                          .arg(colour, border));
    }
}

} // namespace bd
