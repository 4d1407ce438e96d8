#pragma once

#include "app/domain/ConditionTree.h"
#include "app/rules/CustomerProfile.h"

#include <QDate>
#include <QStringList>

namespace bd {

// The customers a rule is for, as segment conditions (docs/SEGMENTS.md) evaluated on one
// customer's profile when an event arrives. Only the fields of the profile itself can be
// used: what a customer did (transactions, events, contacts) is the rule's "when".
namespace CustomerScope {
// The segment fields a rule's "customers" may use.
const QStringList &supportedFields();
bool matches(const SegmentNode &node, const CustomerProfile &customer, const QDate &today);
// One comparison of the segment format: `value` against the condition's values.
bool compare(qint64 value, SegmentOperator op, const QVariantList &values);
bool inSet(const QString &value, SegmentOperator op, const QVariantList &values);
} // namespace CustomerScope

} // namespace bd
