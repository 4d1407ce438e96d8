#pragma once

// Two steps the tests of derived tables (the AUM rollup, customer_figure) take to prove the
// table is right however a desk's file came to be: one migration run again by itself on an
// older file, and a baseline download into an empty workstation in the hardest page order.
#include "database/baseline/BaselinePage.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace bd::test {

// Runs the migration script `resource` (":/migrations/sqlite/00NN_….sql") on the file at
// `path` through sqlite3 itself, outside the migration runner. Empty when it ran; otherwise
// what went wrong.
inline QString runMigrationScript(const QString &path, const QString &resource)
{
    QFile script(resource);
    if (!script.open(QIODevice::ReadOnly))
        return script.errorString();
    sqlite3 *raw = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &raw) != SQLITE_OK) {
        sqlite3_close(raw);
        return QStringLiteral("cannot open %1").arg(path);
    }
    // The runner gives a migration bd_migration_row(rowid, total), the row count of its
    // progress; outside it, a stand-in that counts nothing.
    sqlite3_create_function(
            raw, "bd_migration_row", 2, SQLITE_UTF8, nullptr,
            [](sqlite3_context *context, int, sqlite3_value **) { sqlite3_result_int(context, 1); },
            nullptr, nullptr);
    char *error = nullptr;
    const int rc = sqlite3_exec(raw, script.readAll().constData(), nullptr, nullptr, &error);
    const QString problem = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(raw);
    return rc == SQLITE_OK ? QString() : (problem.isEmpty() ? QStringLiteral("failed") : problem);
}

// The file at `path` taken back to before migration `resource` by the `undo` statements
// (DROP TABLE ..., DROP TRIGGER ...), with its rows kept, and the migration run again on it
// by runMigrationScript(). Empty when both went through; otherwise what went wrong.
inline QString undoAndRunMigrationScript(const QString &path, const QStringList &undo,
                                         const QString &resource)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &raw) != SQLITE_OK) {
        sqlite3_close(raw);
        return QStringLiteral("cannot open %1").arg(path);
    }
    QString problem;
    for (const QString &statement : undo) {
        char *error = nullptr;
        if (sqlite3_exec(raw, statement.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK)
            problem = statement + QStringLiteral(": ") + QString::fromUtf8(error ? error : "failed");
        sqlite3_free(error);
        if (!problem.isEmpty())
            break;
    }
    sqlite3_close(raw);
    return problem.isEmpty() ? runMigrationScript(path, resource) : problem;
}

// The baseline of the file at `sourcePath` applied to the open, empty `target` as a new
// workstation downloads it: pages of any table in any order with foreign keys off. Here the
// pages in reverse (children before their parents, the harder order for triggers). Empty
// when every page applied; otherwise what went wrong.
inline QString loadBaselineReversed(const QString &sourcePath, Store &target)
{
    BaselinePage::Reader reader(sourcePath);
    if (!reader.isOpen())
        return reader.errorString();
    QList<QByteArray> pages;
    QString table;
    int rows = 0;
    QByteArray body;
    while (reader.next(&table, &rows, &body))
        pages.prepend(body);
    if (!reader.errorString().isEmpty())
        return reader.errorString();
    QSqlQuery pragma(target.database());
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return pragma.lastError().text();
    for (const QByteArray &page : std::as_const(pages)) {
        Transaction transaction(target.database());
        QString error;
        if (BaselinePage::apply(Store::nativeHandle(target.database()), page, &table, &error) < 0)
            return error;
        if (const Result<> committed = transaction.commit(); !committed)
            return committed.errorString();
    }
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return pragma.lastError().text();
    return {};
}

} // namespace bd::test
