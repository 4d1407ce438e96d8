#include "app/main/server/SealedBranchFile.h"

#include "database/core/FieldKeyring.h"
#include "database/core/SensitiveColumns.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace bd {

namespace {
// A consistent copy of a live SQLite file (its WAL included) through SQLite's backup API,
// the source opened read-only: a file copy of a live database could be torn.
Result<> copyDatabase(const QString &from, const QString &to)
{
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    QString problem;
    if (sqlite3_open_v2(from.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        problem = QString::fromUtf8(sqlite3_errmsg(source));
    else if (sqlite3_open_v2(to.toUtf8().constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
             != SQLITE_OK)
        problem = QString::fromUtf8(sqlite3_errmsg(target));
    if (problem.isEmpty()) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (!backup) {
            problem = QString::fromUtf8(sqlite3_errmsg(target));
        } else {
            const int stepped = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (stepped != SQLITE_DONE)
                problem = QString::fromUtf8(sqlite3_errstr(stepped));
        }
    }
    sqlite3_close(target);
    sqlite3_close(source);
    if (!problem.isEmpty())
        return Error(QCoreApplication::translate("server", "%1 cannot be read: %2")
                             .arg(from, problem));
    return {};
}
} // namespace

Result<> SealedBranchFile::unlock(const QString &path, const QString &username,
                                  const QString &password)
{
    if (!m_copyDir.isValid())
        return Error(QCoreApplication::translate("server",
                                                 "No temporary folder for a copy of %1.")
                             .arg(path));
    const QString copy = m_copyDir.filePath(QStringLiteral("branch.db"));
    if (Result<> copied = copyDatabase(path, copy); !copied)
        return copied;
    // The copy may be upgraded by Store; the file it came from never is.
    if (Result<> opened = m_store.open(copy); !opened)
        return opened;
    QSqlQuery admin(m_store.database());
    // Identifiers are sealed to the reveal key, which an administrator's slot never holds:
    // a branch head of the file may import it too (its slot opens them).
    admin.prepare(QStringLiteral("SELECT id, role = 'branch_head' FROM staff_user "
                                 "WHERE username = ? AND role IN ('admin', 'branch_head') "
                                 "AND active = 1"));
    admin.addBindValue(username);
    const auto refused = [&] {
        return Error(QCoreApplication::translate("server",
                                                 "%1 is not the branch head of %2, whose "
                                                 "password opens its customer data.")
                             .arg(username, path));
    };
    if (!admin.exec() || !admin.next())
        return refused();
    const Result<FieldKeyring::OpenResult> slot
            = FieldKeyring(m_store).open(admin.value(0).toString(), password,
                                         admin.value(1).toBool());
    if (!slot)
        return Error(slot.errorString());
    if (*slot != FieldKeyring::OpenResult::Opened)
        return refused();
    return {};
}

BaselinePage::Reader::Opener SealedBranchFile::opener() const
{
    return [this](const QByteArray &stored) -> std::optional<QByteArray> {
        const Result<QString> plain
                = SensitiveColumns::tryOpen(m_store, QString::fromUtf8(stored));
        if (!plain)
            return std::nullopt;
        return plain->toUtf8();
    };
}

QString SealedBranchFile::refusal(const QString &path, const QStringList &sealedColumns)
{
    return QCoreApplication::translate("server",
                                       "%1 holds customer data encrypted under that "
                                       "workstation's own key (%2): the server cannot read it, "
                                       "and workstations loading the branch page by page could "
                                       "not either. Nothing was imported. Set "
                                       "BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD to "
                                       "the branch head of that file to import it readable.")
            .arg(path, sealedColumns.join(QStringLiteral(", ")));
}

} // namespace bd
