#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "app/services/suitability/ProductShelfFile.h"
#include "database/products/ProductShelfStore.h"

#include <QCoreApplication>

namespace bd {

class Store;

// The branch's product shelf: the one in force (the last file loaded, else the one built
// in) and loading a new file from the bank, which replaces the shelf only if it has no
// problem at all. Loads are audited, refused ones too.
class ProductShelfService
{
    Q_DECLARE_TR_FUNCTIONS(ProductShelfService)

public:
    ProductShelfService(Store &store, const Session &session);

    // Needs nothing beyond a session: every desk offers from the shelf.
    Result<ProductShelf> current() const;
    // Where the branch's loaded shelf came from; none: the built-in shelf is in force.
    Result<std::optional<StoredShelf>> loadedFile() const;
    // A stored shelf that no longer reads (it cannot be, it was checked) falls back to the
    // built-in one; this says so, empty otherwise.
    QString notice() const { return m_notice; }

    struct Loading
    {
        bool loaded = false;
        int products = 0;
        QList<ShelfProblem> problems; // the file's problems: nothing was replaced
        QString error;                // a refusal or a failure to save
    };
    // Needs manage_product_shelf.
    Loading load(const QByteArray &bytes, const QString &sourceName);

private:
    Store &m_store;
    const Session &m_session;
    mutable QString m_notice;
};

} // namespace bd
