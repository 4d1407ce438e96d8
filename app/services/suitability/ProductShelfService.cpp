#include "app/services/suitability/ProductShelfService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QFileInfo>

namespace bd {

ProductShelfService::ProductShelfService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<ProductShelf> ProductShelfService::current() const
{
    m_notice.clear();
    const Result<std::optional<StoredShelf>> stored
            = ProductShelfStore(m_store).current(BranchId(m_session.branch.id));
    if (!stored)
        return stored.error();
    if (!*stored)
        return ProductShelf::builtIn();
    const ProductShelfFile::Reading reading
            = ProductShelfFile::read((*stored)->content.toUtf8(), (*stored)->sourceName);
    if (!reading.problems.isEmpty()) {
        m_notice = tr("The branch's product shelf (%1) cannot be read; the built-in shelf is "
                      "used: %2")
                           .arg((*stored)->sourceName, reading.problems.first().toString());
        return ProductShelf::builtIn();
    }
    return reading.shelf;
}

Result<std::optional<StoredShelf>> ProductShelfService::loadedFile() const
{
    return ProductShelfStore(m_store).current(BranchId(m_session.branch.id));
}

ProductShelfService::Loading ProductShelfService::load(const QByteArray &bytes,
                                                       const QString &sourceName)
{
    Loading loading;
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ManageProductShelf);
        !may) {
        loading.error = may.errorString();
        return loading;
    }
    const QString name = QFileInfo(sourceName).fileName().left(200);
    const ProductShelfFile::Reading reading = ProductShelfFile::read(bytes, name);
    Transaction transaction(m_store.database());
    AuditTrail audit(m_store);
    if (!reading.problems.isEmpty()) {
        loading.problems = reading.problems;
        audit.record(&m_session, QStringLiteral("product_shelf_refused"),
                     QStringLiteral("branch"), m_session.branch.id,
                     {{QStringLiteral("file"), name},
                      {QStringLiteral("problems"), int(reading.problems.size())}});
        (void)transaction.commit();
        return loading;
    }
    const QString content = QString::fromUtf8(ProductShelfFile::canonicalJson(reading.shelf));
    const Result<> saved = ProductShelfStore(m_store).replace(
            BranchId(m_session.branch.id), content, name, StaffId(m_session.user.id));
    if (!saved) {
        loading.error = tr("The shelf was not replaced: %1").arg(saved.errorString());
        return loading;
    }
    if (!audit.record(&m_session, QStringLiteral("product_shelf_loaded"),
                      QStringLiteral("branch"), m_session.branch.id,
                      {{QStringLiteral("file"), name},
                       {QStringLiteral("format"), reading.csv ? QStringLiteral("csv")
                                                             : QStringLiteral("json")},
                       {QStringLiteral("products"), int(reading.shelf.products().size())}})
        || !transaction.commit()) {
        loading.error = tr("The shelf was not replaced: the change could not be recorded.");
        return loading;
    }
    loading.loaded = true;
    loading.products = int(reading.shelf.products().size());
    return loading;
}

} // namespace bd
