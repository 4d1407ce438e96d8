#include "SensitiveColumns.h"

#include "Store.h"

namespace bd {

bool SensitiveColumns::isSensitive(const QString &table, const QString &column)
{
    if (table == QLatin1String("customer"))
        return column == QLatin1String("id_number") || column == QLatin1String("phone")
                || column == QLatin1String("address");
    if (table == QLatin1String("interaction"))
        return column == QLatin1String("customer_voice") || column == QLatin1String("objection");
    return false;
}

// Plain storage for now: the stored form is the text itself.
QString SensitiveColumns::open(const Store &, const QVariant &stored)
{
    return stored.toString();
}

QVariant SensitiveColumns::seal(const Store &, const QString &plain)
{
    return plain;
}

} // namespace bd
