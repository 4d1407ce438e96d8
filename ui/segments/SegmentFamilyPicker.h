#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace bd {

// The product families a holding condition (amount held, maturing) is limited to: a
// button saying "All products" or the families chosen, opening a menu of checkable
// families. None ticked means all families.
class SegmentFamilyPicker : public QToolButton
{
    Q_OBJECT

public:
    explicit SegmentFamilyPicker(QWidget *parent = nullptr);

    QStringList families() const; // codes, in the menu's order
    void setFamilies(const QStringList &families);

signals:
    void changed();

private:
    void updateText();

    QMenu *m_menu;
};

} // namespace bd
