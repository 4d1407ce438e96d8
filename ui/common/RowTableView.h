#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace bd {

// A read-only table of rows over `model`, as the desks show lists: whole rows selected,
// no editing, no row numbers, the last column taking the spare width. Callers add what
// their list needs beyond that (single selection, alternating colours, fitted columns).
QTableView *newRowTableView(QAbstractItemModel *model, const QString &objectName,
                            QWidget *parent);

} // namespace bd
