#include "app/sync/WorkstationSignIn.h"

#include "app/common/PasswordHasher.h"
#include "app/common/SyncLogging.h"
#include "app/services/core/AuditTrail.h"
#include "app/sync/ServerSignIn.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/staff/OfflineVerifierRepository.h"
#include "database/staff/StaffRepository.h"
#include "database/sync/WorkstationBranch.h"

#include <QJsonObject>

namespace bd {

WorkstationSignIn::WorkstationSignIn(Store &store, QUrl server, QString caFile)
    : m_store(store)
    , m_server(std::move(server))
    , m_caFile(std::move(caFile))
{
}

AuthService::Result WorkstationSignIn::refuse(const QString &message) const
{
    AuthService::Result result;
    result.outcome = AuthService::Outcome::Failed;
    result.message = message;
    return result;
}

WorkstationSignIn::Result WorkstationSignIn::signIn(const QString &username, const QString &password)
{
    Result result;
    const QString name = username.trimmed();
    if (!m_server.isValid() || m_server.isEmpty()) {
        result.auth = AuthService(m_store).signIn(name, password);
        return result;
    }

    const ServerSignIn::Answer answer = ServerSignIn::signIn(m_server, m_caFile, name, password, timeoutMs);
    switch (answer.outcome) {
    case ServerSignIn::Outcome::Accepted: {
        // The same rule as a sync round: a workstation holds its own branch only.
        if (WorkstationBranch::isAnother(m_store, answer.branchId)) {
            result.auth = refuse(tr("The account %1 belongs to another branch than this "
                                    "workstation.")
                                         .arg(name));
            return result;
        }
        if (const bd::Result<> kept = keepVerifier(name, password, answer.role, answer.branchId);
            !kept) {
            result.auth
                    = refuse(tr("Signing in could not be recorded: %1").arg(kept.errorString()));
            return result;
        }
        result.online = true;
        break;
    }
    case ServerSignIn::Outcome::Refused: {
        // A password the verifier still accepts but the server no longer does: the account
        // was disabled or its password changed there. A typing mistake (the verifier does
        // not accept it either) keeps the verifier and counts as a wrong password below.
        const auto verifier = OfflineVerifierRepository(m_store).byUsername(name);
        if (verifier && !verifier->revoked()
            && PasswordHasher::verify(password, verifier->passwordHash))
            revokeVerifier(name);
        result.serverNote = answer.error;
        break;
    }
    case ServerSignIn::Outcome::Unreachable:
    case ServerSignIn::Outcome::Failed:
        result.serverNote = answer.error;
        qCInfo(lcSync) << "signing in offline:" << answer.error;
        break;
    }

    result.auth = AuthService(m_store).signIn(name, password);
    if (result.auth.session || answer.outcome == ServerSignIn::Outcome::Accepted)
        return result;
    if (answer.outcome == ServerSignIn::Outcome::Refused && result.auth.serverAccount
        && result.auth.outcome == AuthService::Outcome::WrongCredentials) {
        result.auth.message = answer.error;
        return result;
    }
    if (answer.outcome != ServerSignIn::Outcome::Refused
        && result.auth.outcome == AuthService::Outcome::WrongCredentials
        && !result.auth.serverAccount) {
        // Nothing here to check this account against: neither an online sign-in's
        // verifier nor a password hash on the staff list.
        const auto user = StaffRepository(m_store).byUsername(name);
        if (!user || user->passwordHash.isEmpty())
            result.auth.message = tr("This workstation cannot check the account %1 while the "
                                     "sync server is out of reach: sign in once while "
                                     "connected to the server.\n\n%2")
                                          .arg(name, answer.error);
    }
    return result;
}

bd::Result<> WorkstationSignIn::rememberOnline(const QString &username, const QString &password)
{
    const QString name = username.trimmed();
    const ServerSignIn::Answer answer
            = ServerSignIn::signIn(m_server, m_caFile, name, password, timeoutMs);
    if (answer.outcome != ServerSignIn::Outcome::Accepted)
        return Error(answer.error);
    if (WorkstationBranch::isAnother(m_store, answer.branchId))
        return Error(tr("The account %1 belongs to another branch than this workstation.")
                             .arg(name));
    return keepVerifier(name, password, answer.role, answer.branchId);
}

bd::Result<> WorkstationSignIn::keepVerifier(const QString &username, const QString &password,
                                             StaffRole role, const QString &branchId)
{
    OfflineVerifier verifier;
    verifier.username = username;
    verifier.server = m_server.toString(QUrl::RemoveUserInfo);
    verifier.passwordHash = PasswordHasher::hash(password); // outside the write lock: ~50 ms
    verifier.role = role;
    verifier.branchId = branchId;
    verifier.verifiedAt = QDateTime::currentDateTimeUtc();
    const auto before = OfflineVerifierRepository(m_store).byUsername(username);
    const auto user = StaffRepository(m_store).byUsername(username);

    Transaction transaction(m_store.database());
    OfflineVerifierRepository verifiers(m_store);
    if (bd::Result<> saved = verifiers.save(verifier); !saved)
        return saved;
    QJsonObject detail { { QStringLiteral("role"), StaffRoles::code(role) } };
    if (before && before->role != role)
        detail.insert(QStringLiteral("previous_role"), StaffRoles::code(before->role));
    AuditTrail(m_store).recordAnonymous(username, QStringLiteral("offline_verifier_saved"),
                                        QStringLiteral("staff_user"), user ? user->id : QString(),
                                        detail);
    return transaction.commit();
}

void WorkstationSignIn::revokeVerifier(const QString &username)
{
    const auto user = StaffRepository(m_store).byUsername(username);
    Transaction transaction(m_store.database());
    (void)OfflineVerifierRepository(m_store).revoke(username);
    AuditTrail(m_store).recordAnonymous(username, QStringLiteral("offline_verifier_revoked"),
                                        QStringLiteral("staff_user"), user ? user->id : QString(),
                                        { { QStringLiteral("reason"), QStringLiteral("server_refused") } });
    (void)transaction.commit();
    qCInfo(lcSync) << "the server refused" << username << "; its offline verifier is revoked";
}

} // namespace bd
