#include "database/privacy/StoredIdentifiers.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QList>

namespace bd::StoredIdentifiers {

const QList<std::pair<QString, QString>> &columns()
{
    static const QList<std::pair<QString, QString>> list = {
            {QStringLiteral("customer"), QStringLiteral("id_number")},
            {QStringLiteral("customer"), QStringLiteral("phone")},
            {QStringLiteral("customer"), QStringLiteral("address")},
            {QStringLiteral("customer"), QStringLiteral("birth_date")},
            {QStringLiteral("referral"), QStringLiteral("contact_phone")}};
    return list;
}

Result<> resealConflicts(Store &store, const Reseal &resealValue, const QString &unopened)
{
    SqlQuery conflicts(store.database());
    conflicts.setForwardOnly(true);
    if (Result<> ran = conflicts.exec(QStringLiteral(
                "SELECT id, table_name, field, kept_value, lost_value FROM sync_conflict "
                "WHERE table_name IN ('customer', 'referral')"));
        !ran)
        return ran;
    // Read whole before any is written: the table is not changed under its own read.
    QList<QVariantList> resealed;
    while (conflicts.next()) {
        const QString table = conflicts.value(1).toString();
        const QString field = conflicts.value(2).toString();
        if (!SensitiveColumns::isIdentifier(table, field))
            continue;
        const Result<QVariant> kept = resealValue(table, field, conflicts.value(3));
        const Result<QVariant> lost = resealValue(table, field, conflicts.value(4));
        if (!kept || !lost)
            return Error(unopened);
        resealed.append({*kept, *lost, conflicts.value(0)});
    }
    conflicts.finish();
    SqlQuery update(store.database());
    update.prepare(QStringLiteral("UPDATE sync_conflict SET kept_value = ?, lost_value = ? "
                                  "WHERE id = ?"));
    for (const QVariantList &values : std::as_const(resealed)) {
        for (int i = 0; i < values.size(); ++i)
            update.bindAt(i, values.at(i));
        if (Result<> ran = update.exec(); !ran)
            return ran;
    }
    return {};
}

} // namespace bd::StoredIdentifiers
