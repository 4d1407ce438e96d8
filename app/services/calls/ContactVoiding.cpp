#include "app/services/calls/ContactVoiding.h"

#include "app/domain/ContactVoidRules.h"
#include "app/services/core/AuditTrail.h"
#include "database/calls/CallListRepository.h"
#include "database/calls/CareTaskRepository.h"
#include "database/calls/ContactVoidRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/voice/VoiceFindingRepository.h"

#include <QJsonObject>

namespace bd {

ContactVoiding::ContactVoiding(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

ContactVoiding::Result ContactVoiding::voidContact(const QString &interactionId,
                                                   const QString &reason)
{
    Result result;
    if (!m_session.can(Permission::LogInteraction)) {
        result.refusal = m_session.refusal(Permission::LogInteraction);
        return result;
    }
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        result.refusal = tr("Say why this contact is void (for example: logged for the wrong "
                            "customer).");
        return result;
    }
    Transaction transaction(m_store.database());
    ContactVoidRepository contacts(m_store);
    const bd::Result<std::optional<ContactVoidRepository::LoggedContact>> found
            = contacts.find(interactionId);
    if (!found) {
        result.refusal = tr("The contact could not be read: %1").arg(found.errorString());
        return result;
    }
    if (!*found) {
        result.refusal = tr("This contact no longer exists.");
        return result;
    }
    const ContactVoidRepository::LoggedContact &contact = **found;
    if (contact.voided) {
        result.refusal = tr("This contact is void already.");
        return result;
    }
    if (!ContactVoidRules::mayVoid(m_session.user.id, m_session.user.role, contact.staffId)) {
        result.refusal = tr("Only whoever logged this contact, or the branch head, may void it.");
        return result;
    }
    const QDateTime now = m_clock();
    if (!ContactVoidRules::withinWindow(contact.occurredAt, now)) {
        result.refusal = tr("A contact can be voided only within %n day(s) of it; ask the branch "
                            "head to review this one.", nullptr, ContactVoidRules::kWindowDays);
        return result;
    }
    const QString at = SqlTime::timestamp(now);
    if (const bd::Result<> marked = contacts.markVoid(contact, m_session.user.id, why, at);
        !marked) {
        result.refusal = marked.errorString().isEmpty()
                ? tr("Someone else changed this contact meanwhile. Reload and try again.")
                : tr("The contact could not be voided: %1").arg(marked.errorString());
        return result;
    }
    if (!reopenCallTask(interactionId, at, result) || !reopenCareTask(interactionId, at, result)
        || !withdrawOpportunities(interactionId, at, result)
        || !withdrawVoice(interactionId, result))
        return result;
    // The audit trail keeps both: the contact's entry, and this one saying who voided it and why.
    const bool audited = AuditTrail(m_store).record(
            &m_session, QStringLiteral("interaction_voided"), QStringLiteral("interaction"),
            interactionId,
            {{QStringLiteral("customer"), contact.customerId.toString()},
             {QStringLiteral("logged_by"), contact.staffId},
             {QStringLiteral("reason"), why},
             {QStringLiteral("call_task"), result.callTaskId},
             {QStringLiteral("care_task"), result.careTaskId},
             {QStringLiteral("opportunities_withdrawn"),
              result.opportunitiesWithdrawn.join(QLatin1Char(','))},
             {QStringLiteral("opportunities_kept"),
              result.opportunitiesKept.join(QLatin1Char(','))},
             {QStringLiteral("voice_suggestions_withdrawn"), result.voiceSuggestionsWithdrawn},
             {QStringLiteral("voice_findings_kept"),
              result.voiceFindingsKept.join(QLatin1Char(','))}});
    if (const bd::Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
        result.refusal = tr("The contact could not be voided: %1").arg(saved.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

bool ContactVoiding::reopenCallTask(const QString &interactionId, const QString &at,
                                    Result &result)
{
    ContactVoidRepository contacts(m_store);
    const bd::Result<QString> taskId = contacts.callTaskOf(interactionId);
    if (!taskId) {
        result.refusal = tr("The call task could not be read: %1").arg(taskId.errorString());
        return false;
    }
    if (taskId->isEmpty())
        return true; // a contact logged on the 360 or for a care step: no call task to reopen
    CallListRepository tasks(m_store);
    const bd::Result<std::optional<CallTaskRecord>> found = tasks.taskById(*taskId);
    if (!found || !*found) {
        result.refusal = tr("The call task could not be read: %1").arg(found.errorString());
        return false;
    }
    // The call was never made to this customer: the task is as it was before it, open.
    CallTaskRecord after = **found;
    after.status = CallTaskStatus::Open;
    after.outcome.reset();
    after.interactionId.clear();
    after.doneAt.clear();
    after.nextAttemptOn = QDate();
    after.attempts = qMax(0, after.attempts - 1);
    if (const bd::Result<> updated = tasks.updateOutcome(**found, after, at); !updated) {
        result.refusal = updated.errorString().isEmpty()
                ? tr("Someone else changed the call task meanwhile. Reload and try again.")
                : tr("The call task could not be saved: %1").arg(updated.errorString());
        return false;
    }
    result.callTaskId = *taskId;
    return true;
}

bool ContactVoiding::reopenCareTask(const QString &interactionId, const QString &at,
                                    Result &result)
{
    CareTaskRepository tasks(m_store);
    const bd::Result<std::optional<CareTaskRecord>> found = tasks.completedBy(interactionId);
    if (!found) {
        result.refusal = tr("The care task could not be read: %1").arg(found.errorString());
        return false;
    }
    if (!*found)
        return true; // not a care contact, or one that left its step open (nobody answered)
    // The care step was never done for this customer: open again, due as it was.
    if (const bd::Result<> reopened = tasks.reopen(**found, at); !reopened) {
        result.refusal = reopened.errorString().isEmpty()
                ? tr("Someone else changed the care task meanwhile. Reload and try again.")
                : tr("The care task could not be saved: %1").arg(reopened.errorString());
        return false;
    }
    result.careTaskId = (*found)->id;
    return true;
}

bool ContactVoiding::withdrawOpportunities(const QString &interactionId, const QString &at,
                                           Result &result)
{
    ContactVoidRepository contacts(m_store);
    const bd::Result<QList<ContactVoidRepository::RaisedOpportunity>> raised
            = contacts.opportunitiesRaisedBy(interactionId);
    if (!raised) {
        result.refusal = tr("The follow-up opportunity could not be read: %1")
                                 .arg(raised.errorString());
        return false;
    }
    for (const ContactVoidRepository::RaisedOpportunity &opportunity : *raised) {
        // Someone called the customer on it: that contact happened, whatever raised the
        // opportunity; closing it would hide their work. It stays, named for the manager.
        if (opportunity.contacted) {
            result.opportunitiesKept << opportunity.id;
            continue;
        }
        // The customer never said they were interested: nobody should call them on it.
        if (const bd::Result<> withdrawn = contacts.withdrawOpportunity(opportunity, at);
            !withdrawn) {
            result.refusal = withdrawn.errorString().isEmpty()
                    ? tr("Someone else changed the follow-up opportunity meanwhile. Reload and "
                         "try again.")
                    : tr("The follow-up opportunity could not be withdrawn: %1")
                              .arg(withdrawn.errorString());
            return false;
        }
        result.opportunitiesWithdrawn << opportunity.id;
    }
    return true;
}

bool ContactVoiding::withdrawVoice(const QString &interactionId, Result &result)
{
    const bd::Result<QStringList> confirmed
            = ContactVoidRepository(m_store).confirmedVoiceFindings(interactionId);
    if (!confirmed) {
        result.refusal = tr("What was heard in the contact's note could not be read: %1")
                                 .arg(confirmed.errorString());
        return false;
    }
    // The note was said by someone else, or never: nothing heard in it is this customer's.
    // As when a note no longer says something, the findings nobody decided about are
    // tombstoned (synced); a decision is history and stays (replaceFindings). A confirmed
    // finding's tag or follow-up task is not removed silently: a person made it, and it may
    // be true of this customer all the same, so it is named for the manager instead.
    VoiceFindingRepository findings(m_store);
    for (const QString &field : {QStringLiteral("customer_voice"), QStringLiteral("objection")}) {
        const bd::Result<int> gone = findings.replaceFindings(
                VoiceNoteRef{QStringLiteral("interaction"), interactionId, field}, {});
        if (!gone) {
            result.refusal = tr("What was heard in the contact's note could not be withdrawn: %1")
                                     .arg(gone.errorString());
            return false;
        }
        result.voiceSuggestionsWithdrawn += *gone;
    }
    result.voiceFindingsKept = *confirmed;
    return true;
}

} // namespace bd
