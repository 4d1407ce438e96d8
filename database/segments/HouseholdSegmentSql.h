#pragma once

#include "app/domain/SegmentDefinition.h"

#include <QString>
#include <QVariant>

#include <functional>

namespace bd::HouseholdSegmentSql {
// The household conditions of a segment (issue #20): household AUM, tier, gap to the next
// tier, members and head, as SQL over the customer row `c`. A customer in no household is
// a household of one. The compiler hands in how it binds values and compares.
using Bind = std::function<QString(const QVariant &value)>;
using Compare = std::function<QString(const QString &expression)>; // expression <op> values
using InList = std::function<QString(const QString &expression)>;  // expression [NOT] IN values

bool handles(const QString &field);
QString condition(const SegmentNode &node, const Bind &bind, const Compare &compare,
                  const InList &inList);
} // namespace bd::HouseholdSegmentSql
