#pragma once

#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace bd {

class FieldKeyring;
class Store;
struct StaffUser;

// When the file's data key is made, opened and given to a user (docs/SECURITY.md):
// - a new file gets its key with its first user (init, demo, tests' set-up) and every user
//   added or given a password while the key is open gets a key slot;
// - sign-in opens the user's slot; a user without one (added on another workstation and
//   pulled, or whose password was changed elsewhere) is refused with a message saying
//   how to get one: an administrator sets their password here;
// - a file from before encryption gets its key at the first sign-in of a user who manages
//   users (who can then give the others slots), and its plain values are sealed then;
// - identifiers are sealed to the file's reveal key pair, made (for a file from before it)
//   at the first sign-in of a role that may reveal, whose slot gets its secret half; a
//   holder's sign-in grants it to the other slots of such roles, and every sign-in
//   withdraws it from slots whose role may no longer reveal.
class FieldKeyAccess
{
    Q_DECLARE_TR_FUNCTIONS(FieldKeyAccess)

public:
    // An old file's upgrade at sign-in (sealing its plain values, PlaintextSealing) is
    // minutes of work at a million customers. By default it runs where the sign-in does
    // (the CLI, tests); a desk installs a runner for the length of a sign-in that runs it on
    // a worker thread behind a progress window (ui/shell/DataUpgradeProgress). The upgrade
    // reports each step (in the user's words) and stops when the report returns false; it
    // uses the Store's connection of whichever thread runs it.
    using UpgradeProgress = std::function<bool(const QString &step, qint64 done, qint64 total)>;
    using Upgrade = std::function<Result<>(const UpgradeProgress &progress)>;
    using UpgradeRunner = std::function<Result<>(const Upgrade &upgrade)>;
    class RunUpgradesWith
    {
    public:
        explicit RunUpgradesWith(UpgradeRunner runner);
        ~RunUpgradesWith();
        Q_DISABLE_COPY_MOVE(RunUpgradesWith)

    private:
        UpgradeRunner m_previous;
    };

    explicit FieldKeyAccess(Store &store);

    // After the password was verified. An error: sign-in must not go on.
    Result<> unlockAtSignIn(const StaffUser &user, const QString &password);
    // Before adding a user (outside a transaction): a new file being set up (init, demo,
    // tests' fixtures; setup == true) without a data key gets one now.
    Result<> prepareForUsers(bool setup);
    // A user added or given a new password, inside the caller's transaction: a key slot
    // under that password if the key is open. An old unencrypted file needs none.
    // The slot gets the reveal key when the user's role may reveal and this session holds
    // it; otherwise at the next sign-in of someone who does (followPermissions).
    Result<> grant(const StaffUser &user, const QString &password);
    // Every slot follows its user's role: the reveal key granted (if this session holds it)
    // to roles with reveal_personal_data, withdrawn from the others.
    Result<> followPermissions();

private:
    // Makes the data key, the user's slot and seals the plain values (an old file).
    Result<> encryptFile(FieldKeyring &keyring, const StaffUser &user, const QString &password);
    // Identifiers still under the data key (an old file, changes pushed before the reveal
    // key existed) move to the reveal key.
    Result<> moveIdentifiersToRevealKey();
    Result<> sealPlainValues(); // PlaintextSealing::sealAll through the installed runner
    Error upgradeFailed(const Result<> &failed) const; // stopped, or why it failed


    Store &m_store;
    bool m_upgradeStopped = false;
};

} // namespace bd
