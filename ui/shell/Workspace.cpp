#include "ui/shell/Workspace.h"

#include "ui/common/RowTableView.h"

#include <QAbstractItemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

Workspace::Workspace(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_reader(new BackgroundReader(this))
{
}

QList<QAbstractItemModel *> Workspace::models() const
{
    // Through the views, so the models of panels and tabs count too; the popups of combo
    // boxes and completers are windows of their own and their models are Qt's.
    QList<QAbstractItemModel *> shown;
    for (const QAbstractItemView *view : findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (model && view->window() == window() && !shown.contains(model))
            shown << model;
    }
    return shown;
}

QTableView *Workspace::tableFor(QAbstractItemModel *model, const QString &objectName,
                                int stretchColumn)
{
    QTableView *view = newRowTableView(model, objectName, this);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    if (stretchColumn >= 0) {
        view->horizontalHeader()->setStretchLastSection(false);
        view->setProperty("stretchColumn", stretchColumn);
        view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    }
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(model, &QAbstractItemModel::modelReset, view, [view] { fitColumns(view); });
    return view;
}

QGroupBox *Workspace::section(const QString &title, QWidget *content,
                              QAbstractItemModel *countOf)
{
    auto *box = new QGroupBox(title, this);
    if (countOf) {
        connect(countOf, &QAbstractItemModel::modelReset, box, [box, title, countOf] {
            box->setTitle(QStringLiteral("%1 (%2)").arg(title).arg(countOf->rowCount()));
        });
    }
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

void Workspace::fitColumns(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const int columns = view->model() ? view->model()->columnCount() : 0;
    const int stretch = view->property("stretchColumn").isValid()
            ? view->property("stretchColumn").toInt()
            : columns - 1;
    for (int column = 0; column < columns; ++column) {
        if (column == stretch)
            continue;
        view->resizeColumnToContents(column);
        header->resizeSection(column, qMin(header->sectionSize(column), 320));
    }
}

} // namespace bd
