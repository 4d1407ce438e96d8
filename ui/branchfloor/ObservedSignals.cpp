#include "ui/branchfloor/ObservedSignals.h"

#include "app/domain/DomainTerms.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QSet>

namespace bd {

namespace {
// Letters the lobby window uses elsewhere: the menu bar (文件 F, 视图 V, 帮助 H) and the
// desk's buttons made after the log (打印 P, 新建推荐表 W). The rest is read from the window.
const QString kReserved = QStringLiteral("FVHPW");

QChar letterOf(const QString &text)
{
    const QString key = QKeySequence::mnemonic(text).toString();
    return key.isEmpty() ? QChar() : key.back().toUpper();
}

// The label with an Alt letter no other control of the window has: on a letter of a Latin
// label ("&Assured posture"), or appended as Chinese software does ("衣着考究(&A)").
QString withMnemonic(const QString &label, QSet<QChar> &taken)
{
    for (int i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i).toUpper();
        if (c >= u'A' && c <= u'Z' && !taken.contains(c)) {
            taken.insert(c);
            return label.left(i) + QLatin1Char('&') + label.mid(i);
        }
    }
    for (char16_t c = u'A'; c <= u'Z'; ++c) {
        if (!taken.contains(QChar(c))) {
            taken.insert(QChar(c));
            return QStringLiteral("%1(&%2)").arg(label, QChar(c));
        }
    }
    return label;
}
} // namespace

ObservedSignals::ObservedSignals(QWidget *parent)
    : QWidget(parent)
    , m_elsewhere(new QLabel(this))
{
    setObjectName(QStringLiteral("walkInSignals"));
    m_elsewhere->setObjectName(QStringLiteral("walkInSignalsElsewhere"));
    m_elsewhere->setWordWrap(true);
    m_elsewhere->hide();
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_elsewhere, 100, 0, 1, 2); // below every moment's rows
}

void ObservedSignals::showMoment(const QString &moment)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    m_shown.clear();
    QSet<QChar> taken;
    for (const QChar c : kReserved)
        taken.insert(c);
    for (const QAbstractButton *button : window()->findChildren<QAbstractButton *>())
        taken.insert(letterOf(button->text()));
    for (const QLabel *label : window()->findChildren<QLabel *>())
        if (label->buddy())
            taken.insert(letterOf(label->text()));
    for (const QString &code : DomainTerms::signalsOf(moment)) {
        // Alt+letter ticks a signal while the eyes stay on the customer (the user guide).
        auto *box = new QCheckBox(withMnemonic(DomainTerms::label(Vocabulary::LobbySignal, code),
                                               taken),
                                  this);
        box->setObjectName(QStringLiteral("signal_") + code.section(QLatin1Char('.'), 1));
        box->setChecked(m_ticked.contains(code));
        connect(box, &QCheckBox::toggled, this, [this, code](bool on) {
            if (on)
                m_ticked.insert(code);
            else
                m_ticked.remove(code);
            emit changed();
        });
        box->show(); // at once, not on the next event loop pass
        m_boxes.insert(code, box);
        m_shown << code;
    }
    m_arrangedFor = -1;
    arrange();
    showElsewhere();
}

void ObservedSignals::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

// Two boxes a row while both texts fit half the width; a longer one gets a row of its own,
// so no text is cut (English at 1366x768, #15).
void ObservedSignals::arrange()
{
    if (m_arrangedFor == width())
        return;
    m_arrangedFor = width();
    auto *grid = static_cast<QGridLayout *>(layout());
    const int half = (width() - grid->horizontalSpacing()) / 2;
    int row = 0;
    int column = 0;
    for (const QString &code : std::as_const(m_shown)) {
        QCheckBox *box = m_boxes.value(code);
        grid->removeWidget(box);
        if (box->sizeHint().width() <= half) {
            grid->addWidget(box, row, column);
            row += column;
            column = 1 - column;
            continue;
        }
        row += column; // after a half-filled row
        grid->addWidget(box, row++, 0, 1, 2);
        column = 0;
    }
}

// The ticks of the moments not shown, so a change of moment hides nothing.
void ObservedSignals::showElsewhere()
{
    QStringList lines;
    for (const QString &moment : DomainTerms::codes(Vocabulary::LobbyMoment)) {
        QStringList ticked;
        for (const QString &code : DomainTerms::signalsOf(moment))
            if (m_ticked.contains(code) && !m_boxes.contains(code))
                ticked << DomainTerms::label(Vocabulary::LobbySignal, code);
        if (!ticked.isEmpty())
            lines << tr("Also ticked at \"%1\": %2")
                             .arg(DomainTerms::label(Vocabulary::LobbyMoment, moment),
                                  ticked.join(tr(", ")));
    }
    m_elsewhere->setText(lines.join(QLatin1Char('\n')));
    m_elsewhere->setVisible(!lines.isEmpty());
}

QStringList ObservedSignals::observed() const
{
    QStringList on(m_ticked.cbegin(), m_ticked.cend());
    on.sort();
    return on;
}

void ObservedSignals::setSignal(const QString &code, bool on)
{
    if (QCheckBox *box = m_boxes.value(code)) {
        box->setChecked(on); // toggled() keeps m_ticked
        return;
    }
    if (on == m_ticked.contains(code) || !DomainTerms::codes(Vocabulary::LobbySignal).contains(code))
        return;
    if (on)
        m_ticked.insert(code);
    else
        m_ticked.remove(code);
    showElsewhere();
    emit changed();
}

void ObservedSignals::clear()
{
    const QList<QCheckBox *> boxes = m_boxes.values();
    for (QCheckBox *box : boxes)
        box->setChecked(false);
    m_ticked.clear();
    showElsewhere();
}

} // namespace bd
