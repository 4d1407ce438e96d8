#include "app/domain/WorkStates.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace bd::WorkStates {

namespace {
template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &codes, Enum value)
{
    for (const auto &[known, text] : codes) {
        if (known == value)
            return QString::fromLatin1(text);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &codes,
                            const QString &code)
{
    for (const auto &[value, text] : codes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
Result<Enum> storedValueOf(const std::array<std::pair<Enum, const char *>, N> &codes,
                           const QString &code, const char *what)
{
    if (const std::optional<Enum> value = valueOf(codes, code))
        return *value;
    return Error(QCoreApplication::translate("WorkStates",
                                             "A stored %1 has the state \"%2\", which this version "
                                             "of BranchDesk does not know; it may come from a "
                                             "newer version.")
                         .arg(QCoreApplication::translate("WorkStates", what), code));
}

constexpr std::array<std::pair<ReferralState, const char *>, 7> kReferralStates{{
        {ReferralState::Logged, "logged"},
        {ReferralState::Accepted, "accepted"},
        {ReferralState::Contacted, "contacted"},
        {ReferralState::Met, "met"},
        {ReferralState::Converted, "converted"},
        {ReferralState::Declined, "declined"},
        {ReferralState::Expired, "expired"},
}};
constexpr std::array<std::pair<CallTaskStatus, const char *>, 3> kCallTaskStatuses{{
        {CallTaskStatus::Open, "open"},
        {CallTaskStatus::Done, "done"},
        {CallTaskStatus::Skipped, "skipped"},
}};
constexpr std::array<std::pair<CallOutcome, const char *>, 5> kCallOutcomes{{
        {CallOutcome::Reached, "reached"},
        {CallOutcome::NotReached, "not_reached"},
        {CallOutcome::Interested, "interested"},
        {CallOutcome::Refused, "refused"},
        {CallOutcome::Appointment, "appointment"},
}};
constexpr std::array<std::pair<CareTaskStatus, const char *>, 2> kCareTaskStatuses{{
        {CareTaskStatus::Open, "open"},
        {CareTaskStatus::Done, "done"},
}};
constexpr std::array<std::pair<KycSessionState, const char *>, 2> kKycSessionStates{{
        {KycSessionState::Draft, "draft"},
        {KycSessionState::Final, "final"},
}};
constexpr std::array<std::pair<OpportunityStatus, const char *>, 5> kOpportunityStatuses{{
        {OpportunityStatus::Open, "open"},
        {OpportunityStatus::Held, "held"},
        {OpportunityStatus::Contacted, "contacted"},
        {OpportunityStatus::Done, "done"},
        {OpportunityStatus::Dismissed, "dismissed"},
}};
constexpr std::array<std::pair<OpportunityOutcome, const char *>, 4> kOpportunityOutcomes{{
        {OpportunityOutcome::Interested, "interested"},
        {OpportunityOutcome::NotInterested, "not_interested"},
        {OpportunityOutcome::NoAnswer, "no_answer"},
        {OpportunityOutcome::Converted, "converted"},
}};
constexpr std::array<std::pair<ContactOutcome, const char *>, 6> kContactOutcomes{{
        {ContactOutcome::Interested, "interested"},
        {ContactOutcome::Appointment, "appointment"},
        {ContactOutcome::Purchased, "purchased"},
        {ContactOutcome::Considering, "considering"},
        {ContactOutcome::Refused, "refused"},
        {ContactOutcome::Unreachable, "unreachable"},
}};

constexpr std::array<std::pair<HoldingStatus, const char *>, 3> kHoldingStatuses{{
        {HoldingStatus::Active, "active"},
        {HoldingStatus::Matured, "matured"},
        {HoldingStatus::Closed, "closed"},
}};
constexpr std::array<std::pair<LifecycleStage, const char *>, 5> kLifecycleStages{{
        {LifecycleStage::Development, "development"},
        {LifecycleStage::Growth, "growth"},
        {LifecycleStage::Maturity, "maturity"},
        {LifecycleStage::Decline, "decline"},
        {LifecycleStage::Termination, "termination"},
}};

// A code read back that may be empty (no value yet): empty is no value, not an error.
template<typename Enum, std::size_t N>
Result<std::optional<Enum>> storedOptionalOf(
        const std::array<std::pair<Enum, const char *>, N> &codes, const QString &code,
        const char *what)
{
    if (code.isEmpty())
        return std::optional<Enum>();
    const Result<Enum> value = storedValueOf(codes, code, what);
    if (!value)
        return value.error();
    return std::optional<Enum>(*value);
}
} // namespace

QString code(ReferralState state) { return codeOf(kReferralStates, state); }
QString code(CallTaskStatus status) { return codeOf(kCallTaskStatuses, status); }
QString code(CallOutcome outcome) { return codeOf(kCallOutcomes, outcome); }
QString code(CareTaskStatus status) { return codeOf(kCareTaskStatuses, status); }
QString code(KycSessionState state) { return codeOf(kKycSessionStates, state); }
QString code(OpportunityStatus status) { return codeOf(kOpportunityStatuses, status); }
QString code(OpportunityOutcome outcome) { return codeOf(kOpportunityOutcomes, outcome); }
QString code(ContactOutcome outcome) { return codeOf(kContactOutcomes, outcome); }
QString code(HoldingStatus status) { return codeOf(kHoldingStatuses, status); }
QString code(LifecycleStage stage) { return codeOf(kLifecycleStages, stage); }

std::optional<ReferralState> referralState(const QString &code)
{
    return valueOf(kReferralStates, code);
}

std::optional<CallTaskStatus> callTaskStatus(const QString &code)
{
    return valueOf(kCallTaskStatuses, code);
}

std::optional<CallOutcome> callOutcome(const QString &code)
{
    return valueOf(kCallOutcomes, code);
}

std::optional<CareTaskStatus> careTaskStatus(const QString &code)
{
    return valueOf(kCareTaskStatuses, code);
}

Result<ReferralState> storedReferralState(const QString &code)
{
    return storedValueOf(kReferralStates, code, QT_TRANSLATE_NOOP("WorkStates", "referral"));
}

Result<CallTaskStatus> storedCallTaskStatus(const QString &code)
{
    return storedValueOf(kCallTaskStatuses, code, QT_TRANSLATE_NOOP("WorkStates", "call task"));
}

Result<std::optional<CallOutcome>> storedCallOutcome(const QString &code)
{
    return storedOptionalOf(kCallOutcomes, code, QT_TRANSLATE_NOOP("WorkStates", "call outcome"));
}

std::optional<ContactOutcome> contactOutcome(const QString &code)
{
    return valueOf(kContactOutcomes, code);
}

std::optional<HoldingStatus> holdingStatus(const QString &code)
{
    return valueOf(kHoldingStatuses, code);
}

Result<HoldingStatus> storedHoldingStatus(const QString &code)
{
    return storedValueOf(kHoldingStatuses, code, QT_TRANSLATE_NOOP("WorkStates", "holding"));
}

std::optional<LifecycleStage> lifecycleStage(const QString &code)
{
    return valueOf(kLifecycleStages, code);
}

StoredLifecycleStage storedLifecycleStage(const QString &code)
{
    return storedValueOf(kLifecycleStages, code,
                         QT_TRANSLATE_NOOP("WorkStates", "customer's lifecycle"));
}

StoredContactOutcome storedContactOutcome(const QString &code)
{
    return storedOptionalOf(kContactOutcomes, code,
                            QT_TRANSLATE_NOOP("WorkStates", "contact outcome"));
}

Result<CareTaskStatus> storedCareTaskStatus(const QString &code)
{
    return storedValueOf(kCareTaskStatuses, code, QT_TRANSLATE_NOOP("WorkStates", "care task"));
}

std::optional<KycSessionState> kycSessionState(const QString &code)
{
    return valueOf(kKycSessionStates, code);
}

Result<KycSessionState> storedKycSessionState(const QString &code)
{
    return storedValueOf(kKycSessionStates, code,
                         QT_TRANSLATE_NOOP("WorkStates", "KYC interview"));
}

std::optional<OpportunityStatus> opportunityStatus(const QString &code)
{
    return valueOf(kOpportunityStatuses, code);
}

std::optional<OpportunityOutcome> opportunityOutcome(const QString &code)
{
    return valueOf(kOpportunityOutcomes, code);
}

Result<OpportunityStatus> storedOpportunityStatus(const QString &code)
{
    return storedValueOf(kOpportunityStatuses, code,
                         QT_TRANSLATE_NOOP("WorkStates", "opportunity"));
}

bool isFinal(ReferralState state)
{
    return state == ReferralState::Converted || state == ReferralState::Declined
            || state == ReferralState::Expired;
}

QStringList openReferralCodes()
{
    QStringList codes;
    for (const auto &[state, text] : kReferralStates) {
        if (!isFinal(state))
            codes << QString::fromLatin1(text);
    }
    return codes;
}

} // namespace bd::WorkStates
