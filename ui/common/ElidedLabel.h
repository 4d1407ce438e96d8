#pragma once

#include <QLabel>

namespace bd {

// One line of plain text that never asks for more width than its layout gives it: cut with
// "…" where it does not fit, the whole text in the tooltip. A linked customer's summary (a
// long minority name, the ID and phone masks, AUM, manager) widened the lobby's walk-in log
// and cut today's walk-ins beside it (outside testing, issue 15 F11).
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace bd
