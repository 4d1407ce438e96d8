#pragma once

#include <QMap>
#include <QWidget>

class QToolButton;

namespace bd {

// The PPF nine-grid as a small 3x3 of completeness percentages; a click asks for the
// KYC wizard.
class KycGrid : public QWidget
{
    Q_OBJECT

public:
    explicit KycGrid(QWidget *parent = nullptr);
    void setPercentByCell(const QMap<QString, int> &percentByCell);
    int percent(const QString &cell) const { return m_percent.value(cell, -1); }

signals:
    void cellClicked(const QString &cell);

private:
    QMap<QString, QToolButton *> m_buttons;
    QMap<QString, int> m_percent;
};

} // namespace bd
