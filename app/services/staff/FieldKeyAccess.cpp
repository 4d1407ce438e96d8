#include "app/services/staff/FieldKeyAccess.h"

#include "app/domain/Permission.h"
#include "app/services/core/ServiceLogging.h"
#include "database/core/FieldKeyring.h"
#include "database/core/FieldKeys.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/privacy/IdentifierSealing.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/staff/StaffRepository.h"

#include <utility>

namespace bd {

namespace {
// Installed and used on the thread that signs in (the GUI thread of a desk).
FieldKeyAccess::UpgradeRunner &installedRunner()
{
    static FieldKeyAccess::UpgradeRunner runner;
    return runner;
}

// Long work of an upgrade through the installed runner; `stopped` says whether the user
// stopped it (read once the runner is back: its thread joined).
using Work = std::function<Result<>(const PlaintextSealing::Progress &)>;
Result<> runUpgrade(const Work &work, bool &stopped)
{
    const FieldKeyAccess::Upgrade upgrade = [&work, &stopped](
            const FieldKeyAccess::UpgradeProgress &progress) {
        return work([&progress, &stopped](PlaintextSealing::Step step, qint64 done, qint64 total) {
            if (!progress)
                return true;
            const bool goOn
                    = progress(step == PlaintextSealing::Step::Sealing
                                       ? FieldKeyAccess::tr("Encrypting the customer data")
                                       : FieldKeyAccess::tr("Rebuilding the customer search"),
                               done, total);
            stopped = stopped || !goOn;
            return goOn;
        });
    };
    const FieldKeyAccess::UpgradeRunner &runner = installedRunner();
    return runner ? runner(upgrade) : upgrade({});
}
} // namespace

FieldKeyAccess::RunUpgradesWith::RunUpgradesWith(UpgradeRunner runner)
    : m_previous(std::exchange(installedRunner(), std::move(runner)))
{
}

FieldKeyAccess::RunUpgradesWith::~RunUpgradesWith()
{
    installedRunner() = std::move(m_previous);
}

FieldKeyAccess::FieldKeyAccess(Store &store)
    : m_store(store)
{
}

Result<> FieldKeyAccess::sealPlainValues()
{
    Store &store = m_store;
    return runUpgrade([&store](const PlaintextSealing::Progress &progress) {
        return PlaintextSealing(store).sealAll(progress);
    }, m_upgradeStopped);
}

Error FieldKeyAccess::upgradeFailed(const Result<> &failed) const
{
    if (m_upgradeStopped)
        return Error(tr("Encrypting the customer data was stopped. What is done is kept: it goes "
                        "on at the next sign-in."));
    return Error(tr("The customer data of this workstation could not be encrypted: %1")
                         .arg(failed.errorString()));
}

Result<> FieldKeyAccess::unlockAtSignIn(const StaffUser &user, const QString &password)
{
    FieldKeyring keyring(m_store);
    if (!m_store.fieldsEncrypted()) {
        // A file from before encryption. The key is made by someone who can give the
        // others their slots; until then the file stays as it was.
        if (!Permissions::roleHas(user.role, Permission::ManageUsers)) {
            qCWarning(lcAuth) << "customer data of this file is not encrypted yet: an "
                                 "administrator's sign-in encrypts it";
            return {};
        }
        if (Result<> encrypted = encryptFile(keyring, user, password); !encrypted) {
            m_store.lockFields();
            return upgradeFailed(encrypted);
        }
        qCInfo(lcAuth) << "encrypted the personal data of this file at" << user.username
                       << "'s sign-in";
        return {};
    }
    const bool mayReveal = Permissions::roleHas(user.role, Permission::RevealPersonalData);
    const Result<FieldKeyring::OpenResult> opened = keyring.open(user.id, password, mayReveal);
    if (!opened)
        return Error(tr("The customer data of this workstation could not be opened: %1")
                             .arg(opened.errorString()));
    switch (*opened) {
    case FieldKeyring::OpenResult::Opened:
        break;
    case FieldKeyring::OpenResult::NoSlot:
        return Error(tr("Your account has no key to the encrypted customer data on this "
                        "workstation yet. Ask an administrator to set your password here once."));
    case FieldKeyring::OpenResult::WrongPassword:
        return Error(tr("Your key to the customer data on this workstation was made with another "
                        "password (changed elsewhere?). Ask an administrator to set your password "
                        "here once."));
    }
    // A file from before the reveal key gets it from the first role that may reveal:
    // before sealing, so that an upgrade seals the identifiers once, to it.
    if (mayReveal) {
        if (Result<> made = keyring.ensureRevealKey(); !made) {
            m_store.lockFields();
            return Error(tr("The customer data of this workstation could not be encrypted: %1")
                                 .arg(made.errorString()));
        }
    }
    if (!PlaintextSealing(m_store).isSealed()) { // an interrupted upgrade
        if (Result<> sealed = sealPlainValues(); !sealed) {
            m_store.lockFields();
            return upgradeFailed(sealed);
        }
    }
    if (Result<> moved = moveIdentifiersToRevealKey(); !moved) {
        m_store.lockFields();
        return Error(tr("The customer data of this workstation could not be encrypted: %1")
                             .arg(moved.errorString()));
    }
    if (Result<> followed = followPermissions(); !followed)
        qCWarning(lcAuth) << "key slots do not follow permissions yet:" << followed.errorString();
    // The blind keys need the data key: a file whose index is behind catches up now (a
    // rebuild at a million customers is minutes: through the runner, as the sealing).
    if (!CustomerSearchIndex(m_store).isCurrent()) {
        Store &store = m_store;
        if (Result<> rebuilt = runUpgrade([&store](const PlaintextSealing::Progress &progress) {
                return CustomerSearchIndex(store).rebuild([&progress](qint64 done, qint64 total) {
                    if (progress)
                        (void)progress(PlaintextSealing::Step::Indexing, done, total);
                });
            }, m_upgradeStopped);
            !rebuilt)
            qCWarning(lcAuth) << "cannot rebuild the search index:" << rebuilt.errorString();
    }
    if (Result<> indexed = CustomerSearchIndex(m_store).ensureCurrent(); !indexed)
        qCWarning(lcAuth) << "cannot bring the search index up to date:" << indexed.errorString();
    return {};
}

Result<> FieldKeyAccess::encryptFile(FieldKeyring &keyring, const StaffUser &user,
                                     const QString &password)
{
    if (const auto keys = keyring.create(); !keys)
        return keys.error();
    const bool mayReveal = Permissions::roleHas(user.role, Permission::RevealPersonalData);
    if (Result<> slot = keyring.addSlot(user.id, password, mayReveal); !slot)
        return slot;
    return sealPlainValues();
}

Result<> FieldKeyAccess::prepareForUsers(bool setup)
{
    if (m_store.fieldsEncrypted() || !setup)
        return {};
    if (const auto keys = FieldKeyring(m_store).create(); !keys)
        return keys.error();
    return PlaintextSealing(m_store).sealAll();
}

Result<> FieldKeyAccess::grant(const StaffUser &user, const QString &password)
{
    if (!m_store.fieldsEncrypted())
        return {}; // an old file: encrypted at an administrator's next sign-in
    if (!m_store.fieldKeys())
        return Error(tr("The customer data key is not open here, so this user gets no key to "
                        "it."));
    return FieldKeyring(m_store).addSlot(
            user.id, password, Permissions::roleHas(user.role, Permission::RevealPersonalData));
}

Result<> FieldKeyAccess::followPermissions()
{
    // The role a sign-in would get: an offline verifier's (the server's word) before the
    // staff list's (docs/SECURITY.md §3a).
    SqlQuery roles(m_store.database(), QStringLiteral(
            "SELECT s.id, coalesce(v.role, s.role) FROM staff_user s "
            "LEFT JOIN offline_verifier v ON v.username = s.username AND v.revoked_at IS NULL "
            "WHERE s.active = 1"));
    if (Result<> ran = roles.exec(); !ran)
        return ran;
    QStringList mayReveal;
    while (roles.next()) {
        const std::optional<StaffRole> role = StaffRoles::fromCode(roles.value(1).toString());
        if (role && Permissions::roleHas(*role, Permission::RevealPersonalData))
            mayReveal << roles.value(0).toString();
    }
    roles.finish();
    const Result<int> granted = FieldKeyring(m_store).followPermissions(mayReveal);
    if (!granted)
        return granted.error();
    if (*granted > 0)
        qCInfo(lcAuth) << "granted the reveal key to" << *granted << "key slots";
    return {};
}

Result<> FieldKeyAccess::moveIdentifiersToRevealKey()
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys || !keys->canSealIdentifiers())
        return {}; // no reveal key pair yet: the first role that may reveal makes it
    if (IdentifierSealing(m_store).isMoved())
        return {};
    Store &store = m_store; // a million identifiers sealed again: through the runner
    return runUpgrade([&store](const PlaintextSealing::Progress &) {
        return IdentifierSealing(store).moveToRevealKey();
    }, m_upgradeStopped);
}

} // namespace bd
