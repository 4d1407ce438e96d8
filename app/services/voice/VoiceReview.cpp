#include "app/services/voice/VoiceReview.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/voice/VoiceCapture.h"
#include "app/services/voice/VoiceLexiconSource.h"
#include "database/calls/CareTaskRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/voice/VoiceFindingRepository.h"
#include "database/voice/VoiceQueries.h"

namespace bd {

VoiceReview::VoiceReview(Store &store, const Session &session, QDate today)
    : m_store(store)
    , m_session(session)
    , m_today(today)
{
}

Result<> VoiceReview::mayReview() const
{
    if (m_session.can(Permission::LogInteraction) || m_session.can(Permission::RunKyc))
        return {};
    return Error(m_session.refusal(Permission::LogInteraction));
}

Result<VoiceFindingRecord> VoiceReview::toReview(const QString &findingId) const
{
    if (Result<> may = mayReview(); !may)
        return may.error();
    Result<VoiceFindingRecord> finding = VoiceQueries(m_store).byId(findingId);
    if (!finding)
        return Error(tr("This suggestion is no longer there."));
    return finding;
}

Result<VoiceReview::Confirmed> VoiceReview::confirm(const QString &findingId)
{
    Transaction transaction(m_store.database());
    Result<VoiceFindingRecord> finding = toReview(findingId);
    if (!finding)
        return finding.error();
    if (finding->decision == QLatin1String("confirmed"))
        return Error(tr("This suggestion was confirmed already."));
    const std::optional<VoiceKind> kind = VoiceKinds::fromCode(finding->kind);
    if (!kind)
        return Error(tr("This suggestion is no longer there."));
    VoiceFindingRepository repository(m_store);
    Confirmed confirmed;
    const QString at = SqlTime::now();
    if (*kind == VoiceKind::FollowUp) {
        CareTaskRecord task;
        task.customerId = finding->customerId.toString();
        task.staffId = m_session.user.id;
        task.kind = QStringLiteral("follow_up");
        QDate due = finding->mentionedOn.isValid() ? finding->mentionedOn
                                                   : finding->notedOn.addDays(3);
        task.dueOn = due < m_today ? m_today : due;
        task.note = tr("Promised: \"%1\"").arg(finding->phrase);
        CareTaskRepository tasks(m_store);
        if (const Result<> made = tasks.insert(task, at); !made)
            return Error(tr("The follow-up task could not be made: %1").arg(made.errorString()));
        confirmed.careTaskId = task.id;
    } else {
        const std::shared_ptr<const VoiceAnalyser> analyser = VoiceLexiconSource::active();
        const VoiceLabelDefinition *label = analyser->lexicon().label(finding->kind + QLatin1Char('.')
                                                                      + finding->label);
        VoiceLabelDefinition fallback;
        fallback.code = finding->label;
        const VoiceCapture::TagRef tag = VoiceCapture::tagFor(*kind, label ? *label : fallback);
        Result<QString> tagId = repository.ensureTag(tag.id, tag.dimension, tag.category, tag.value);
        if (!tagId)
            return tagId.error();
        Result<QString> customerTag = repository.setVoiceTag(finding->customerId, *tagId,
                                                             findingId, m_session.user.id);
        if (!customerTag)
            return customerTag.error();
        confirmed.customerTagId = *customerTag;
    }
    Result<> saved = repository.saveReview({findingId, finding->customerId,
                                            QStringLiteral("confirmed"), m_session.user.id, at,
                                            confirmed.customerTagId, confirmed.careTaskId});
    if (!saved)
        return saved.error();
    const bool audited = AuditTrail(m_store).record(
            &m_session, QStringLiteral("voice_finding_confirmed"), QStringLiteral("voice_finding"),
            findingId,
            {{QStringLiteral("customer"), finding->customerId.toString()},
             {QStringLiteral("label"), finding->kind + QLatin1Char('.') + finding->label}});
    if (const Result<> committed = audited ? transaction.commit() : Error(QString()); !committed)
        return Error(tr("The confirmation could not be saved: %1").arg(committed.errorString()));
    return confirmed;
}

Result<> VoiceReview::dismiss(const QString &findingId)
{
    Transaction transaction(m_store.database());
    Result<VoiceFindingRecord> finding = toReview(findingId);
    if (!finding)
        return finding.error();
    Result<> saved = VoiceFindingRepository(m_store).saveReview(
            {findingId, finding->customerId, QStringLiteral("dismissed"), m_session.user.id,
             SqlTime::now(), {}, {}});
    if (!saved)
        return saved.error();
    const bool audited = AuditTrail(m_store).record(
            &m_session, QStringLiteral("voice_finding_dismissed"), QStringLiteral("voice_finding"),
            findingId, {{QStringLiteral("customer"), finding->customerId.toString()}});
    if (const Result<> committed = audited ? transaction.commit() : Error(QString()); !committed)
        return Error(tr("The decision could not be saved: %1").arg(committed.errorString()));
    return {};
}

} // namespace bd
