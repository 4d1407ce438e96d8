#pragma once

#include "app/services/kyc/KycQuestionBank.h"

#include <QMap>
#include <QWidget>

class QPushButton;

namespace bd {

// The PPF nine-grid: rows past / present / future, columns personal & career / family /
// finance & investment; each cell shows its completeness and opens on a click.
class KycGridView : public QWidget
{
    Q_OBJECT

public:
    explicit KycGridView(const KycQuestionBank &bank, QWidget *parent = nullptr);

    void setCompleteness(const QMap<QString, int> &percentByCell, const QString &suggested);
    QPushButton *cellButton(const QString &cellId) const { return m_buttons.value(cellId); }

signals:
    void cellChosen(const QString &cellId);

private:
    const KycQuestionBank &m_bank;
    QMap<QString, QPushButton *> m_buttons;
};

} // namespace bd
