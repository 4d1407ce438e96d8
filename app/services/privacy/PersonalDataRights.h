#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace bd {

class Store;

// The customer's rights over their data (PIPL arts. 45 and 47): a copy of everything
// stored about them, and erasure on request. Erasure anonymises the customer and blanks
// their personal data in every table, as synced changes so every workstation and the
// server do the same; the audit trail stays intact (it holds no personal data).
class PersonalDataRights
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataRights)

public:
    PersonalDataRights(Store &store, const Session &session);

    // Needs ExportPersonalData. Unmasked: it is for the customer themselves.
    Result<QJsonObject> exportFor(const CustomerId &customer);

    // Needs ErasePersonalData. `requestReference` (the request form number) is required and
    // audited; it must not contain personal data. The number of rows changed.
    Result<int> erase(const CustomerId &customer, const QString &requestReference);

private:
    Store &m_store;
    const Session &m_session;
};

} // namespace bd
