#include "app/services/staff/AuthService.h"

#include "app/common/PasswordHasher.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/ServiceLogging.h"
#include "app/services/staff/FieldKeyAccess.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/staff/OfflineVerifierRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace bd {

AuthService::AuthService(Store &store)
    : m_store(store)
{
}

AuthService::Result AuthService::signIn(const QString &username, const QString &password)
{
    Result result;
    StaffRepository staff(m_store);
    std::optional<StaffUser> user = staff.byUsername(username.trimmed());
    const std::optional<OfflineVerifier> verifier
            = OfflineVerifierRepository(m_store).byUsername(username.trimmed());
    Transaction transaction(m_store.database());
    AuditTrail audit(m_store);

    // A server account that signed in online here is checked against what that sign-in
    // left (docs/SECURITY.md §3a): the server's password, role and branch
    // win over the staff row's; the row still gives the id and counts failures.
    if (verifier && verifier->revoked()) {
        result.outcome = Outcome::Inactive;
        result.message = tr("The sync server refused this account at its last sign-in (disabled, "
                            "or its password was changed there). Sign in while connected to "
                            "the server.");
        audit.recordAnonymous(verifier->username, QStringLiteral("sign_in_failed"),
                              QStringLiteral("staff_user"), user ? user->id : QString(),
                              { { QStringLiteral("reason"), QStringLiteral("server_refused") } });
        (void)transaction.commit();
        return result;
    }
    if (verifier && !user) {
        result.outcome = Outcome::Failed;
        result.message = tr("The server account %1 is not on this workstation's staff list yet. "
                            "Ask your administrator to add it to the branch, then sync.")
                                 .arg(verifier->username);
        audit.recordAnonymous(verifier->username, QStringLiteral("sign_in_failed"),
                              QStringLiteral("staff_user"), {},
                              { { QStringLiteral("reason"), QStringLiteral("not_on_roster") } });
        (void)transaction.commit();
        return result;
    }
    if (verifier) {
        user->passwordHash = verifier->passwordHash;
        user->role = verifier->role;
        user->branchId = verifier->branchId;
        user->active = true; // the server said so at the online sign-in
    }
    result.serverAccount = verifier.has_value();

    if (!user) {
        // Same message as a wrong password: do not reveal which user names exist.
        result.outcome = Outcome::WrongCredentials;
        result.message = tr("The user name or password is incorrect.");
        // What was typed is not recorded: people type their password into the user-name
        // field, and the audit log is read by administrators and leaves with every sync.
        audit.recordAnonymous(QString::fromLatin1(kUnknownUserMarker),
                              QStringLiteral("sign_in_failed"), QStringLiteral("staff_user"), {},
                              { { QStringLiteral("reason"), QStringLiteral("unknown_user") } });
        (void)transaction.commit();
        return result;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!user->active) {
        result.outcome = Outcome::Inactive;
        result.message = tr("This account has been disabled. Ask your branch administrator.");
        audit.recordAnonymous(user->username, QStringLiteral("sign_in_failed"),
                              QStringLiteral("staff_user"), user->id,
                              { { QStringLiteral("reason"), QStringLiteral("inactive") } });
        (void)transaction.commit();
        return result;
    }
    if (user->lockedUntil.isValid() && user->lockedUntil > now) {
        result.outcome = Outcome::Locked;
        result.message = tr("Too many wrong passwords: this account is locked until %1.")
                                 .arg(QLocale().toString(user->lockedUntil.toLocalTime().time(),
                                                         QLocale::ShortFormat));
        audit.recordAnonymous(user->username, QStringLiteral("sign_in_failed"),
                              QStringLiteral("staff_user"), user->id,
                              { { QStringLiteral("reason"), QStringLiteral("locked") } });
        (void)transaction.commit();
        return result;
    }
    if (user->passwordHash.isEmpty()) {
        // A roster row that came with the branch, without its hash (docs/SECURITY.md §3a):
        // nothing here to check a password against, so no attempt counts toward a lock-out
        // that would then refuse the person's first online sign-in here.
        result.outcome = Outcome::WrongCredentials;
        result.message = tr("The user name or password is incorrect.");
        audit.recordAnonymous(user->username, QStringLiteral("sign_in_failed"),
                              QStringLiteral("staff_user"), user->id,
                              { { QStringLiteral("reason"), QStringLiteral("no_password_here") } });
        (void)transaction.commit();
        return result;
    }
    if (!PasswordHasher::verify(password, user->passwordHash)) {
        const int failures = user->failedAttempts + 1;
        const bool lock = failures >= kMaxFailedAttempts;
        const QDateTime lockedUntil = lock ? now.addSecs(kLockMinutes * 60) : QDateTime();
        (void)staff.recordFailedSignIn(user->id, lock ? 0 : failures, lockedUntil);
        result.outcome = lock ? Outcome::Locked : Outcome::WrongCredentials;
        result.message = lock ? tr("Too many wrong passwords: this account is locked for %n "
                                   "minutes.",
                                   nullptr, kLockMinutes)
                              : tr("The user name or password is incorrect.");
        audit.recordAnonymous(user->username, QStringLiteral("sign_in_failed"),
                              QStringLiteral("staff_user"), user->id,
                              { { QStringLiteral("reason"), QStringLiteral("wrong_password") },
                                { QStringLiteral("locked"), lock } });
        (void)transaction.commit();
        qCInfo(lcAuth) << "failed sign-in for" << user->username << "attempt" << failures;
        return result;
    }

    // The password is right: open this user's key to the customer data (their key slot).
    // Done before the sign-in transaction: Argon2id takes a moment, and an old file's
    // upgrade runs its own transaction.
    transaction.rollback();
    if (const bd::Result<> unlocked = FieldKeyAccess(m_store).unlockAtSignIn(*user, password);
        !unlocked) {
        result.outcome = Outcome::Failed;
        result.message = unlocked.errorString();
        Transaction refusal(m_store.database());
        AuditTrail(m_store).recordAnonymous(user->username, QStringLiteral("sign_in_failed"),
                                            QStringLiteral("staff_user"), user->id,
                                            { { QStringLiteral("reason"), QStringLiteral("no_data_key") } });
        (void)refusal.commit();
        return result;
    }
    Transaction signInTransaction(m_store.database());

    Session session;
    session.user = *user;
    const std::optional<Branch> branch = BranchRepository(m_store).byId(user->branchId);
    if (branch)
        session.branch = *branch;
    (void)staff.recordSignIn(user->id);
    audit.record(&session, QStringLiteral("sign_in"), QStringLiteral("staff_user"), user->id,
                 verifier ? QJsonObject { { QStringLiteral("verifier"), QStringLiteral("server") } }
                          : QJsonObject());
    if (const bd::Result<> committed = signInTransaction.commit(); !committed) {
        m_store.lockFields();
        result.outcome = Outcome::Failed;
        result.message = tr("Signing in could not be recorded: %1").arg(committed.errorString());
        return result;
    }
    result.outcome = Outcome::SignedIn;
    result.session = session;
    qCInfo(lcAuth) << user->username << "signed in as" << StaffRoles::code(user->role);
    return result;
}

void AuthService::signOut(const Session &session)
{
    m_store.lockFields(); // the data key is wiped once the last reader lets go
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(&session, QStringLiteral("sign_out"), QStringLiteral("staff_user"),
                               session.user.id);
    (void)transaction.commit();
}

} // namespace bd
