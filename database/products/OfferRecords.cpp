#include "database/products/OfferRecords.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QVariantMap>

namespace bd {

namespace {
QVariant orSyncedNull(const QString &text)
{
    return text.isEmpty() ? QVariant::fromValue(nullptr) : QVariant(text);
}

// Inserts one row of `table` with the given columns (names from code) and records it.
Result<> insertRow(Store &store, const QString &table, const QString &id,
                   const QList<std::pair<QString, QVariant>> &columns)
{
    QStringList names{QStringLiteral("id")};
    QVariantMap fields;
    SqlQuery insert(store.database());
    for (const auto &[name, value] : columns)
        names << name;
    names << QStringLiteral("updated_at");
    insert.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                           .arg(table, names.join(QStringLiteral(", ")),
                                QStringList(names.size(), QStringLiteral("?"))
                                        .join(QStringLiteral(", "))));
    insert.bind(id);
    for (const auto &[name, value] : columns) {
        const bool isNull = value.metaType() == QMetaType::fromType<std::nullptr_t>();
        insert.bind(isNull ? SqlValue::nullText() : value);
        fields.insert(name, value);
    }
    insert.bind(SqlTime::now());
    if (Result<> ran = insert.exec(); !ran)
        return ran;
    return ChangeRecorder(store).recordUpsert(table, id, fields, 0);
}
} // namespace

OfferRecords::OfferRecords(Store &store)
    : m_store(store)
{
}

Result<ProductOfferId> OfferRecords::insert(const OfferRecord &offer)
{
    const ProductOfferId id(Uuid7Generator::generate());
    const Result<> inserted = insertRow(
            m_store, QStringLiteral("product_offer"), id.toString(),
            {{QStringLiteral("branch_id"), offer.branch.toString()},
             {QStringLiteral("customer_id"), offer.customer.toString()},
             {QStringLiteral("product_code"), offer.productCode},
             {QStringLiteral("product_family"), offer.productFamily},
             {QStringLiteral("product_risk"), offer.productRisk},
             {QStringLiteral("reasons"), offer.reasons.join(QLatin1Char(','))},
             {QStringLiteral("context"), offer.context},
             {QStringLiteral("response"), offer.response},
             {QStringLiteral("decline_reason"), orSyncedNull(offer.declineReason)},
             {QStringLiteral("recording_ref"), offer.recordingRef.isNull() ? QStringLiteral("")
                                                                           : offer.recordingRef},
             {QStringLiteral("staff_id"), orSyncedNull(offer.staff.toString())},
             {QStringLiteral("offered_at"), SqlTime::now()}});
    if (!inserted)
        return inserted.error();
    return id;
}

Result<ProductSaleId> OfferRecords::insert(const SaleRecord &sale)
{
    const ProductSaleId id(Uuid7Generator::generate());
    const Result<> inserted = insertRow(
            m_store, QStringLiteral("product_sale"), id.toString(),
            {{QStringLiteral("branch_id"), sale.branch.toString()},
             {QStringLiteral("customer_id"), sale.customer.toString()},
             {QStringLiteral("product_code"), sale.productCode},
             {QStringLiteral("product_family"), sale.productFamily},
             {QStringLiteral("product_risk"), sale.productRisk},
             {QStringLiteral("amount_fen"), qint64(sale.amount.fen())},
             {QStringLiteral("channel"), sale.channel},
             {QStringLiteral("recording_ref"), sale.recordingRef.isNull() ? QStringLiteral("")
                                                                          : sale.recordingRef},
             {QStringLiteral("elderly_confirmation"), sale.elderlyConfirmation.isNull()
                      ? QStringLiteral("") : sale.elderlyConfirmation},
             {QStringLiteral("offer_id"), orSyncedNull(sale.offer.toString())},
             {QStringLiteral("staff_id"), orSyncedNull(sale.staff.toString())},
             {QStringLiteral("sold_at"), SqlTime::now()}});
    if (!inserted)
        return inserted.error();
    return id;
}

Result<ProductOfferId> OfferRecords::acceptedOffer(const CustomerId &customer,
                                                   const QString &productCode,
                                                   const QDateTime &since) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT id FROM product_offer WHERE customer_id = ? "
                                  "AND offered_at >= ? AND product_code = ? "
                                  "AND response = 'accepted' AND deleted = 0 "
                                  "ORDER BY offered_at DESC LIMIT 1"));
    query.bind(customer).bind(SqlTime::timestamp(since)).bind(productCode);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    return query.next() ? ProductOfferId(query.text(0)) : ProductOfferId();
}

} // namespace bd
