#include "app/services/calls/CallPrepSheet.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/calls/LifecycleRules.h"
#include "app/services/calls/ManagerDay.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycQuestionBank.h"
#include "app/services/voice/VoiceTalkingPoints.h"
#include "database/calls/CallQueries.h"

#include <algorithm>

namespace bd {

namespace {
QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString money(qint64 fen)
{
    return Money::fromFen(fen).toDisplayString();
}

// The arrival record of a holding's maturity (source "maturity", the holding's day) is the
// same money as the holding: listed and counted once, as the holding (the 360's rule, and
// CallQueries::rankingFacts'). Only an active holding speaks for it: one of a status this
// version does not know is counted nowhere, so the arrival must be listed on its own.
bool isHoldingMaturity(const FundArrivalRow &arrival, const QList<HoldingRow> &holdings)
{
    if (arrival.source != QLatin1String("maturity"))
        return false;
    return std::any_of(holdings.cbegin(), holdings.cend(), [&](const HoldingRow &h) {
        return h.isActive() && h.productFamily != QLatin1String("loan")
               && h.maturityDate == arrival.expectedOn;
    });
}

QString cellTitle(const QString &cellId)
{
    for (const KycCell &cell : KycQuestionBank::active().cells()) {
        if (cell.id == cellId)
            return cell.title.text();
    }
    return cellId;
}
} // namespace

Result<CallPrepSheet::Data> CallPrepSheet::collect(Store &store, const Session &session,
                                                   const CustomerId &customerId,
                                                   const CallClock &clock)
{
    Data data;
    data.today = localToday(clock);
    const Result<Customer360> customer = Customer360Service(store, session).load(customerId,
                                                                                 data.today);
    if (!customer)
        return customer.error();
    data.customer = *customer;
    const bool dnc = customer->profile.doNotContact;
    data.score = ManagerDay(store, session, clock).scoreOf(customerId, dnc);
    const ContactPolicy policy(ContactRules::load(store), clock);
    data.warnings = policy.checkContact(CallQueries(store).contactFacts(customerId, policy.periodStart()),
                                        ContactPolicy::Purpose::Marketing, QStringLiteral("phone"), clock());
    data.talkingPoints = talkingPoints(*customer, data.today);
    // The offers pass the gate and the contact rules already; a failure to read them only
    // leaves them off the sheet.
    const Result<OfferList> offers
            = OfferService(store, session, clock).offersFor(customerId);
    if (offers)
        data.offers = *offers;
    else
        data.offers.heldBack = offers.errorString();
    if (const bd::Result<VoiceTalkingPoints::Points> voice
        = VoiceTalkingPoints::of(store, customerId, data.today))
        data.voiceTopics = voice->all();
    return data;
}

QStringList CallPrepSheet::talkingPoints(const Customer360 &c, const QDate &today)
{
    QStringList points;
    const QLocale locale;
    // Money that frees up soon: take it over before it leaves.
    for (const HoldingRow &h : c.holdings) {
        if (h.isActive() && h.maturityDate.isValid() && h.productFamily != QLatin1String("loan")
            && today.daysTo(h.maturityDate) >= 0 && today.daysTo(h.maturityDate) <= 30)
            points << tr("%1 of %2 matures on %3: offer a follow-on product before it leaves.")
                              .arg(money(h.amount.fen()), h.productName,
                                   locale.toString(h.maturityDate, QLocale::ShortFormat));
    }
    for (const FundArrivalRow &f : c.fundArrivals) {
        if (isHoldingMaturity(f, c.holdings))
            continue;
        if (f.status == QLatin1String("expected") && today.daysTo(f.expectedOn) >= 0
            && today.daysTo(f.expectedOn) <= 30)
            points << tr("Expects %1 (%2) on %3: ask what the money is for.")
                              .arg(money(f.amount.fen()),
                                   DomainTerms::label(Vocabulary::FundArrivalSource, f.source),
                                   locale.toString(f.expectedOn, QLocale::ShortFormat));
    }
    // Recent interest and the last objection.
    QStringList browsed;
    for (const TimelineEntry &e : c.timeline) {
        if (e.source == TimelineEntry::Source::Event && e.kind.startsWith(QLatin1String("browse_"))
            && e.occurredAt.toLocalTime().date().daysTo(today) <= 30) {
            const QString label = DomainTerms::label(Vocabulary::EventKind, e.kind);
            if (!browsed.contains(label))
                browsed << label;
        }
    }
    if (!browsed.isEmpty())
        points << tr("Recent interest: %1. Ask what caught their eye.").arg(browsed.join(QStringLiteral(", ")));
    for (const TimelineEntry &e : c.timeline) {
        if (e.source == TimelineEntry::Source::Interaction && !e.isVoided() && !e.objection.isEmpty()) {
            points << tr("Last objection: \"%1\". Prepare an answer; do not ask again what they already told us.")
                              .arg(e.objection);
            break;
        }
    }
    // What we do not know yet: the least complete nine-grid cell.
    if (!c.kycPercentByCell.isEmpty()) {
        const QString cell = KycCompleteness::suggestedNextCell(c.kycPercentByCell);
        if (!cell.isEmpty() && c.kycPercentByCell.value(cell) < 100)
            points << tr("KYC: ask about %1 (%2% known).").arg(cellTitle(cell)).arg(c.kycPercentByCell.value(cell));
    }
    // The 360's alerts (single product family, birthday, downgrade ...) are talking points
    // too; the maturities are already listed one by one above.
    for (const CustomerAlerts::Alert &alert : c.alerts) {
        if (alert.kind != CustomerAlerts::Kind::MaturityApproaching)
            points << alert.reason;
    }
    return points;
}

QString CallPrepSheet::html(const Data &d, const QLocale &locale)
{
    const CustomerDetails &p = d.customer.profile;
    QString out;
    out += QStringLiteral("<html><body style='font-size:8pt'>");
    out += QStringLiteral("<h2>%1</h2>").arg(escape(tr("Call prep sheet: %1").arg(d.customer.name())));
    if (!d.warnings.isEmpty()) {
        out += QStringLiteral("<p style='color:#b03020'><b>%1</b><br/>%2</p>")
                       .arg(escape(tr("Contact rules: do not call unless overridden with a reason")),
                            escape(ContactPolicy::messages(d.warnings)).replace(QLatin1Char('\n'),
                                                                                 QStringLiteral("<br/>")));
    }
    // Who
    out += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' width='100%'>").arg(escape(tr("Who")));
    // A blank cell on paper reads as a field the printer lost: say that nothing is on file.
    auto row = [&](const QString &label, const QString &value) {
        out += QStringLiteral("<tr><td width='30%'><b>%1</b></td><td>%2</td></tr>")
                       .arg(escape(label), escape(value.isEmpty() ? tr("not on file") : value));
    };
    row(tr("Customer"), tr("%1 (CIF %2), %3").arg(d.customer.name(), p.cifNo,
                                                    d.customer.age >= 0 ? tr("%n years", nullptr, d.customer.age) : tr("age unknown")));
    row(tr("ID number"), p.idNumber);
    row(tr("Phone"), p.phone);
    row(tr("Tier and AUM"), tr("%1, %2").arg(Tiers::label(p.tier), money(p.aum.fen())));
    const QString reason = p.lifecycleReason;
    const QString stage = DomainTerms::label(p.lifecycleStage.stored());
    row(tr("Lifecycle"), reason.isEmpty()
            ? stage
            : tr("%1 (%2)").arg(stage, LifecycleRules::reasonLabel(reason)));
    const QString preferred = p.preferredContact;
    row(tr("Preferred contact"),
        preferred.isEmpty() ? QString() : DomainTerms::label(Vocabulary::ContactChannel, preferred));
    const QString why = d.score.summary();
    row(tr("Why now (score %1)").arg(d.score.points), why.isEmpty() ? tr("nothing due") : why);
    out += QStringLiteral("</table>");

    // Money and maturities
    out += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='2' width='100%'>")
                   .arg(escape(tr("Money and maturities")));
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(escape(tr("Product")), escape(tr("Family")), escape(tr("Amount")), escape(tr("Matures")));
    for (const HoldingRow &h : d.customer.holdings)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                       .arg(escape(h.productShown()),
                            escape(DomainTerms::label(Vocabulary::ProductFamily, h.productFamily)),
                            escape(money(h.amount.fen())),
                            escape(h.maturityDate.isValid() ? locale.toString(h.maturityDate, QLocale::ShortFormat)
                                                            : tr("open-ended")));
    for (const FundArrivalRow &f : d.customer.fundArrivals) {
        if (f.status == QLatin1String("expected") && !isHoldingMaturity(f, d.customer.holdings))
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                           .arg(escape(f.note.isEmpty() ? tr("Expected arrival") : f.note),
                                escape(DomainTerms::label(Vocabulary::FundArrivalSource, f.source)),
                                escape(money(f.amount.fen())), escape(locale.toString(f.expectedOn, QLocale::ShortFormat)));
    }
    if (d.customer.holdings.isEmpty() && d.customer.fundArrivals.isEmpty())
        out += QStringLiteral("<tr><td colspan='4'>%1</td></tr>")
                       .arg(escape(tr("No holdings at the bank and no money expected.")));
    out += QStringLiteral("</table>");

    // Interests and tags
    QStringList tags;
    for (const CustomerTagRow &t : d.customer.tags)
        tags << t.value;
    out += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escape(tr("Interests and tags")),
                                                       escape(tags.isEmpty() ? tr("none yet") : tags.join(QStringLiteral(", "))));

    // Last contacts and the customer's voice
    out += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='2' width='100%'>")
                   .arg(escape(tr("Last contacts and customer voice")));
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(escape(tr("When")), escape(tr("Outcome")), escape(tr("Customer voice")), escape(tr("Objection")));
    int shown = 0;
    for (const TimelineEntry &e : d.customer.timeline) {
        if (e.source != TimelineEntry::Source::Interaction || e.isVoided())
            continue; // a voided contact is no contact: left out, never counted
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                       .arg(escape(locale.toString(e.occurredAt.toLocalTime().date(), QLocale::ShortFormat)),
                            escape(DomainTerms::label(e.outcome)),
                            escape(e.detail), escape(e.objection));
        if (++shown == kContacts)
            break;
    }
    if (shown == 0)
        out += QStringLiteral("<tr><td colspan='4'>%1</td></tr>").arg(escape(tr("No contact logged yet.")));
    out += QStringLiteral("</table>");

    // Next best offers (issue #20): what to suggest, why, and what the sale will need.
    out += QStringLiteral("<h3>%1</h3>").arg(escape(tr("Next best offers")));
    if (d.offers.offers.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(escape(d.offers.heldBack.isEmpty()
                                                              ? tr("Nothing on the shelf fits now.")
                                                              : d.offers.heldBack));
    } else {
        out += QStringLiteral("<ol>");
        for (const Offer &offer : d.offers.offers)
            out += QStringLiteral("<li><b>%1 %2</b> (R%3%4): %5</li>")
                           .arg(escape(offer.product.code), escape(offer.product.name))
                           .arg(offer.product.risk)
                           .arg(offer.product.needsRecording ? escape(tr(", needs 双录")) : QString(),
                                escape(offer.summary()));
        out += QStringLiteral("</ol>");
    }

    // What to talk about, from the customer's own words (docs/VOICE.md)
    if (!d.voiceTopics.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(escape(tr("What to talk about (heard in notes)")));
        for (const QString &topic : d.voiceTopics)
            out += QStringLiteral("<li>%1</li>").arg(escape(topic));
        out += QStringLiteral("</ul>");
    }
    // Talking points
    out += QStringLiteral("<h3>%1</h3><ul>").arg(escape(tr("Talking points")));
    for (const QString &point : d.talkingPoints)
        out += QStringLiteral("<li>%1</li>").arg(escape(point));
    if (d.talkingPoints.isEmpty())
        out += QStringLiteral("<li>%1</li>").arg(escape(tr("Ask about plans for the coming months (PPF: future, finance).")));
    out += QStringLiteral("</ul>");
    out += QStringLiteral("<p><i>%1</i></p>").arg(escape(tr("Prepared %1. Personal data masked.")
                                                             .arg(locale.toString(d.today, QLocale::LongFormat))));
    out += QStringLiteral("</body></html>");
    return out;
}

} // namespace bd
