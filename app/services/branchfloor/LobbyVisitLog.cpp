#include "app/services/branchfloor/LobbyVisitLog.h"

#include "app/domain/DomainTerms.h"
#include "app/services/branchfloor/LobbyRouting.h"
#include "app/services/branchfloor/LobbyVisitRepeat.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/branchfloor/ValueJudgement.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/opportunities/DeskEventEvaluation.h"
#include "database/branchfloor/FloorRecords.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customer360/Customer360Queries.h"
#include "database/customers/CustomerRepository.h"

namespace bd {

LobbyVisitLog::LobbyVisitLog(Store &store, const Session &session, FloorClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

LobbyVisitLog::Suggestion LobbyVisitLog::suggest(const CustomerId &customerId, const QString &moment,
                                                 const QStringList &observed) const
{
    ValueJudgement::Input input;
    input.moment = moment;
    input.observed = observed;
    if (!customerId.isEmpty()) {
        if (const auto customer = CustomerRepository(m_store).details(customerId.toString())) {
            input.knownCustomer = true;
            input.aum = Money::fromFen(customer->value(QStringLiteral("aum_fen")).toLongLong());
            input.tier = customer->value(QStringLiteral("tier")).toString();
            // Unreadable, the money falling due is not counted; the walk-in log says so
            // where it would list it.
            for (const HoldingDue &due : holdingsDue(customerId).valueOr({}))
                input.maturingSoon += due.amount;
        }
    }
    const ValueJudgement::Suggestion s = ValueJudgement::suggest(input);
    return {s.valueClass, s.drivers, s.reasons, s.against};
}

bd::Result<QList<LobbyVisitLog::HoldingDue>>
LobbyVisitLog::holdingsDue(const CustomerId &customerId) const
{
    QList<HoldingDue> due;
    if (customerId.isEmpty())
        return due;
    const bd::Result<QList<HoldingRow>> holdings = Customer360Queries(m_store).holdings(customerId);
    if (!holdings)
        return holdings.error();
    const QDate today = m_clock().date();
    const QDate last = today.addDays(ValueJudgement::kDueDays);
    // Active holdings come ordered by maturity date, open-ended ones last.
    for (const HoldingRow &row : *holdings) {
        if (!row.maturityDate.isValid() || row.maturityDate > last)
            break;
        if (row.maturityDate >= today)
            due.append({row.productName, row.amount, row.maturityDate});
    }
    return due;
}

// What the open referral's manager reads of a VIP or ordinary walk-in: how the lobby judged
// the customer and what they came for (a potential VIP's carries the form's notes instead).
QString LobbyVisitLog::seenNote(const LobbyVisitRecord &visit)
{
    QStringList parts{DomainTerms::label(Vocabulary::ValueClass, visit.valueClass)};
    if (!visit.businessType.isEmpty())
        parts << DomainTerms::label(Vocabulary::BusinessType, visit.businessType);
    if (!visit.overrideReason.isEmpty())
        parts << visit.overrideReason;
    return tr("Came in: %1").arg(parts.join(QStringLiteral("; ")));
}

LobbyVisitLog::Result LobbyVisitLog::record(const WalkIn &walkIn)
{
    Result result;
    if (!m_session.can(Permission::LogLobbyVisit)) {
        result.problems << m_session.refusal(Permission::LogLobbyVisit);
        Transaction transaction(m_store.database());
        AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"),
                                   QStringLiteral("lobby_visit"), {});
        (void)transaction.commit();
        return result;
    }
    const Suggestion suggestion = suggest(walkIn.customerId, walkIn.moment, walkIn.observed);
    result.suggestedClass = suggestion.valueClass;

    if (!DomainTerms::codes(Vocabulary::LobbyMoment).contains(walkIn.moment))
        result.problems << tr("Choose the moment: entering, consulting or waiting.");
    // Signals of earlier moments of the visit count too (ValueJudgement).
    const QStringList allowed = DomainTerms::codes(Vocabulary::LobbySignal);
    for (const QString &signal : walkIn.observed) {
        if (!allowed.contains(signal))
            result.problems << tr("The signal %1 is not one the lobby knows.").arg(signal);
    }
    if (walkIn.customerId.isEmpty() && walkIn.description.trimmed().isEmpty())
        result.problems << tr("Link the customer or describe them in a few words.");
    if (!DomainTerms::codes(Vocabulary::ValueClass).contains(walkIn.valueClass))
        result.problems << tr("Confirm or choose the value class.");
    if (ValueJudgement::needsReason(suggestion.valueClass, walkIn.valueClass)
        && walkIn.overrideReason.trimmed().isEmpty())
        result.problems << tr("Say why you judge the customer differently from the suggestion.");
    if (!LobbyRouting::isValidRoute(walkIn.valueClass, walkIn.route))
        result.problems << tr("The route does not fit the value class.");
    const QString formKind = LobbyRouting::formFor(walkIn.route);
    if (walkIn.valueClass == QLatin1String("potential_vip")) {
        if (!walkIn.form)
            result.problems << tr("A potential VIP needs the record or the referral form.");
        else if (walkIn.form->kind != formKind)
            result.problems << tr("This route needs the %1.").arg(ReferralForm::title(formKind));
    }
    const QString ticketNo = LobbyVisitRepeat::normalisedTicket(walkIn.ticketNo);
    if (result.problems.isEmpty()) {
        if (const QString repeat = LobbyVisitRepeat::problem(m_store, m_session.branch.id,
                                                             walkIn.customerId, ticketNo,
                                                             walkIn.moment, m_clock);
            !repeat.isEmpty())
            result.problems << repeat;
    }
    if (!result.problems.isEmpty())
        return result;

    Transaction transaction(m_store.database());
    LobbyVisitRecord visit;
    visit.branchId = m_session.branch.id;
    visit.customerId = walkIn.customerId;
    visit.description = walkIn.description.trimmed();
    visit.ticketNo = ticketNo;
    visit.enteredAt = SqlTime::timestamp(m_clock());
    visit.moment = walkIn.moment;
    visit.observed = walkIn.observed;
    visit.valueClass = walkIn.valueClass;
    visit.suggestedClass = suggestion.valueClass;
    visit.judgementInputs = suggestion.drivers;
    visit.overrideReason = walkIn.valueClass == suggestion.valueClass
            ? QString() : walkIn.overrideReason.trimmed();
    visit.businessType = walkIn.businessType;
    visit.route = walkIn.route;
    visit.staffId = m_session.user.id;
    if (const bd::Result<> inserted = FloorRecords(m_store).insertVisit(visit); !inserted) {
        result.problems << tr("The visit could not be saved: %1").arg(inserted.errorString());
        return result;
    }
    result.visitId = visit.id;
    if (!walkIn.customerId.isEmpty()) {
        // The rules hear of it (walk_in_potential_vip), off the GUI thread (issue #17).
        MarketingEvent event;
        event.eventId = QStringLiteral("walk-in-") + visit.id;
        event.kind = EventKind::WalkIn;
        event.customerId = walkIn.customerId;
        event.occurredAt = m_clock();
        event.valueClass = walkIn.valueClass;
        event.businessType = walkIn.businessType;
        DeskEventEvaluation::raiseAlongside(m_store, event, m_clock());
    }
    // A linked customer's open referral hears of every walk-in, whatever the class: its
    // manager learns the customer is in the branch (outside testing, issue 15).
    ReferralDesk desk(m_store, m_session, m_clock);
    const auto open = desk.openReferral(walkIn.customerId);
    if (!open) {
        result.problems << tr("The customer's open referrals could not be read: %1")
                                   .arg(open.errorString());
        return result;
    }
    if (walkIn.valueClass == QLatin1String("potential_vip")) {
        ReferralForm form = *walkIn.form;
        form.visitId = visit.id;
        form.source = QStringLiteral("lobby");
        if (form.customerId.isEmpty() && form.description.isEmpty())
            form.description = visit.description;
        form.customerId = walkIn.customerId;
        form.waitingArea = walkIn.route == QLatin1String("waiting_area");
        // Why the lobby refers: what was seen (or the lobby manager's own judgement), for the
        // manager's inbox and the form, as the teller's referral carries its assessment.
        if (form.notes.trimmed().isEmpty())
            form.notes = visit.overrideReason.isEmpty() ? suggestion.reasons.join(QStringLiteral("; "))
                                                        : visit.overrideReason;
        // Logging the walk-in is never blocked by an open referral (the teller's path refuses
        // a second one): the visit is logged and its manager hears the customer came back.
        if (*open && !form.interest.trimmed().isEmpty())
            form.notes = form.notes.trimmed() + QStringLiteral("; ") + form.interest.trimmed();
        const ReferralDesk::Result filed = *open
                ? desk.noteSeenAgainInTransaction(**open, form.notes)
                : desk.fileInTransaction(form);
        if (!filed.ok) {
            for (const auto &problem : filed.problems)
                result.problems << problem.problem;
            if (filed.problems.isEmpty())
                result.problems << filed.refusal;
            return result;
        }
        result.referralId = filed.id;
        result.seenAgain = open->has_value();
    } else if (*open) {
        const ReferralDesk::Result told = desk.noteSeenAgainInTransaction(**open, seenNote(visit));
        if (!told.ok) {
            result.problems << told.refusal;
            return result;
        }
        result.referralId = told.id;
        result.seenAgain = true;
    }
    QJsonObject detail{{QStringLiteral("value_class"), visit.valueClass},
                       {QStringLiteral("suggested"), visit.suggestedClass},
                       {QStringLiteral("route"), visit.route}};
    if (!result.referralId.isEmpty())
        detail.insert(result.seenAgain ? QStringLiteral("seen_again_on") : QStringLiteral("referral"),
                      result.referralId);
    const bool audited = AuditTrail(m_store).record(&m_session, QStringLiteral("lobby_visit_logged"),
                                                    QStringLiteral("lobby_visit"), visit.id, detail);
    if (const bd::Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
        result.problems << tr("The visit could not be saved: %1").arg(saved.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace bd
