#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bd {

class Store;

// Shows one masked field of one customer in full, for a stated reason: needs
// RevealPersonalData and a typed reason, and leaves an audit entry naming the field and
// the reason (never the value).
class PersonalDataReveal
{
    Q_DECLARE_TR_FUNCTIONS(PersonalDataReveal)

public:
    enum class Field { IdNumber, Phone, Address };
    static constexpr int kMinimumReasonLength = 4;

    PersonalDataReveal(Store &store, const Session &session);

    Result<QString> reveal(const CustomerId &customer, Field field, const QString &reason);
    static QString code(Field field);
    static bool fromCode(const QString &code, Field *field);
    static QString label(Field field); // translated

private:
    Store &m_store;
    const Session &m_session;
};

} // namespace bd
