#include "database/baseline/BaselineLoad.h"

#include "database/baseline/BaselinePage.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/SyncState.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

Result<> BaselineLoad::begin(Store &store, const QString &baselineId)
{
    SyncState state(store);
    if (state.baselineId() == baselineId)
        return {};
    return state.beginBaseline(baselineId);
}

Result<> BaselineLoad::restoreIndexes(Store &store)
{
    SyncState state(store);
    const std::optional<QStringList> noted = state.indexesSetAside();
    if (!noted || !state.isAnyBaselineLoaded())
        return {};
    Transaction transaction(store.database());
    QSqlQuery create(store.database());
    for (QString statement : *noted) {
        statement.replace(QStringLiteral("CREATE INDEX "),
                          QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (!create.exec(statement))
            return Error(create.lastError().text());
    }
    const Result<> cleared = state.indexesRestored();
    if (const Result<> done = cleared ? transaction.commit() : cleared; !done)
        return Error(tr("The indexes set aside for the branch download could not be made "
                        "again: %1")
                             .arg(done.errorString()));
    return {};
}

BaselineLoad::BaselineLoad(Store &store)
    : m_store(store)
{
    QSqlQuery pragma(m_store.database());
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
}

BaselineLoad::~BaselineLoad()
{
    QSqlQuery back(m_store.database());
    back.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    back.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    back.exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

Result<> BaselineLoad::setIndexesAside()
{
    SyncState state(m_store);
    if (state.baselinePage() != 0 || state.indexesSetAside())
        return {};
    QSqlDatabase db = m_store.database();
    {
        QSqlQuery empty(db);
        if (!empty.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM customer)"))
            || !empty.next() || !empty.value(0).toBool())
            return {};
    }
    const QStringList indexes = BaselinePage::secondaryIndexes(Store::nativeHandle(db));
    Transaction transaction(db);
    Result<> noted = state.setIndexesAside(indexes);
    QSqlQuery drop(db);
    for (const QString &create : indexes) {
        const QString name = create.section(QLatin1Char(' '), 2, 2);
        if (noted && !drop.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name)))
            noted = Error(drop.lastError().text());
    }
    if (const Result<> done = noted ? transaction.commit() : noted; !done)
        return Error(tr("The indexes could not be set aside for the branch download: %1")
                             .arg(done.errorString()));
    return {};
}

int BaselineLoad::nextPage() const
{
    return SyncState(m_store).baselinePage() + 1;
}

Result<qint64> BaselineLoad::applyPage(const QString &baselineId, int page, const QByteArray &body,
                                       bool last, qint64 asOf)
{
    Transaction transaction(m_store.database());
    QString table;
    QString problem;
    const qint64 rows
            = BaselinePage::apply(Store::nativeHandle(m_store.database()), body, &table, &problem);
    if (rows < 0)
        return Error(tr("A page of the branch download could not be loaded: %1").arg(problem));
    SyncState state(m_store);
    Result<> marked = state.pageApplied(page);
    if (marked && last)
        marked = state.finishBaseline(baselineId, asOf);
    if (!marked)
        return marked.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return rows;
}

} // namespace bd
