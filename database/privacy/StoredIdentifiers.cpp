#include "database/privacy/StoredIdentifiers.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QList>
#include <QStringList>

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

QString tablesInSql()
{
    static const QString list = [] {
        QStringList tables;
        for (const auto &column : columns()) {
            const QString quoted = QLatin1Char('\'') + column.first + QLatin1Char('\'');
            if (!tables.contains(quoted))
                tables << quoted;
        }
        return QLatin1Char('(') + tables.join(QStringLiteral(", ")) + QLatin1Char(')');
    }();
    return list;
}

Result<> resealConflicts(Store &store, const Reseal &resealValue, const QString &unopened)
{
    // A page at a time in id order, each read whole before it is written (the table is not
    // changed under its own read): memory stays bounded however many conflicts a desk kept.
    constexpr int kPage = 500;
    QString after; // none yet (NULL: from the first id on)
    for (;;) {
        SqlQuery conflicts(store.database());
        conflicts.setForwardOnly(true);
        conflicts.prepare(QStringLiteral("SELECT id, table_name, field, kept_value, lost_value "
                                         "FROM sync_conflict WHERE table_name IN %1 AND "
                                         "id > coalesce(?, '') "
                                         "ORDER BY id LIMIT %2")
                                  .arg(tablesInSql())
                                  .arg(kPage));
        conflicts.bindAt(0, after);
        if (Result<> ran = conflicts.exec(); !ran)
            return ran;
        QList<QVariantList> resealed;
        int read = 0;
        while (conflicts.next()) {
            ++read;
            after = conflicts.value(0).toString();
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
        if (read < kPage)
            return {};
    }
}

} // namespace bd::StoredIdentifiers
