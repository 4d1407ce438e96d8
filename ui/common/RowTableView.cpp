#include "ui/common/RowTableView.h"

#include <QHeaderView>
#include <QTableView>

namespace bd {

QTableView *newRowTableView(QAbstractItemModel *model, const QString &objectName,
                            QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace bd
