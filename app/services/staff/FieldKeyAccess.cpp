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

bool FieldKeyAccess::unlockAtSignIn(const StaffUser &user, const QString &password)
{
    FieldKeyring keyring(m_store);
    if (!m_store.fieldsEncrypted()) {
        // A file from before encryption. The key is made by someone who can give the
        // others their slots; until then the file stays as it was.
        if (!Permissions::roleHas(user.role, Permission::ManageUsers)) {
            qCWarning(lcAuth) << "customer data of this file is not encrypted yet: an "
                                 "administrator's sign-in encrypts it";
            return true;
        }
        PlaintextSealing sealing(m_store);
        if (!keyring.create() || !keyring.addSlot(user.id, password) || !sealing.sealAll()) {
            m_error = tr("The customer data of this workstation could not be encrypted: %1")
                              .arg(keyring.errorString() + sealing.errorString());
            m_store.lockFields();
            return false;
        }
        qCInfo(lcAuth) << "encrypted the personal data of this file at" << user.username
                       << "'s sign-in";
        return true;
    }
    switch (keyring.open(user.id, password)) {
    case FieldKeyring::OpenResult::Opened: {
        PlaintextSealing sealing(m_store);
        if (!sealing.isSealed() && !sealing.sealAll()) { // an interrupted upgrade
            m_error = tr("The customer data of this workstation could not be encrypted: %1")
                              .arg(sealing.errorString());
            m_store.lockFields();
            return false;
        }
        // The blind keys need the data key: a file whose index is behind catches up now.
        CustomerSearchIndex index(m_store);
        if (!index.ensureCurrent())
            qCWarning(lcAuth) << "cannot bring the search index up to date:" << index.errorString();
        return true;
    }
    case FieldKeyring::OpenResult::NoSlot:
        m_error = tr("Your account has no key to the encrypted customer data on this "
                     "workstation yet. Ask an administrator to set your password here once.");
        return false;
    case FieldKeyring::OpenResult::WrongPassword:
        m_error = tr("Your key to the customer data on this workstation was made with another "
                     "password (changed elsewhere?). Ask an administrator to set your password "
                     "here once.");
        return false;
    case FieldKeyring::OpenResult::Failed:
        break;
    }
    m_error = tr("The customer data of this workstation could not be opened: %1")
                      .arg(keyring.errorString());
    return false;
}

bool FieldKeyAccess::prepareForUsers(bool setup)
{
    if (m_store.fieldsEncrypted() || !setup)
        return true;
    FieldKeyring keyring(m_store);
    if (!keyring.create()) {
        m_error = keyring.errorString();
        return false;
    }
    PlaintextSealing sealing(m_store);
    if (!sealing.sealAll()) {
        m_error = sealing.errorString();
        return false;
    }
    return true;
}

bool FieldKeyAccess::grant(const QString &userId, const QString &password)
{
    if (!m_store.fieldsEncrypted())
        return true; // an old file: encrypted at an administrator's next sign-in
    if (!m_store.fieldKeys()) {
        m_error = tr("The customer data key is not open here, so this user gets no key to it.");
        return false;
    }
    FieldKeyring keyring(m_store);
    if (!keyring.addSlot(userId, password)) {
        m_error = keyring.errorString();
        return false;
    }
    return true;
}

} // namespace bd
