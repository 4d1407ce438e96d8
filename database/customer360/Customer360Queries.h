#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Store;

// The rows of a customer 360, read with bound, prepared statements. Unmasked here; the
// service masks personal data before anything leaves it.
struct HoldingRow
{
    QString id;
    QString productFamily;
    QString productCode;
    QString productName;
    Money amount;
    int rateBp = 0;
    QDate openedOn;
    QDate maturityDate; // null for open-ended products
    // As stored: active, or one this build does not know (a newer version's, an error
    // naming it). Matured and closed holdings are not read for the 360.
    Result<HoldingStatus> status = HoldingStatus::Active;

    bool isActive() const { return status == HoldingStatus::Active; }
    // The product's name, and for a holding of a status this build does not know, words
    // saying so (translated).
    QString productShown() const;
};

struct AumPoint
{
    QString month; // YYYY-MM
    Money aum;
};

struct FundArrivalRow
{
    QDate expectedOn;
    Money amount;
    QString source;
    QString note;
    QString status;
};

// One line of the behaviour timeline: a transaction, another event or a contact.
struct TimelineEntry
{
    enum class Source { Transaction, Event, Interaction };
    Source source = Source::Transaction;
    QDateTime occurredAt;
    QString kind;    // txn kind, event kind, or the contact's purpose
    QString channel; // channel code of the source vocabulary
    Money amount;    // transactions only; positive, see isOutflow()
    QString detail;  // counterparty/institution, event detail, or customer voice
    StoredContactOutcome outcome = std::optional<ContactOutcome>(); // interactions
    QString objection;
    QDate nextFollowUp;
    QString staffName;
    QString interactionId; // contacts only: what a void names (issue #15, F10)
    QString staffId;       // contacts only: who logged it (ContactVoidRules::mayVoid)
    // A voided contact stays on the timeline marked void (who, when, why), and counts for nothing.
    QDateTime voidedAt;
    QString voidedByName;
    QString voidReason;

    bool isVoided() const { return voidedAt.isValid(); }

    bool isOutflow() const;
};

struct CustomerTagRow
{
    QString id; // customer_tag.id
    QString tagId;
    QString dimension;
    QString category;
    QString value;
    QString source;
    int confidence = 100;
    QDateTime setAt;
    QString setByName;
};

struct TagOption
{
    QString id;
    QString dimension;
    QString category;
    QString value;
};

struct CareStep
{
    QString kind;
    QDate dueOn;
    QString status;
};

class Customer360Queries
{
    Q_DECLARE_TR_FUNCTIONS(Customer360Queries)

public:
    explicit Customer360Queries(Store &store);

    // Active holdings, by maturity.
    Result<QList<HoldingRow>> holdings(const CustomerId &customerId) const;
    // Holdings whose status this build does not know (a newer version's), by maturity: the
    // 360 shows them saying so; no figure counts them (see Customer360::holdings).
    Result<QList<HoldingRow>> holdingsOfUnknownStatus(const CustomerId &customerId) const;
    // Oldest first.
    Result<QList<AumPoint>> aumTrend(const CustomerId &customerId, int months = 12) const;
    Result<QList<FundArrivalRow>> fundArrivals(const CustomerId &customerId) const;
    // Newest first, at most limit rows from each source.
    Result<QList<TimelineEntry>> timeline(const CustomerId &customerId, int limit = 500) const;
    Result<QList<CustomerTagRow>> tags(const CustomerId &customerId) const;
    Result<QList<TagOption>> tagVocabulary() const;
    Result<QList<CareStep>> openCareSteps(const CustomerId &customerId) const;
    // Sum of withdrawals and outgoing transfers/redemptions on or after the day.
    Result<Money> outflowSince(const CustomerId &customerId, const QDate &since) const;

private:
    Store &m_store;
};

} // namespace bd
