#include "ui/branchfloor/ObservedSignals.h"

#include "app/domain/DomainTerms.h"

#include <QCheckBox>
#include <QGridLayout>

namespace bd {

ObservedSignals::ObservedSignals(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("walkInSignals"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
}

void ObservedSignals::showMoment(const QString &moment)
{
    const QStringList wasOn = observed();
    qDeleteAll(m_boxes);
    m_boxes.clear();
    auto *grid = static_cast<QGridLayout *>(layout());
    int index = 0;
    for (const QString &code : DomainTerms::signalsOf(moment)) {
        auto *box = new QCheckBox(DomainTerms::label(Vocabulary::LobbySignal, code), this);
        box->setObjectName(QStringLiteral("signal_") + code.section(QLatin1Char('.'), 1));
        box->setChecked(wasOn.contains(code));
        connect(box, &QCheckBox::toggled, this, &ObservedSignals::changed);
        grid->addWidget(box, index / 2, index % 2);
        ++index;
        box->show(); // at once, not on the next event loop pass
        m_boxes.insert(code, box);
    }
}

QStringList ObservedSignals::observed() const
{
    QStringList on;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->isChecked())
            on << it.key();
    on.sort();
    return on;
}

void ObservedSignals::setSignal(const QString &code, bool on)
{
    if (QCheckBox *box = m_boxes.value(code))
        box->setChecked(on);
}

void ObservedSignals::clear()
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(false);
}

} // namespace bd
