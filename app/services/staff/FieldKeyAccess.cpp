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

namespace bd {

FieldKeyAccess::FieldKeyAccess(Store &store)
    : m_store(store)
{
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
            return Error(tr("The customer data of this workstation could not be encrypted: %1")
                                 .arg(encrypted.errorString()));
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
    PlaintextSealing sealing(m_store);
    if (!sealing.isSealed()) { // an interrupted upgrade
        if (Result<> sealed = sealing.sealAll(); !sealed) {
            m_store.lockFields();
            return Error(tr("The customer data of this workstation could not be encrypted: %1")
                                 .arg(sealed.errorString()));
        }
    }
    // A file from before the reveal key gets it from the first role that may reveal.
    if (mayReveal) {
        if (Result<> made = keyring.ensureRevealKey(); !made) {
            m_store.lockFields();
            return Error(tr("The customer data of this workstation could not be encrypted: %1")
                                 .arg(made.errorString()));
        }
    }
    if (Result<> moved = moveIdentifiersToRevealKey(); !moved) {
        m_store.lockFields();
        return Error(tr("The customer data of this workstation could not be encrypted: %1")
                             .arg(moved.errorString()));
    }
    if (Result<> followed = followPermissions(); !followed)
        qCWarning(lcAuth) << "key slots do not follow permissions yet:" << followed.errorString();
    // The blind keys need the data key: a file whose index is behind catches up now.
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
    return PlaintextSealing(m_store).sealAll();
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
    return IdentifierSealing(m_store).moveToRevealKey();
}

} // namespace bd
