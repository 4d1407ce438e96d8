#pragma once

#include "app/services/kyc/KycQuestionBank.h"

#include <QMap>
#include <QWidget>

class QPushButton;

namespace bd {

// The PPF nine-grid: rows past / present / future, columns personal & career / family /
// finance & investment; each cell shows how complete it is and opens on a click.
// Compact is the customer 360's small 3x3 of percentages, red to green; Overview is the
// KYC wizard's, large cells with their titles and the suggested next cell.
class KycGrid : public QWidget
{
    Q_OBJECT

public:
    enum class Size { Compact, Overview };

    explicit KycGrid(Size size, const KycQuestionBank &bank = KycQuestionBank::active(),
                     QWidget *parent = nullptr);

    void setCompleteness(const QMap<QString, int> &percentByCell, const QString &suggested = {});
    int percent(const QString &cellId) const { return m_percent.value(cellId, -1); }
    QPushButton *cellButton(const QString &cellId) const { return m_buttons.value(cellId); }

signals:
    void cellChosen(const QString &cellId);

private:
    QPushButton *newCellButton(const QString &cellId, int row, int column);
    void showCompact(QPushButton *button, int percent);
    void showOverview(QPushButton *button, const QString &cellId, int percent, bool suggested);

    const Size m_size;
    const KycQuestionBank &m_bank;
    QMap<QString, QPushButton *> m_buttons;
    QMap<QString, int> m_percent;
};

} // namespace bd
