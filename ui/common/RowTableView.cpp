#include "ui/common/RowTableView.h"

#include "ui/common/RowTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <utility>

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

// A refresh replaces a list's rows wholesale, and a model reset leaves the view without a
// current row; Tab or a button would then take the first row (a wealth manager logged a
// call outcome on the customer above the one she had chosen when the day was read again
// behind her). The current row is found again by its key; if it is gone, nothing is chosen.
class KeepsCurrentRowAcrossRefresh : public QObject
{
public:
    explicit KeepsCurrentRowAcrossRefresh(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        connect(view->model(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            const QModelIndex current = m_view->currentIndex();
            m_key = current.isValid() ? current.data(RowKeyRole).toString() : QString();
            m_column = current.isValid() ? current.column() : 0;
            m_selected = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
        });
        connect(view->model(), &QAbstractItemModel::modelReset, this, [this] { findAgain(); });
    }

private:
    void findAgain()
    {
        const QString key = std::exchange(m_key, QString());
        QAbstractItemModel *model = m_view->model();
        if (key.isEmpty() || !m_view->selectionModel())
            return;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, m_column);
            if (index.data(RowKeyRole).toString() != key)
                continue;
            m_view->selectionModel()->setCurrentIndex(
                    index, m_selected ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                                      : QItemSelectionModel::NoUpdate);
            return;
        }
    }

    QTableView *m_view;
    QString m_key;
    int m_column = 0;
    bool m_selected = false;
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
    if (model)
        new KeepsCurrentRowAcrossRefresh(view);
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
