#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// What can happen to a customer that the event rules react to (docs/EVENTS.md): from core
// banking and the channels (sent to the server), and from the desk itself (raised by the
// workstation that recorded them). Codes travel in events and rule files; labels are what
// staff read.
enum class EventKind {
    Transaction,     // money in or out: amount, direction, channel, counterparty bank
    Salary,          // a salary (or other regular income) credited
    Maturity,        // a product the customer holds matures soon
    Browse,          // mobile-banking pages of a product category viewed
    Complaint,       // a complaint lodged through any channel
    ProfileChange,   // address, employer or phone changed
    MobileSignIn,    // a mobile-banking sign-in (the first one of a new customer matters)
    Birthday,        // a birthday coming (raised by the server's daily sweep)
    CounterBusiness, // desk: the teller's counter business with its amount
    WalkIn,          // desk: a walk-in the lobby manager logged
    CallOutcome,     // desk: what came of a call
};

// The fields an event may carry besides event_id, kind, cif_no and occurred_at.
enum class EventField {
    AmountFen,        // integer fen, > 0
    Direction,        // in | out
    Channel,          // Vocabulary::Channel
    TxnKind,          // Vocabulary::TransactionKind
    CounterpartyBank, // short text: the other bank of a transfer
    ProductFamily,    // Vocabulary::ProductFamily
    Category,         // Vocabulary::ProductFamily: what was browsed
    MaturityDate,     // ISO date
    ProfileField,     // address | employer | phone
    First,            // true/false: the first time (mobile sign-in)
    BusinessType,     // Vocabulary::BusinessType
    ValueClass,       // Vocabulary::ValueClass
    Outcome,          // a call outcome code
    ContactKind,      // marketing | care | service
    Topic,            // short text: a complaint's topic
};

namespace EventKinds {
QList<EventKind> all();
QString code(EventKind kind);
std::optional<EventKind> fromCode(const QString &code);
QStringList codes();
QString label(EventKind kind); // translated
// Raised by a workstation from its own records rather than sent by core banking.
bool isDeskKind(EventKind kind);

QString fieldCode(EventField field);
std::optional<EventField> fieldFromCode(const QString &code);
QList<EventField> allFields();
// What an event of the kind must carry, and what it may carry besides.
QList<EventField> requiredFields(EventKind kind);
QList<EventField> optionalFields(EventKind kind);
bool carries(EventKind kind, EventField field);
// For a code field, the codes it takes (empty for numbers, dates, texts and flags).
QStringList fieldCodes(EventField field);

QStringList profileFields();  // address, employer, phone
QStringList callOutcomes();   // reached, not_reached, interested, refused, appointment
QStringList contactKinds();   // marketing, care, service
} // namespace EventKinds

} // namespace bd
