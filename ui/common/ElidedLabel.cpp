#include "ui/common/ElidedLabel.h"

#include <QFontMetrics>

namespace bd {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    elide();
}

// As wide as a few characters: the layout decides the width, the text follows it.
QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, QLabel::sizeHint().height()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight,
                                                   contentsRect().width());
    if (shown != text())
        setText(shown);
}

} // namespace bd
