#pragma once

#include "app/services/core/Session.h"

#include <QGroupBox>
#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace bd {

class Store;

// The central widget of the main window for one role. Reads its data through services
// and its desk's read model (database/workspaces); refresh() reloads everything from the
// store.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    Workspace(Store &store, const Session &session, QWidget *parent = nullptr);

    virtual void refresh() = 0;
    // The item models of every table and list this workspace shows, its panels and tabs
    // included (for tests: each runs under QAbstractItemModelTester).
    QList<QAbstractItemModel *> models() const;

protected:
    Store &store() const { return m_store; }
    const Session &session() const { return m_session; }

    // A read-only table over `model`, rows selected whole, columns fitted after refresh;
    // `stretchColumn` takes the spare width (the last column if -1).
    QTableView *tableFor(QAbstractItemModel *model, const QString &objectName,
                         int stretchColumn = -1);
    // A titled frame around `content`; the title shows the row count when `model` is given.
    QGroupBox *section(const QString &title, QWidget *content,
                       QAbstractItemModel *countOf = nullptr);
    static void fitColumns(QTableView *view);

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
