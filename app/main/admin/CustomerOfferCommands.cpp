#include "app/main/admin/CustomerOfferCommands.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/main/admin/TextTable.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/households/HouseholdRelation.h"
#include "app/services/households/HouseholdService.h"
#include "app/services/offers/OfferService.h"
#include "app/services/suitability/RiskRating.h"
#include "app/services/suitability/SuitabilityService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace bd::admin::CustomerOfferCommands {

namespace {

QJsonObject offerJson(const Offer &offer)
{
    QJsonArray reasons;
    for (const OfferReason &reason : offer.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), reason.code},
                                   {QStringLiteral("points"), reason.points},
                                   {QStringLiteral("text"), reason.text}});
    return {{QStringLiteral("product"), offer.product.code},
            {QStringLiteral("name"), offer.product.name},
            {QStringLiteral("family"), offer.product.family},
            {QStringLiteral("risk"), RiskRating::productCode(offer.product.risk)},
            {QStringLiteral("minimumFen"), double(offer.product.minimum.fen())},
            {QStringLiteral("needsRecording"), offer.product.needsRecording},
            {QStringLiteral("score"), offer.score},
            {QStringLiteral("reasons"), reasons}};
}

class OffersCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("offers"); }
    QString summary() const override
    {
        return Admin::tr("Show a customer's next best offers and why.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Shows up to three products of the branch's shelf for the "
                                   "customer, each with its reasons, that pass the suitability "
                                   "gate as the customer stands (risk level, a current "
                                   "assessment, no product above R3 for customers of 65 or "
                                   "more) and the contact rules for a marketing contact; with "
                                   "--counter, as for a customer at the counter (only "
                                   "do-not-contact holds). Nothing is recorded."));
        line.addUserOption();
        line.addJsonOption();
        line.addOption({QStringLiteral("counter"),
                        Admin::tr("The customer is at the counter, not called.")});
        line.addCustomerArgument();
        SignedInStore signedIn;
        if (const std::optional<int> stop = signedIn.parseAndOpenFor(line, arguments))
            return *stop;
        const CustomerId &id = signedIn.customerId;
        const Result<OfferList> list = OfferService(signedIn.store, *signedIn.session)
                .offersFor(id, line.isSet(QStringLiteral("counter"))
                                                    ? OfferContext::Counter
                                                    : OfferContext::Outreach);
        if (Console::failed(list))
            return Failure;
        if (line.json()) {
            QJsonArray offers;
            for (const Offer &offer : list->offers)
                offers.append(offerJson(offer));
            Console::json(QJsonObject{{QStringLiteral("customer"), id.toString()},
                                      {QStringLiteral("offers"), offers},
                                      {QStringLiteral("heldBack"), list->heldBack}});
            return Success;
        }
        if (!list->heldBack.isEmpty())
            Console::out(list->heldBack);
        if (list->offers.isEmpty()) {
            if (list->heldBack.isEmpty())
                Console::out(Admin::tr("Nothing on the shelf fits this customer now."));
            return Success;
        }
        TextTable table({Admin::tr("Product"), Admin::tr("Risk"), Admin::tr("双录"),
                         Admin::tr("Why")});
        for (const Offer &offer : list->offers)
            table.addRow({offer.product.code + QLatin1Char(' ') + offer.product.name,
                          RiskRating::productCode(offer.product.risk),
                          offer.product.needsRecording ? Admin::tr("needed") : QStringLiteral("-"),
                          offer.summary()});
        table.print();
        return Success;
    }
};

class SellCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("sell"); }
    QString summary() const override
    {
        return Admin::tr("Record a sale through the suitability gate.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Records the sale of a product of the branch's shelf to the "
                                   "customer, as the workstation does: the suitability gate "
                                   "refuses it, with the reasons, when the customer's risk "
                                   "level is below the product's, the risk assessment is "
                                   "missing or older than 12 months, the customer is 65 or "
                                   "older and the product above R3 without "
                                   "--elderly-confirmation, the product needs 双录 and no "
                                   "--recording is given, or the amount, channel or sales "
                                   "window do not fit. A refusal is audited and exits with 1. "
                                   "Needs sell_products."));
        line.addUserOption();
        line.addOption({QStringLiteral("amount"), Admin::tr("The amount, e.g. 50000 or 5万."),
                        Admin::tr("N")});
        line.addOption({QStringLiteral("channel"),
                        Admin::tr("counter, ebanking, mobile or phone (default: counter)."),
                        Admin::tr("CHANNEL"), QStringLiteral("counter")});
        line.addOption({QStringLiteral("recording"),
                        Admin::tr("The reference of the audio-video recording (双录)."),
                        Admin::tr("REF")});
        line.addOption({QStringLiteral("elderly-confirmation"),
                        Admin::tr("The reference of the extra confirmation of a customer of 65 "
                                  "or more for a product above R3."),
                        Admin::tr("REF")});
        line.addCustomerArgument();
        line.addPositional(QStringLiteral("product"), Admin::tr("Product code of the shelf."),
                           QStringLiteral("PRODUCT"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 2)
            return line.usageError(Admin::tr("Give the customer ID and the PRODUCT code."));
        const std::optional<Money> amount
                = Money::parse(line.value(QStringLiteral("amount")), QLocale::c());
        if (!amount || *amount <= Money())
            return line.usageError(Admin::tr("Give the amount with --amount, e.g. 50000."));
        SignedInStore signedIn;
        if (const int code = signedIn.openFor(line); code != Success)
            return code;
        const CustomerId &id = signedIn.customerId;
        SaleInput sale{*amount, line.value(QStringLiteral("channel")),
                       line.value(QStringLiteral("recording")),
                       line.value(QStringLiteral("elderly-confirmation"))};
        SuitabilityService service(signedIn.store, *signedIn.session);
        const QString product = line.positional().at(1);
        const Result<ProductSaleId> sold = service.recordSale(id, product, sale);
        if (!sold) {
            Console::err(Admin::tr("The sale was refused:"));
            Console::err(sold.errorString());
            return Failure;
        }
        Console::out(Admin::tr("Sale %1 recorded: %2 of %3 to customer %4.")
                             .arg(sold->toString(), amount->toDisplayString(), product,
                                  id.toString()));
        return Success;
    }
};

class HouseholdCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("household"); }
    QString summary() const override
    {
        return Admin::tr("Show a customer's household and suggested links.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Shows the customer's household: its members with their "
                                   "relation, tier and AUM, the household's AUM and how far "
                                   "the next tier is, and customers who may be of the same "
                                   "family (a shared address or mobile, compared through "
                                   "blind keys). Links are made on the workstation."));
        line.addUserOption();
        line.addJsonOption();
        line.addCustomerArgument();
        SignedInStore signedIn;
        if (const std::optional<int> stop = signedIn.parseAndOpenFor(line, arguments))
            return *stop;
        const CustomerId &id = signedIn.customerId;
        const Result<HouseholdPicture> picture
                = HouseholdService(signedIn.store, *signedIn.session).picture(id);
        if (Console::failed(picture))
            return Failure;
        QJsonArray members;
        if (picture->household) {
            for (const HouseholdMemberRow &member : picture->household->members)
                members.append(QJsonObject{{QStringLiteral("id"), member.customerId.toString()},
                                           {QStringLiteral("name"), member.name},
                                           {QStringLiteral("cif"), member.cifNo},
                                           {QStringLiteral("relation"), member.relation},
                                           {QStringLiteral("tier"), member.tier},
                                           {QStringLiteral("aumFen"), double(member.aum.fen())}});
        }
        QJsonArray suggestions;
        for (const HouseholdSuggestion &s : picture->suggestions)
            suggestions.append(QJsonObject{{QStringLiteral("id"), s.otherId.toString()},
                                           {QStringLiteral("name"), s.otherName},
                                           {QStringLiteral("sameAddress"), s.sameAddress},
                                           {QStringLiteral("sameMobile"), s.sameMobile}});
        const HouseholdStanding &standing = picture->standing;
        if (line.json()) {
            Console::json(QJsonObject{
                    {QStringLiteral("household"), picture->household
                             ? QJsonValue(picture->household->id.toString()) : QJsonValue()},
                    {QStringLiteral("members"), members},
                    {QStringLiteral("aumFen"), double(standing.aum.fen())},
                    {QStringLiteral("tier"), Tiers::code(standing.tier)},
                    {QStringLiteral("shortOfNextFen"), double(standing.shortOfNext.fen())},
                    {QStringLiteral("standing"), standing.text()},
                    {QStringLiteral("suggestions"), suggestions}});
            return Success;
        }
        Console::out(standing.text());
        if (picture->household) {
            TextTable table({Admin::tr("Name"), Admin::tr("CIF"), Admin::tr("Relation"),
                             Admin::tr("Tier"), Admin::tr("AUM")});
            for (const HouseholdMemberRow &m : picture->household->members)
                table.addRow({m.name, m.cifNo, HouseholdRelation::label(m.relation),
                              Tiers::label(Tiers::fromCode(m.tier)), m.aum.toDisplayString()});
            table.print();
        }
        for (const HouseholdSuggestion &s : picture->suggestions)
            Console::out(Admin::tr("Possibly the same family: %1 (%2)")
                                 .arg(s.otherName, s.sameAddress && s.sameMobile
                                                           ? Admin::tr("same address and mobile")
                                                           : s.sameAddress ? Admin::tr("same address")
                                                                           : Admin::tr("same mobile")));
        return Success;
    }
};

} // namespace

std::unique_ptr<AdminCommand> offers()
{
    return std::make_unique<OffersCommand>();
}

std::unique_ptr<AdminCommand> sell()
{
    return std::make_unique<SellCommand>();
}

std::unique_ptr<AdminCommand> household()
{
    return std::make_unique<HouseholdCommand>();
}

} // namespace bd::admin::CustomerOfferCommands
