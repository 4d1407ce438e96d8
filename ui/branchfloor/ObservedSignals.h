#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace bd {

// The signals the lobby manager can observe at one moment of a walk-in (entering,
// consulting, waiting), as checkboxes in two columns (a text too long for half the width
// takes the whole row); only the moment's own are shown. Ticks survive a change of moment:
// they are kept, listed under the boxes, and all count.
class ObservedSignals : public QWidget
{
    Q_OBJECT

public:
    explicit ObservedSignals(QWidget *parent = nullptr);

    void showMoment(const QString &moment);
    QStringList observed() const; // the codes ticked at every moment, sorted
    void setSignal(const QString &code, bool on);
    void clear();

signals:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showElsewhere();
    void arrange();

    QHash<QString, QCheckBox *> m_boxes; // the shown moment's
    QStringList m_shown;                 // their codes, in the order of the vocabulary
    int m_arrangedFor = -1;              // the width arrange() last placed the boxes for
    QSet<QString> m_ticked;              // every moment's
    QLabel *m_elsewhere;
};

} // namespace bd
