#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace bd {

// The signals the lobby manager can observe at one moment of a walk-in (entering,
// consulting, waiting), as checkboxes in two columns; only the moment's own are shown. Ticks
// survive a change of moment: they are kept, listed under the boxes, and all count.
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

private:
    void showElsewhere();

    QHash<QString, QCheckBox *> m_boxes; // the shown moment's
    QSet<QString> m_ticked;              // every moment's
    QLabel *m_elsewhere;
};

} // namespace bd
