#include "app/services/suitability/OfferTerms.h"

#include "app/domain/CodeLabels.h"
#include "app/domain/DomainTerms.h"

namespace bd::OfferTerms {

namespace {
// An unknown stored code reads as the domain's readable form of it.
QString labelOf(const CodeLabels &list, const QString &code)
{
    if (const std::optional<QString> label = list.label(code))
        return *label;
    return DomainTerms::readable(code);
}

const CodeLabels kResponses("OfferTerms", {
        {"accepted", QT_TRANSLATE_NOOP("OfferTerms", "Accepted")},
        {"declined", QT_TRANSLATE_NOOP("OfferTerms", "Declined")},
        {"not_now", QT_TRANSLATE_NOOP("OfferTerms", "Not now")}});

const CodeLabels kDeclineReasons("OfferTerms", {
        {"not_interested", QT_TRANSLATE_NOOP("OfferTerms", "Not interested")},
        {"no_spare_money", QT_TRANSLATE_NOOP("OfferTerms", "No spare money")},
        {"risk_too_high", QT_TRANSLATE_NOOP("OfferTerms", "Too risky for them")},
        {"term_too_long", QT_TRANSLATE_NOOP("OfferTerms", "Term too long")},
        {"return_too_low", QT_TRANSLATE_NOOP("OfferTerms", "Return too low")},
        {"holds_elsewhere", QT_TRANSLATE_NOOP("OfferTerms", "Holds something like it elsewhere")},
        {"other", QT_TRANSLATE_NOOP("OfferTerms", "Other reason")}});

const CodeLabels kContexts("OfferTerms", {
        {"customer360", QT_TRANSLATE_NOOP("OfferTerms", "Customer 360")},
        {"prep_sheet", QT_TRANSLATE_NOOP("OfferTerms", "Call prep sheet")},
        {"counter", QT_TRANSLATE_NOOP("OfferTerms", "Counter, step 6")},
        {"command_line", QT_TRANSLATE_NOOP("OfferTerms", "Command line")}});

const CodeLabels kReasons("OfferTerms", {
        {"maturity", QT_TRANSLATE_NOOP("OfferTerms", "A holding matures")},
        {"money_arriving", QT_TRANSLATE_NOOP("OfferTerms", "Money arriving")},
        {"interest", QT_TRANSLATE_NOOP("OfferTerms", "Interest from KYC or tags")},
        {"voice", QT_TRANSLATE_NOOP("OfferTerms", "The customer's own words")},
        {"browsed", QT_TRANSLATE_NOOP("OfferTerms", "Browsed in mobile banking")},
        {"needs", QT_TRANSLATE_NOOP("OfferTerms", "Fits a stated need")},
        {"tier_distance", QT_TRANSLATE_NOOP("OfferTerms", "Close to the next tier")},
        {"household_distance", QT_TRANSLATE_NOOP("OfferTerms", "Household close to the next tier")},
        {"peers", QT_TRANSLATE_NOOP("OfferTerms", "Held by similar customers")},
        {"new_family", QT_TRANSLATE_NOOP("OfferTerms", "A second product family")}});
} // namespace

QStringList responses() { return kResponses.codes(); }
QString responseLabel(const QString &code) { return labelOf(kResponses, code); }
QStringList declineReasons() { return kDeclineReasons.codes(); }
QString declineReasonLabel(const QString &code) { return labelOf(kDeclineReasons, code); }
QStringList contexts() { return kContexts.codes(); }
QStringList reasonCodes() { return kReasons.codes(); }
QString reasonLabel(const QString &code) { return labelOf(kReasons, code); }

} // namespace bd::OfferTerms
