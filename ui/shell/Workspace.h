#pragma once

#include "app/services/core/Session.h"
#include "ui/common/BackgroundReader.h"

#include <QGroupBox>
#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace bd {

class Store;

// The central widget of the main window for one role. Reads its data through services
// and its desk's read model (database/workspaces); refresh() reloads everything from the
// store. A desk whose figures take long at branch size reads them off the GUI thread
// (load()): the window is usable at once and the figures fill in (#15 item 20).
class Workspace : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loaded)

public:
    Workspace(Store &store, const Session &session, QWidget *parent = nullptr);

    virtual void refresh() = 0;
    // After a sync round that brought only opportunities (the server's, another desk's, a
    // merge of two): what shows them is read again, nothing else. By default everything.
    virtual void refreshOpportunities() { refresh(); }
    // True from a refresh() until its figures are shown (then loaded() is emitted).
    bool isLoading() const { return m_loading; }
    // How many times the workspace began reading its desk (tests: a read that changes
    // nothing on screen is not made).
    quint64 loadsBegun() const { return m_loads; }
    // The item models of every table and list this workspace shows, its panels and tabs
    // included (for tests: each runs under QAbstractItemModelTester).
    QList<QAbstractItemModel *> models() const;

signals:
    void loaded();

protected:
    // Runs `read` on the workspace's reader thread (its own database connection) and hands
    // the result to `show` on the GUI thread. Only the latest load is shown: a refresh while
    // one runs supersedes it.
    template <typename T>
    void load(std::function<T()> read, std::function<void(T)> show)
    {
        const quint64 load = ++m_loads;
        m_loading = true;
        m_reader->run<T>(this, std::move(read), [this, load, show = std::move(show)](T figures) {
            if (load != m_loads)
                return;
            show(std::move(figures));
            m_loading = false;
            emit loaded();
        });
    }

    // For a quick part of the desk, called just before the refresh's load(): runs `read` on
    // a reader thread of its own, so `show` has its part on screen before the slow rest is
    // read, and never waits for a slow read an earlier refresh still runs (at a branch of
    // 1,000,000 the ranking of the book takes seconds; a sync round's new opportunity waited
    // behind it). Dropped like the load() if a later refresh supersedes it. isLoading()
    // stays true until the load() is shown.
    template <typename T>
    void loadFirst(std::function<T()> read, std::function<void(T)> show)
    {
        // The number of the load() that follows.
        loadPart<T>(m_loads + 1, std::move(read), std::move(show));
    }
    // A part of the refresh read on load()'s thread just before the load() that follows: shown
    // as soon as it is in while the rest is read (the wealth manager's money arriving, care
    // steps and book before the ranking of the day, issue #15 item 20). Dropped like the
    // load() if a later refresh supersedes it; isLoading() stays true until the load() is shown.
    template <typename T>
    void loadBefore(std::function<T()> read, std::function<void(T)> show)
    {
        m_reader->run<T>(this, std::move(read),
                         [this, load = m_loads + 1, show = std::move(show)](T part) {
                             if (load == m_loads)
                                 show(std::move(part));
                         });
    }
    // The quick part alone, no load() after it (refreshOpportunities()): on loadFirst()'s
    // thread; dropped if a refresh begins meanwhile.
    template <typename T>
    void loadAlone(std::function<T()> read, std::function<void(T)> show)
    {
        loadPart<T>(m_loads, std::move(read), std::move(show));
    }

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
    template <typename T>
    void loadPart(quint64 load, std::function<T()> read, std::function<void(T)> show)
    {
        if (!m_firstReader) // a thread (and connection) only for the workspaces that use it
            m_firstReader = new BackgroundReader(this);
        m_firstReader->run<T>(this, std::move(read), [this, load, show = std::move(show)](T part) {
            if (load == m_loads)
                show(std::move(part));
        });
    }

    Store &m_store;
    Session m_session;
    BackgroundReader *m_reader; // waits for its running read when the workspace goes
    BackgroundReader *m_firstReader = nullptr; // loadFirst()'s
    quint64 m_loads = 0;
    bool m_loading = false;
};

} // namespace bd
