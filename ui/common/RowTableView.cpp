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
    // Rows are taken whole and never edited: arrows move in the list, Tab goes on to the next
    // control (a wealth manager could not Tab from "Today" to the referral inbox, #15).
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace bd
