#pragma once

#include "app/domain/SegmentFields.h"
#include "app/rules/EventKinds.h"

#include <QList>
#include <QString>

namespace bd {

// What a rule's "when" may test about the event (docs/EVENTS.md), in the segment format's
// terms (field, operator, value; ConditionTree reads both): the amount and its share of
// the customer's AUM, codes of the event's fields, the days to a maturity, and how often the
// same thing happened within a window of days.
namespace RuleFields {
constexpr qint64 kMaxSharePercent = 100000;
constexpr int kMaxWindowCount = 1000;

const QList<SegmentField> &all();
const SegmentField *find(const QString &code);
QString label(const SegmentField &field); // translated
// Whether an event of `kind` has what the field tests.
bool appliesTo(const QString &code, EventKind kind);
// The event field a code condition reads (direction -> Direction ...); empty for amount,
// share_of_aum, days_to_maturity and count_in_window.
std::optional<EventField> eventField(const QString &code);
} // namespace RuleFields

} // namespace bd
