#include "app/main/server/SealedBranchFile.h"

#include "database/core/FieldKeyring.h"
#include "database/core/SensitiveColumns.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace bd {

Result<> SealedBranchFile::unlock(const QString &path, const QString &username,
                                  const QString &password)
{
    if (Result<> opened = m_store.open(path); !opened)
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
                                                 "%1 is not an administrator of %2 whose "
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
                                       "an administrator of that file to import it readable.")
            .arg(path, sealedColumns.join(QStringLiteral(", ")));
}

} // namespace bd
