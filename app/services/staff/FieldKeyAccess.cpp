#include "app/services/staff/FieldKeyAccess.h"

#include "app/domain/Permission.h"
#include "app/services/core/ServiceLogging.h"
#include "database/core/FieldKeyring.h"
#include "database/core/Store.h"
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
        if (Result<> encrypted = encryptFile(keyring, user.id, password); !encrypted) {
            m_store.lockFields();
            return Error(tr("The customer data of this workstation could not be encrypted: %1")
                                 .arg(encrypted.errorString()));
        }
        qCInfo(lcAuth) << "encrypted the personal data of this file at" << user.username
                       << "'s sign-in";
        return {};
    }
    const Result<FieldKeyring::OpenResult> opened = keyring.open(user.id, password);
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
    // The blind keys need the data key: a file whose index is behind catches up now.
    if (Result<> indexed = CustomerSearchIndex(m_store).ensureCurrent(); !indexed)
        qCWarning(lcAuth) << "cannot bring the search index up to date:" << indexed.errorString();
    return {};
}

Result<> FieldKeyAccess::encryptFile(FieldKeyring &keyring, const QString &userId,
                                     const QString &password)
{
    if (const auto keys = keyring.create(); !keys)
        return keys.error();
    if (Result<> slot = keyring.addSlot(userId, password); !slot)
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

Result<> FieldKeyAccess::grant(const QString &userId, const QString &password)
{
    if (!m_store.fieldsEncrypted())
        return {}; // an old file: encrypted at an administrator's next sign-in
    if (!m_store.fieldKeys())
        return Error(tr("The customer data key is not open here, so this user gets no key to "
                        "it."));
    return FieldKeyring(m_store).addSlot(userId, password);
}

} // namespace bd
