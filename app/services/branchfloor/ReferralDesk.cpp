#include "app/services/branchfloor/ReferralDesk.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/MobileNumber.h"
#include "app/domain/Money.h"
#include "app/domain/ReferralStepRules.h"
#include "app/domain/WorkStates.h"
#include "app/services/branchfloor/ReferralLifecycle.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/opportunities/OpportunityFollowThrough.h"
#include "app/services/voice/VoiceCapture.h"
#include "database/branchfloor/FloorSettings.h"
#include "database/branchfloor/ReferralRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/staff/StaffRepository.h"

#include <QJsonArray>

namespace bd {

ReferralDesk::ReferralDesk(Store &store, const Session &session, FloorClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

ReferralForm ReferralDesk::prefilled(const CustomerId &customerId, const QString &source) const
{
    ReferralForm form;
    form.source = source;
    form.kind = QStringLiteral("referral");
    form.customerId = customerId;
    if (const auto customer = CustomerRepository(m_store).details(customerId.toString())) {
        form.customerName = customer->value(QStringLiteral("name")).toString();
        form.referredTo = customer->value(QStringLiteral("manager_id")).toString();
    }
    if (source == QLatin1String("teller"))
        form.checks << QStringLiteral("handed_over");
    return form;
}

std::optional<ReferralForm> ReferralDesk::filed(const QString &referralId) const
{
    const ReferralRepository referrals(m_store);
    const bd::Result<std::optional<ReferralRecord>> found = referrals.byId(referralId);
    if (!found || !*found) // nothing to print again: no such referral, or it cannot be read
        return std::nullopt;
    const std::optional<ReferralRecord> &record = *found;
    ReferralForm form = record->customerId.isEmpty()
            ? ReferralForm()
            : prefilled(record->customerId, record->source);
    form.kind = record->form;
    form.source = record->source;
    form.customerId = record->customerId;
    form.description = record->description;
    form.visitId = record->visitId;
    form.referredTo = record->referredTo;
    form.customerHasTime = record->customerHasTime;
    form.contactConsent = record->contactObtained;
    form.contactPhone = record->contactPhone;
    form.experienceCard = record->experienceCard;
    form.waitingArea = record->waitingArea;
    form.interest = record->interest;
    form.estimated = record->estimated;
    form.notes = record->reason;
    form.checks = referrals.checks(referralId);
    return form;
}

ReferralDesk::Result ReferralDesk::fileInTransaction(const ReferralForm &form)
{
    Result result;
    if (!m_session.can(Permission::CreateReferral)) {
        result.refusal = m_session.refusal(Permission::CreateReferral);
        return result;
    }
    result.problems = form.validate();
    if (!result.problems.isEmpty()) {
        result.refusal = result.problems.first().problem;
        return result;
    }
    ReferralRecord record;
    record.branchId = m_session.branch.id;
    record.customerId = form.customerId;
    record.visitId = form.visitId;
    record.form = form.kind;
    record.source = form.source;
    record.referredBy = m_session.user.id;
    record.referredTo = form.referredTo;
    record.customerHasTime = form.customerHasTime;
    record.contactObtained = form.contactConsent;
    record.contactPhone = form.contactConsent ? MobileNumber::normalized(form.contactPhone)
                                              : QString();
    record.reason = form.notes.trimmed();
    record.description = form.description.trimmed();
    record.interest = form.interest.trimmed();
    record.estimated = form.estimated.value_or(Money()); // validate() refused no amount
    record.experienceCard = form.experienceCard;
    record.waitingArea = form.waitingArea;
    record.createdAt = SqlTime::timestamp(m_clock());
    ReferralRepository referrals(m_store);
    bd::Result<> saved = referrals.insert(record);
    if (saved)
        saved = referrals.addTransition(record.id, std::nullopt, record.status, m_session.user.id,
                                        record.createdAt, {});
    for (const QString &check : form.checks) {
        if (saved)
            saved = referrals.addCheck(record.id, check, record.createdAt);
    }
    if (saved && !record.customerId.isEmpty()) {
        if (const bd::Result<int> heard
            = VoiceCapture(m_store).noteSaved(QStringLiteral("referral"), record.id);
            !heard)
            saved = heard.error();
    }
    if (!saved) {
        result.refusal = tr("The referral could not be saved: %1").arg(saved.errorString());
        return result;
    }
    result.ok = true;
    result.id = record.id;
    return result;
}

bd::Result<std::optional<ReferralDesk::OpenReferral>>
ReferralDesk::openReferral(const CustomerId &customerId) const
{
    if (customerId.isEmpty())
        return std::optional<OpenReferral>();
    const auto open = ReferralRepository(m_store).openFor(m_session.branch.id, customerId);
    if (!open)
        return open.error();
    if (!*open)
        return std::optional<OpenReferral>();
    OpenReferral named;
    named.id = (*open)->id;
    if (const std::optional<StaffUser> manager = StaffRepository(m_store).byId((*open)->referredTo))
        named.managerName = manager->displayName;
    named.filedAt = SqlTime::parseTimestamp((*open)->createdAt);
    named.status = (*open)->status;
    return std::optional(named);
}

ReferralDesk::Result ReferralDesk::noteSeenAgainInTransaction(const OpenReferral &open,
                                                              const QString &note)
{
    Result result;
    result.id = open.id;
    if (!m_session.can(Permission::CreateReferral)) {
        result.refusal = m_session.refusal(Permission::CreateReferral);
        return result;
    }
    // The server refuses it from anyone else too (ReferralStepCheck).
    if (!ReferralStepRules::mayNoteSeenAgain(m_session.user.role)) {
        result.refusal = tr("Only the lobby manager or the branch head notes a customer seen "
                            "again on an open referral.");
        return result;
    }
    const bd::Result<> noted = ReferralRepository(m_store).addTransition(
            open.id, open.status, open.status, m_session.user.id,
            SqlTime::timestamp(m_clock()), note.trimmed());
    if (!noted) {
        result.refusal = tr("The referral could not be saved: %1").arg(noted.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

QString ReferralDesk::openReferralRefusal(const CustomerId &customerId) const
{
    const auto open = openReferral(customerId);
    if (!open)
        return tr("The customer's open referrals could not be read: %1").arg(open.errorString());
    if (!*open)
        return {};
    return tr("This customer already has an open referral to %1, filed %2: follow it up there. "
              "A second referral would have two managers call the same customer.")
            .arg((*open)->managerName.isEmpty() ? tr("a wealth manager") : (*open)->managerName,
                 (*open)->filedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

ReferralDesk::Result ReferralDesk::file(const ReferralForm &form)
{
    Transaction transaction(m_store.database());
    if (const QString open = m_session.can(Permission::CreateReferral)
                ? openReferralRefusal(form.customerId) : QString();
        !open.isEmpty()) {
        Result refused;
        refused.refusal = open;
        return refused;
    }
    Result result = fileInTransaction(form);
    if (!result.ok) {
        if (!result.refusal.isEmpty() && result.problems.isEmpty() && !m_session.can(Permission::CreateReferral))
            AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"),
                                       QStringLiteral("referral"), {});
        return result;
    }
    const bool audited = AuditTrail(m_store).record(&m_session, QStringLiteral("referral_filed"),
                                                    QStringLiteral("referral"), result.id,
                                                    {{QStringLiteral("form"), form.kind},
                                                     {QStringLiteral("source"), form.source}});
    if (const bd::Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
        result.ok = false;
        result.refusal = tr("The referral could not be saved: %1").arg(saved.errorString());
    }
    return result;
}

bool ReferralDesk::mayMove(const ReferralRecord &referral, ReferralState to) const
{
    const StaffRole role = m_session.user.role;
    if (role == StaffRole::BranchHead)
        return true;
    if (referral.referredTo == m_session.user.id)
        return true;
    // An escalated or unassigned referral may be taken over by any wealth manager.
    return role == StaffRole::WealthManager && to == ReferralState::Accepted
            && (!referral.escalatedAt.isEmpty() || referral.referredTo.isEmpty());
}

ReferralDesk::Result ReferralDesk::move(const QString &referralId, const QString &toCode,
                                        const QString &note, std::optional<Money> converted)
{
    Result result;
    result.id = referralId;
    Transaction transaction(m_store.database());
    ReferralRepository referrals(m_store);
    const bd::Result<std::optional<ReferralRecord>> found = referrals.byId(referralId);
    if (!found) { // its stored status is one this build does not know: do not guess a move
        result.refusal = tr("The referral could not be read: %1").arg(found.errorString());
        return result;
    }
    const std::optional<ReferralRecord> &referral = *found;
    if (!referral || referral->branchId != m_session.branch.id) {
        result.refusal = tr("There is no such referral at this branch.");
        return result;
    }
    const std::optional<ReferralState> to = WorkStates::referralState(toCode);
    if (!to) {
        result.refusal = tr("A referral has no such step.");
        return result;
    }
    if (!ReferralLifecycle::canMove(referral->status, *to)) {
        // Staff read the states as the lists name them, never as stored codes.
        result.refusal = tr("A referral cannot go from %1 to %2.")
                                 .arg(DomainTerms::label(Vocabulary::ReferralStatus,
                                                         WorkStates::code(referral->status)),
                                      DomainTerms::label(Vocabulary::ReferralStatus, toCode));
        return result;
    }
    if (!mayMove(*referral, *to)) {
        result.refusal = tr("Only the wealth manager it is referred to, or the branch head, "
                            "may move this referral.");
        AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"),
                                   QStringLiteral("referral"), referralId,
                                   {{QStringLiteral("to"), toCode}});
        (void)transaction.commit();
        return result;
    }
    if (*to == ReferralState::Converted && !converted) {
        result.refusal = tr("A conversion needs the new AUM the customer brought in.");
        return result;
    }
    if (*to == ReferralState::Converted && *converted <= Money()) {
        // Say what was typed: "-5000" is a typing slip, not a missing figure.
        result.refusal = tr("The new AUM must be more than zero; %1 is not.")
                                 .arg(converted->toDisplayString());
        return result;
    }
    if (*to != ReferralState::Converted)
        converted.reset();
    const QString at = SqlTime::timestamp(m_clock());
    const bool takeOver = *to == ReferralState::Accepted
            && m_session.user.role == StaffRole::WealthManager
            && referral->referredTo != m_session.user.id;
    bd::Result<> moved = referrals.move(*referral, *to, at,
                                        takeOver ? m_session.user.id : QString(), converted);
    if (moved)
        moved = referrals.addTransition(referralId, referral->status, *to, m_session.user.id, at,
                                        note.trimmed());
    if (!moved) {
        result.refusal = moved.errorString().isEmpty()
                ? tr("Someone else changed this referral meanwhile. Reload and try again.")
                : tr("The referral could not be saved: %1").arg(moved.errorString());
        return result;
    }
    QJsonObject detail{{QStringLiteral("from"), WorkStates::code(referral->status)},
                       {QStringLiteral("to"), toCode}};
    if (converted)
        detail.insert(QStringLiteral("converted_fen"), double(converted->fen()));
    const bool audited = AuditTrail(m_store).record(&m_session, QStringLiteral("referral_") + toCode,
                                                    QStringLiteral("referral"), referralId, detail);
    if (const bd::Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
        result.refusal = tr("The referral could not be saved: %1").arg(saved.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

bd::Result<int> ReferralDesk::escalateOverdue()
{
    const FloorSettings settings = FloorSettings::load(m_store);
    const QDateTime now = m_clock();
    // Opportunities past their deadline escalate at the same moments (issue #17), in a
    // transaction of their own.
    if (const bd::Result<int> opportunities
        = OpportunityFollowThrough(m_store, m_session).escalateOverdue(now);
        !opportunities)
        return opportunities.error();
    const QString cutoff = SqlTime::timestamp(now.addSecs(-60LL * settings.escalationMinutes));
    Transaction transaction(m_store.database());
    ReferralRepository referrals(m_store);
    const bd::Result<QList<ReferralRecord>> overdue = referrals.overdue(m_session.branch.id, cutoff);
    if (!overdue)
        return overdue.error();
    if (overdue->isEmpty())
        return 0;
    const QString at = SqlTime::timestamp(now);
    QJsonArray ids;
    for (const ReferralRecord &referral : *overdue) {
        if (bd::Result<> marked = referrals.markEscalated(referral, at); !marked)
            return marked.error();
        ids << referral.id;
    }
    const bool audited = AuditTrail(m_store).record(&m_session,
                                                    QStringLiteral("referral_escalated"),
                                                    QStringLiteral("referral"), {},
                                                    {{QStringLiteral("referrals"), ids}});
    if (const bd::Result<> saved = audited ? transaction.commit() : Error(QString()); !saved)
        return saved.error();
    return int(overdue->size());
}

} // namespace bd
