#include "ui/common/RowTableView.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace bd {

namespace {
// Tab into a list takes its current row (the first if none): a row that only has the focus
// frame is not taken by the buttons that act on the selection, and Home or an arrow that
// lands on the same row selects nothing (#15: a wealth manager tabbed into the referral
// inbox and found no referral chosen).
class TakesCurrentRowOnFocus : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *view = static_cast<QTableView *>(watched);
        if (event->type() == QEvent::FocusIn && view->model() && view->selectionModel()
            && !view->selectionModel()->hasSelection() && view->model()->rowCount() > 0) {
            const QModelIndex current = view->currentIndex().isValid()
                    ? view->currentIndex()
                    : view->model()->index(0, 0);
            view->selectionModel()->setCurrentIndex(
                    current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        return false;
    }
};
} // namespace

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
    view->installEventFilter(new TakesCurrentRowOnFocus(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void sortableByHeader(QTableView *view)
{
    // Marked on no column first: enabling sorting sorts at once by the marked column.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->horizontalHeader()->setSectionsClickable(true);
}

} // namespace bd
