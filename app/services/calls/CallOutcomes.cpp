#include "app/services/calls/CallOutcomes.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/WorkStates.h"
#include "app/services/calls/ManagerDay.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/opportunities/DeskEventEvaluation.h"
#include "app/services/voice/VoiceCapture.h"
#include "database/calls/CallContactRepository.h"
#include "database/calls/CallListRepository.h"
#include "database/calls/CareTaskRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QJsonArray>

namespace bd {

CallOutcomes::CallOutcomes(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

QStringList CallOutcomes::outcomeCodes()
{
    QStringList codes;
    for (const CallOutcome outcome : {CallOutcome::Reached, CallOutcome::NotReached,
                                      CallOutcome::Interested, CallOutcome::Refused,
                                      CallOutcome::Appointment})
        codes << WorkStates::code(outcome);
    return codes;
}

QString CallOutcomes::outcomeLabel(const QString &outcome)
{
    const std::optional<CallOutcome> known = WorkStates::callOutcome(outcome);
    if (!known)
        return outcome;
    switch (*known) {
    case CallOutcome::Reached: return tr("Reached");
    case CallOutcome::NotReached: return tr("Not reached");
    case CallOutcome::Interested: return tr("Interested");
    case CallOutcome::Refused: return tr("Refused");
    case CallOutcome::Appointment: return tr("Appointment made");
    }
    return outcome;
}

ContactOutcome CallOutcomes::interactionOutcome(CallOutcome outcome)
{
    // No default: a new call outcome does not build quietly without saying what it is stored as.
    switch (outcome) {
    case CallOutcome::Reached: return ContactOutcome::Considering; // answered, no decision yet
    case CallOutcome::NotReached: return ContactOutcome::Unreachable;
    case CallOutcome::Interested: return ContactOutcome::Interested;
    case CallOutcome::Refused: return ContactOutcome::Refused;
    case CallOutcome::Appointment: return ContactOutcome::Appointment;
    }
    Q_UNREACHABLE();
    return ContactOutcome::Considering;
}

QString CallOutcomes::validate(const Input &input) const
{
    if (!m_session.can(Permission::LogInteraction))
        return m_session.refusal(Permission::LogInteraction);
    if (!outcomeCodes().contains(input.outcome))
        return tr("Choose what came of the call.");
    if (!DomainTerms::codes(Vocabulary::ContactChannel).contains(input.channel))
        return tr("Choose how you contacted the customer (channel).");
    if (input.nextFollowUp.isValid() && input.nextFollowUp < localToday(m_clock))
        return tr("The next follow-up cannot be in the past.");
    if (input.madeAt.isValid() && input.madeAt > m_clock())
        return tr("The call cannot have been made later than now.");
    return {};
}

QDateTime CallOutcomes::madeAt(const Input &input) const
{
    return input.madeAt.isValid() ? input.madeAt : m_clock();
}

QList<ContactPolicy::Breach> CallOutcomes::breachesAt(const CustomerId &customerId, bool care,
                                                      const QString &channel,
                                                      const QDateTime &madeAt) const
{
    const ContactPolicy policy(ContactRules::load(m_store), m_clock);
    const CustomerContactFacts facts = CallQueries(m_store).contactFacts(customerId, policy.periodStart());
    return policy.checkContact(facts, care ? ContactPolicy::Purpose::Care : ContactPolicy::Purpose::Marketing,
                               channel, madeAt.isValid() ? madeAt : m_clock());
}

bool CallOutcomes::checkRules(const CustomerId &customerId, bool care, const Input &input,
                              Result &result) const
{
    // An unanswered call is still an unsolicited call: it is checked and counted too.
    result.breaches = breachesAt(customerId, care, input.channel, madeAt(input));
    if (!result.breaches.isEmpty() && input.overrideReason.trimmed().isEmpty()) {
        result.refusal = tr("This contact breaks the contact rules:\n%1\nGive a reason to override them.")
                                 .arg(ContactPolicy::messages(result.breaches));
        return false;
    }
    return true;
}

QString CallOutcomes::writeContact(const CustomerId &customerId, bool care, const Input &input,
                                   const QString &purpose, Result &result)
{
    CallContactRepository contacts(m_store);
    CallContactRepository::Contact contact;
    contact.customerId = customerId;
    contact.staffId = m_session.user.id;
    contact.occurredAt = madeAt(input);
    contact.channel = input.channel;
    contact.contactKind = care ? QStringLiteral("care") : QStringLiteral("marketing");
    contact.purpose = purpose;
    if (const std::optional<CallOutcome> said = WorkStates::callOutcome(input.outcome)) // validate()d
        contact.outcome = interactionOutcome(*said);
    contact.customerVoice = input.customerVoice.trimmed();
    contact.objection = input.objection.trimmed();
    contact.nextFollowUp = input.nextFollowUp;
    contact.policyOverride = result.breaches.isEmpty() ? QString() : input.overrideReason.trimmed();
    const bd::Result<QString> id = contacts.insertContact(contact);
    if (!id) {
        result.refusal = tr("The contact could not be saved: %1").arg(id.errorString());
        return {};
    }
    // The rules hear of the call's outcome (call_interested_follow_up), off the GUI thread
    // (issue #17).
    MarketingEvent event;
    event.eventId = QStringLiteral("call-") + *id;
    event.kind = EventKind::CallOutcome;
    event.customerId = customerId;
    event.occurredAt = contact.occurredAt;
    event.outcome = input.outcome;
    event.contactKind = contact.contactKind;
    event.channel = input.channel;
    DeskEventEvaluation::raiseAlongside(m_store, event, m_clock());
    return *id;
}

bool CallOutcomes::hearVoice(Result &result)
{
    // What the customer said is read in the same transaction (docs/VOICE.md).
    const bd::Result<int> heard = VoiceCapture(m_store).noteSaved(QStringLiteral("interaction"),
                                                                  result.interactionId);
    if (!heard)
        result.refusal = tr("The contact could not be saved: %1").arg(heard.errorString());
    return heard.ok();
}

bool CallOutcomes::audit(const QString &action, const QString &entity, const QString &id,
                         const CustomerId &customerId, const Input &input, const Result &result)
{
    AuditTrail trail(m_store);
    if (!trail.record(&m_session, action, entity, id,
                      {{QStringLiteral("outcome"), input.outcome},
                       {QStringLiteral("customer"), customerId.toString()},
                       {QStringLiteral("interaction"), result.interactionId}}))
        return false;
    if (result.breaches.isEmpty())
        return true;
    return trail.record(&m_session, QStringLiteral("contact_rule_override"), QStringLiteral("interaction"),
                        result.interactionId,
                        {{QStringLiteral("customer"), customerId.toString()},
                         {QStringLiteral("rules"), QJsonArray::fromStringList(ContactPolicy::codes(result.breaches))},
                         {QStringLiteral("reason"), input.overrideReason.trimmed()}});
}

CallOutcomes::Result CallOutcomes::logCall(const QString &callTaskId, const Input &input)
{
    Result result;
    result.refusal = validate(input);
    if (!result.refusal.isEmpty())
        return result;
    Transaction transaction(m_store.database());
    CallListRepository tasks(m_store);
    const bd::Result<std::optional<CallTaskRecord>> found = tasks.taskById(callTaskId);
    if (!found) { // a status or outcome this build does not know: do not guess
        result.refusal = tr("The call task could not be read: %1").arg(found.errorString());
        return result;
    }
    const std::optional<CallTaskRecord> &before = *found;
    if (!before || before->status != CallTaskStatus::Open) {
        result.refusal = tr("This call task is no longer open.");
        return result;
    }
    if (before->assignedTo != m_session.user.id && !m_session.can(Permission::AssignCallLists)) {
        result.refusal = tr("Only the manager the call task is assigned to may log its outcome.");
        return result;
    }
    if (!checkRules(before->customerId, false, input, result))
        return result;
    result.interactionId = writeContact(before->customerId, false, input, tr("Call list"), result);
    if (result.interactionId.isEmpty())
        return result;

    const QDate today = localToday(m_clock);
    const QString at = SqlTime::timestamp(m_clock());
    CallTaskRecord after = *before;
    const std::optional<CallOutcome> o = WorkStates::callOutcome(input.outcome); // validated
    after.outcome = o;
    after.interactionId = result.interactionId;
    if (o == CallOutcome::NotReached) {
        after.attempts += 1;
        after.nextAttemptOn = input.nextFollowUp.isValid() ? input.nextFollowUp : today.addDays(1);
    } else if ((o == CallOutcome::Interested || o == CallOutcome::Reached)
               && input.nextFollowUp.isValid()) {
        after.attempts += 1;
        after.nextAttemptOn = input.nextFollowUp; // stays open for the follow-up call
    } else {
        after.attempts += 1;
        after.status = CallTaskStatus::Done;
        after.doneAt = at;
    }
    const CallScoring::Score score =
            ManagerDay(m_store, m_session, m_clock).scoreOf(before->customerId);
    after.rankScore = score.points;
    after.reason = score.summary();
    if (const bd::Result<> updated = tasks.updateOutcome(*before, after, at); !updated) {
        result.refusal = updated.errorString().isEmpty()
                ? tr("Someone else changed this call task meanwhile. Reload and try again.")
                : tr("The call task could not be saved: %1").arg(updated.errorString());
        return result;
    }
    if (!hearVoice(result))
        return result;
    const bool audited = audit(QStringLiteral("call_outcome_logged"), QStringLiteral("call_task"),
                               callTaskId, before->customerId, input, result);
    if (const bd::Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
        result.refusal = tr("The call outcome could not be saved: %1").arg(saved.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

CallOutcomes::Result CallOutcomes::logCare(const QString &careTaskId, const Input &input)
{
    Result result;
    result.refusal = validate(input);
    if (!result.refusal.isEmpty())
        return result;
    Transaction transaction(m_store.database());
    CareTaskRepository care(m_store);
    const bd::Result<std::optional<CareTaskRecord>> found = care.byId(careTaskId);
    if (!found) { // a status this build does not know: do not guess
        result.refusal = tr("The care task could not be read: %1").arg(found.errorString());
        return result;
    }
    const std::optional<CareTaskRecord> &before = *found;
    if (!before || before->status != CareTaskStatus::Open) {
        result.refusal = tr("This care task is no longer open.");
        return result;
    }
    if (before->staffId != m_session.user.id && !m_session.can(Permission::AssignCallLists)) {
        result.refusal = tr("Only the manager the care task is assigned to may log it.");
        return result;
    }
    if (!checkRules(CustomerId(before->customerId), true, input, result))
        return result;
    result.interactionId = writeContact(CustomerId(before->customerId), true, input,
                                        DomainTerms::label(Vocabulary::CareTaskKind, before->kind), result);
    if (result.interactionId.isEmpty())
        return result;
    const QString at = SqlTime::timestamp(m_clock());
    // Nobody answered: the care step stays open for another try.
    if (WorkStates::callOutcome(input.outcome) != CallOutcome::NotReached) {
        if (const bd::Result<> completed = care.complete(*before, before->note, at,
                                                            result.interactionId);
            !completed) {
            result.refusal = completed.errorString().isEmpty()
                    ? tr("Someone else changed this care task meanwhile. Reload and try again.")
                    : tr("The care task could not be saved: %1").arg(completed.errorString());
            return result;
        }
    }
    if (!hearVoice(result))
        return result;
    const bool audited = audit(QStringLiteral("care_task_logged"), QStringLiteral("care_task"),
                               careTaskId, CustomerId(before->customerId), input, result);
    if (const bd::Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
        result.refusal = tr("The care contact could not be saved: %1").arg(saved.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace bd
