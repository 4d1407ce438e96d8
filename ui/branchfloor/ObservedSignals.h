#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace bd {

// The signals the lobby manager can observe at one moment of a walk-in (entering,
// consulting, waiting), as checkboxes in two columns; only the moment's own are shown.
class ObservedSignals : public QWidget
{
    Q_OBJECT

public:
    explicit ObservedSignals(QWidget *parent = nullptr);

    void showMoment(const QString &moment);
    QStringList observed() const; // the codes ticked, sorted
    void setSignal(const QString &code, bool on);
    void clear();

signals:
    void changed();

private:
    QHash<QString, QCheckBox *> m_boxes;
};

} // namespace bd
