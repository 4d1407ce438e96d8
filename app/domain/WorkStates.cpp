#include "app/domain/WorkStates.h"

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
} // namespace

QString code(ReferralState state) { return codeOf(kReferralStates, state); }
QString code(CallTaskStatus status) { return codeOf(kCallTaskStatuses, status); }
QString code(CallOutcome outcome) { return codeOf(kCallOutcomes, outcome); }
QString code(CareTaskStatus status) { return codeOf(kCareTaskStatuses, status); }

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

bool isFinal(ReferralState state)
{
    return state == ReferralState::Converted || state == ReferralState::Declined
            || state == ReferralState::Expired;
}

} // namespace bd::WorkStates
