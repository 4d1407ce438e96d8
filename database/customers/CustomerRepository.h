#pragma once

#include "app/domain/Result.h"
#include "database/customers/CustomerSummary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace bd {

class Store;

class CustomerRepository
{
public:
    explicit CustomerRepository(Store &store);

    // As staff type: name or part of it, pinyin or initials, mobile or ID number (whole or
    // last digits), CIF. Best match first (see CustomerSearchIndex), then by AUM.
    QList<CustomerSummary> find(const QString &text, int limit = 50) const;
    QList<CustomerSummary> byManager(const QString &managerId, int limit = 200) const;
    // Every column of the customer row, plus manager_name and branch_code.
    std::optional<QVariantMap> details(const QString &id) const;
    // Updates the given columns if the row is still at baseVersion, bumps the version and
    // records the change; call inside a Transaction. Column names must come from code,
    // never from user text (they are checked against the table's columns).
    enum class UpdateResult { Updated, NotFound, VersionConflict };
    Result<UpdateResult> update(const QString &id, const QVariantMap &columns, int baseVersion);
    int count() const;

private:
    // A failed read logs and finds no one.
    QList<CustomerSummary> select(const QString &where, const QVariantList &values,
                                  const QString &orderAndLimit) const;

    Store &m_store;
};

} // namespace bd
