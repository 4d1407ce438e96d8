#pragma once

#include "app/domain/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// The states of the branch's work items, stored as codes in their rows (checked there) and
// handled as enums in code. The code of each value is what the column holds; fromCode()
// refuses anything else. (Labels for people are DomainTerms' business.)

// A potential-VIP referral: logged -> accepted -> contacted -> met -> converted, or any
// open state -> declined | expired (ReferralLifecycle says which moves are allowed).
enum class ReferralState { Logged, Accepted, Contacted, Met, Converted, Declined, Expired };
// A task of a call list: open until it has its outcome, or skipped by the contact rules.
enum class CallTaskStatus { Open, Done, Skipped };
// How a call went (call_task.outcome; interaction.outcome uses the same words).
enum class CallOutcome { Reached, NotReached, Interested, Refused, Appointment };
// A care-plan task.
enum class CareTaskStatus { Open, Done };
// One version of a customer's KYC interview: a draft until it is finalised.
enum class KycSessionState { Draft, Final };
// An opportunity a rule made (opportunity.status): open (delivered to someone), held (held
// back by the contact rules), contacted, done or dismissed.
enum class OpportunityStatus { Open, Held, Contacted, Done, Dismissed };
// What came of the contact on an opportunity (opportunity.outcome).
enum class OpportunityOutcome { Interested, NotInterested, NoAnswer, Converted };
// What came of a contact with a customer (interaction.outcome; a call's outcome maps onto it).
enum class ContactOutcome { Interested, Appointment, Purchased, Considering, Refused, Unreachable };
// An outcome read back from an interaction: none yet, one this build knows, or an error
// naming a code it does not know (said in words on screen, never shown as the code).
using StoredContactOutcome = Result<std::optional<ContactOutcome>>;
// A product a customer holds (holding.status): active until it matures or is closed.
enum class HoldingStatus { Active, Matured, Closed };
// Where a customer is in the relationship (customer.lifecycle_stage, DOMAIN.md section 5):
// set by LifecycleRules, or by hand in the profile.
enum class LifecycleStage { Development, Growth, Maturity, Decline, Termination };
// A stage read back from a customer row: one this build knows, or an error naming the code
// (said in words on screen, never shown as the code; never recomputed over).
using StoredLifecycleStage = Result<LifecycleStage>;

namespace WorkStates {
QString code(ReferralState state);
QString code(CallTaskStatus status);
QString code(CallOutcome outcome);
QString code(CareTaskStatus status);
QString code(KycSessionState state);
QString code(OpportunityStatus status);
QString code(OpportunityOutcome outcome);
QString code(ContactOutcome outcome);
QString code(HoldingStatus status);
QString code(LifecycleStage stage);

std::optional<ReferralState> referralState(const QString &code);
std::optional<CallTaskStatus> callTaskStatus(const QString &code);
std::optional<CallOutcome> callOutcome(const QString &code);
std::optional<CareTaskStatus> careTaskStatus(const QString &code);
std::optional<KycSessionState> kycSessionState(const QString &code);
std::optional<OpportunityStatus> opportunityStatus(const QString &code);
std::optional<OpportunityOutcome> opportunityOutcome(const QString &code);
std::optional<ContactOutcome> contactOutcome(const QString &code);
std::optional<HoldingStatus> holdingStatus(const QString &code);
std::optional<LifecycleStage> lifecycleStage(const QString &code);

// A code read back from a row. A code this build does not know (a row written by a newer
// version, or edited by hand) is an error naming it, never a guessed state: the caller
// refuses to act on the row rather than move it from a state it only pretends to know.
Result<ReferralState> storedReferralState(const QString &code);
Result<CallTaskStatus> storedCallTaskStatus(const QString &code);
Result<std::optional<CallOutcome>> storedCallOutcome(const QString &code); // "": no outcome yet
Result<CareTaskStatus> storedCareTaskStatus(const QString &code);
Result<KycSessionState> storedKycSessionState(const QString &code);
Result<OpportunityStatus> storedOpportunityStatus(const QString &code);
StoredContactOutcome storedContactOutcome(const QString &code); // "": no outcome
Result<HoldingStatus> storedHoldingStatus(const QString &code);
StoredLifecycleStage storedLifecycleStage(const QString &code);

// Converted, declined and expired: nothing happens to the referral any more.
bool isFinal(ReferralState state);
// The codes of the referral states not yet final (logged, accepted, contacted, met), for the
// queries that count or list open referrals by binding them.
QStringList openReferralCodes();
} // namespace WorkStates

} // namespace bd
