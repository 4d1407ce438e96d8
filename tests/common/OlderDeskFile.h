#pragma once

// A desk's file of an older schema, made honestly: the real migration runner applies the
// numbered migrations up to a version and stops, as the BranchDesk of that version left its
// files. Tests of what a migration does to existing rows use it instead of dropping by hand
// what every later migration made (which broke with each new migration). Nothing here names
// a migration by number, so adding one needs no edit.
#include "database/core/MigrationRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace bd::test {

// The version of the migration whose file is named 00NN_<description>.sql; 0 when there is none.
inline int migrationVersion(const QString &description)
{
    for (const QString &path : MigrationRunner::migrationFiles()) {
        const QString base = QFileInfo(path).completeBaseName();
        if (base.section(QLatin1Char('_'), 1) == description)
            return base.section(QLatin1Char('_'), 0, 0).toInt();
    }
    return 0;
}

// How many migrations an upgrade from before `version` applies: those numbered `version` and
// later (numbers are given out per task, so one may be missing until its branch is merged).
inline int migrationStepsFrom(int version)
{
    int steps = 0;
    for (const QString &path : MigrationRunner::migrationFiles())
        steps += QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 0, 0).toInt() >= version ? 1 : 0;
    return steps;
}

namespace detail {
inline QString execRaw(sqlite3 *db, const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    const QString problem = QString::fromUtf8(error ? error : sqlite3_errmsg(db));
    sqlite3_free(error);
    return rc == SQLITE_OK ? QString() : problem;
}

inline QStringList columns(sqlite3 *db, const QString &schema, const QString &table)
{
    QStringList names;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            names << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
    }
    sqlite3_finalize(statement);
    return names;
}
} // namespace detail

// Creates the desk file `path` (which must not exist) at schema `version`. Empty when made;
// otherwise what went wrong.
inline QString makeDeskFileAt(const QString &path, int version)
{
    if (QFile::exists(path))
        return QStringLiteral("%1 exists already").arg(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot create %1").arg(path);
    }
    const Result<> migrated = MigrationRunner::migrateUpTo(db, 0, version);
    sqlite3_close(db);
    return migrated ? QString() : migrated.errorString();
}

// Copies the rows of `tables` from the desk file `fromPath` (closed, or at least not
// mid-transaction) into `toPath`, column by column where both schemas have the column:
// the same rows as an older file held them. The older file's own triggers run as they did
// then; foreign keys are not checked (the tables may come in any order). Empty when copied.
inline QString copyRows(const QString &fromPath, const QString &toPath, const QStringList &tables)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(toPath).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open %1").arg(toPath);
    }
    QString problem = detail::execRaw(
            db, QStringLiteral("ATTACH DATABASE '%1' AS source")
                        .arg(QString(fromPath).replace(QLatin1Char('\''), QStringLiteral("''"))));
    for (const QString &table : tables) {
        if (!problem.isEmpty())
            break;
        const QStringList older = detail::columns(db, QStringLiteral("main"), table);
        const QStringList newer = detail::columns(db, QStringLiteral("source"), table);
        QStringList both;
        for (const QString &column : older) {
            if (newer.contains(column))
                both << column;
        }
        if (both.isEmpty()) {
            problem = QStringLiteral("%1 is not in both files").arg(table);
            break;
        }
        const QString list = both.join(QStringLiteral(", "));
        problem = detail::execRaw(db, QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM "
                                                     "source.%1")
                                              .arg(table, list));
    }
    sqlite3_close(db);
    return problem;
}

} // namespace bd::test
