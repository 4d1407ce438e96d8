#include "app/services/suitability/SuitabilityService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "app/services/suitability/OfferTerms.h"
#include "app/services/suitability/ProductShelfService.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/products/OfferQueries.h"
#include "database/products/OfferRecords.h"

#include <QJsonArray>

namespace bd {

namespace {
// An accepted offer this recent is the one a sale follows.
constexpr int kOfferFollowDays = 30;
} // namespace

SuitabilityService::SuitabilityService(Store &store, const Session &session, const QDate &today)
    : m_store(store)
    , m_session(session)
    , m_today(today)
{
}

Result<> SuitabilityService::allowed(Permission permission) const
{
    return PermissionGate::require(m_store, m_session, permission);
}

Result<SuitabilityService::Subject> SuitabilityService::subject(const CustomerId &customer,
                                                                const QString &productCode) const
{
    const Result<std::optional<CustomerSuitability>> facts
            = OfferQueries(m_store).suitability(customer);
    if (!facts)
        return facts.error();
    if (!*facts || (*facts)->branchId != BranchId(m_session.branch.id))
        return Error(tr("No customer of this branch has the id %1.").arg(customer.toString()));
    ProductShelfService shelves(m_store, m_session);
    const Result<ProductShelf> shelf = shelves.current();
    if (!shelf)
        return shelf.error();
    const ShelfProduct *product = shelf->product(productCode.trimmed());
    if (!product)
        return Error(tr("%1 is not on the branch's product shelf.").arg(productCode.left(40)));
    return Subject{**facts, *product};
}

Result<SuitabilityGate::Verdict> SuitabilityService::check(const CustomerId &customer,
                                                           const QString &productCode,
                                                           const SuitabilityGate::Request &request) const
{
    if (!m_session.can(Permission::ViewCustomers))
        return Error(m_session.refusal(Permission::ViewCustomers));
    const Result<Subject> found = subject(customer, productCode);
    if (!found)
        return found.error();
    return SuitabilityGate::check(found->customer, found->product, request, m_today);
}

Result<QList<HoldingOnShelf>> SuitabilityService::holdingsOnShelf(const CustomerId &customer) const
{
    if (!m_session.can(Permission::ViewCustomers))
        return Error(m_session.refusal(Permission::ViewCustomers));
    const Result<QHash<CustomerId, OfferFacts>> facts
            = OfferQueries(m_store).facts({customer}, m_today, m_today);
    if (!facts)
        return facts.error();
    const auto found = facts->constFind(customer);
    if (found == facts->cend() || found->customer.branchId != BranchId(m_session.branch.id))
        return Error(tr("No customer of this branch has the id %1.").arg(customer.toString()));
    const Result<ProductShelf> shelf = ProductShelfService(m_store, m_session).current();
    if (!shelf)
        return shelf.error();
    QList<HoldingOnShelf> holdings;
    for (const HeldProduct &held : found->holdings) {
        HoldingOnShelf row{held};
        if (const ShelfProduct *product = shelf->product(held.code)) {
            row.risk = product->risk;
            row.needsRecording = product->needsRecording;
            row.aboveLevel = product->risk > found->customer.riskLevel;
        }
        holdings << row;
    }
    return holdings;
}

Result<> SuitabilityService::passGate(const Subject &subject,
                                      const SuitabilityGate::Request &request,
                                      const QString &context)
{
    m_lastVerdict = SuitabilityGate::check(subject.customer, subject.product, request, m_today);
    if (m_lastVerdict.allowed())
        return {};
    // The refusal is the record: it stays even though nothing else is written.
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(
            &m_session, QStringLiteral("suitability_refused"), QStringLiteral("customer"),
            subject.customer.id.toString(),
            {{QStringLiteral("product"), subject.product.code},
             {QStringLiteral("act"), request.act == SuitabilityGate::Act::Sale
                                             ? QStringLiteral("sale")
                                             : QStringLiteral("recommendation")},
             {QStringLiteral("context"), context},
             {QStringLiteral("rules"), QJsonArray::fromStringList(m_lastVerdict.rules())}});
    (void)transaction.commit();
    return Error(m_lastVerdict.reasons());
}

Result<ProductOfferId> SuitabilityService::recordOffer(const CustomerId &customer,
                                                       const QString &productCode,
                                                       const OfferAnswer &answer)
{
    m_lastVerdict = {};
    if (Result<> may = allowed(Permission::RecommendProducts); !may)
        return may.error();
    if (!OfferTerms::responses().contains(answer.response))
        return Error(tr("Say whether the customer accepted, declined or said not now."));
    const bool declined = answer.response == QLatin1String("declined");
    if (declined && !OfferTerms::declineReasons().contains(answer.declineReason))
        return Error(tr("Give the reason the customer declined."));
    if (!OfferTerms::contexts().contains(answer.context))
        return Error(tr("Unknown place of the offer: %1.").arg(answer.context.left(40)));
    const Result<Subject> found = subject(customer, productCode);
    if (!found)
        return found.error();
    SuitabilityGate::Request request;
    request.recordingReference = answer.recordingReference;
    request.elderlyConfirmation = answer.elderlyConfirmation;
    if (Result<> passed = passGate(*found, request, answer.context); !passed)
        return passed.error();

    OfferRecord record;
    record.branch = BranchId(m_session.branch.id);
    record.customer = customer;
    record.productCode = found->product.code;
    record.productFamily = found->product.family;
    record.productRisk = found->product.risk;
    record.reasons = answer.reasons;
    record.context = answer.context;
    record.response = answer.response;
    record.declineReason = declined ? answer.declineReason : QString();
    record.recordingRef = answer.recordingReference.trimmed().left(64);
    record.staff = StaffId(m_session.user.id);
    Transaction transaction(m_store.database());
    const Result<ProductOfferId> inserted = OfferRecords(m_store).insert(record);
    if (!inserted)
        return Error(tr("The answer was not recorded: %1").arg(inserted.errorString()));
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("product_offer_recorded"),
                                    QStringLiteral("customer"), customer.toString(),
                                    {{QStringLiteral("offer"), inserted->toString()},
                                     {QStringLiteral("product"), record.productCode},
                                     {QStringLiteral("response"), record.response},
                                     {QStringLiteral("decline_reason"), record.declineReason},
                                     {QStringLiteral("context"), record.context}})
        || !transaction.commit())
        return Error(tr("The answer was not recorded: the change could not be saved."));
    return *inserted;
}

Result<ProductSaleId> SuitabilityService::recordSale(const CustomerId &customer,
                                                     const QString &productCode,
                                                     const SaleInput &sale)
{
    m_lastVerdict = {};
    if (Result<> may = allowed(Permission::SellProducts); !may)
        return may.error();
    const Result<Subject> found = subject(customer, productCode);
    if (!found)
        return found.error();
    SuitabilityGate::Request request;
    request.act = SuitabilityGate::Act::Sale;
    request.amount = sale.amount;
    request.channel = sale.channel;
    request.recordingReference = sale.recordingReference;
    request.elderlyConfirmation = sale.elderlyConfirmation;
    if (Result<> passed = passGate(*found, request, QStringLiteral("sale")); !passed)
        return passed.error();

    OfferRecords records(m_store);
    const Result<ProductOfferId> offer = records.acceptedOffer(
            customer, found->product.code,
            QDateTime(m_today.addDays(-kOfferFollowDays), QTime(0, 0)));
    if (!offer)
        return offer.error();
    SaleRecord record;
    record.branch = BranchId(m_session.branch.id);
    record.customer = customer;
    record.productCode = found->product.code;
    record.productFamily = found->product.family;
    record.productRisk = found->product.risk;
    record.amount = sale.amount;
    record.channel = sale.channel;
    record.recordingRef = sale.recordingReference.trimmed().left(64);
    record.elderlyConfirmation = sale.elderlyConfirmation.trimmed().left(64);
    record.offer = *offer;
    record.staff = StaffId(m_session.user.id);
    Transaction transaction(m_store.database());
    const Result<ProductSaleId> inserted = records.insert(record);
    if (!inserted)
        return Error(tr("The sale was not recorded: %1").arg(inserted.errorString()));
    if (!AuditTrail(m_store).record(
                &m_session, QStringLiteral("product_sale_recorded"), QStringLiteral("customer"),
                customer.toString(),
                {{QStringLiteral("sale"), inserted->toString()},
                 {QStringLiteral("product"), record.productCode},
                 {QStringLiteral("amount_fen"), double(record.amount.fen())},
                 {QStringLiteral("channel"), record.channel},
                 {QStringLiteral("recording"), !record.recordingRef.isEmpty()},
                 {QStringLiteral("elderly_step"), !record.elderlyConfirmation.isEmpty()}})
        || !transaction.commit())
        return Error(tr("The sale was not recorded: the change could not be saved."));
    return *inserted;
}

} // namespace bd
