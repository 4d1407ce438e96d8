#include "ui/common/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bd {

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_caption(new QLabel(caption, this))
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("figureValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setWordWrap(true);
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_caption->setPalette(muted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
}

void FigureTile::setValue(const QString &value)
{
    m_value->setText(value);
}

QString FigureTile::value() const
{
    return m_value->text();
}

} // namespace bd
