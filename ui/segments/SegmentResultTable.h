#pragma once

#include <QTableView>

class QToolButton;

namespace bd {

class SegmentResultModel;

// The customers of a segment: a table that never reads rows it does not show, sorted by
// a click on any column (the model asks for the query to re-run), with a menu to choose
// the columns shown.
class SegmentResultTable : public QTableView
{
    Q_OBJECT

public:
    explicit SegmentResultTable(SegmentResultModel *model, QWidget *parent = nullptr);

    // The "Columns" button for the table's tool bar; the default columns start ticked.
    QToolButton *newColumnChooser(QWidget *parent);
    QStringList visibleColumnCodes() const; // in the order they are shown

private:
    SegmentResultModel *m_model;
};

} // namespace bd
