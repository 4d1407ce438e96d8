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
// A click on a column's header sorts the list by it (again: the other way round). Until
// then the rows stay in the order the list was read in (no column is marked).
void sortableByHeader(QTableView *view);

} // namespace bd
