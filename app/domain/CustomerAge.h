#pragma once

#include <QDate>

namespace bd {

// A customer's age in whole years on `day`: the birthday counts from that day on (born on
// 29 February, a common year's birthday is 1 March); -1 when the birth date is unknown.
// Callers that must refuse a birth date after `day` check it themselves.
int ageOn(const QDate &birthDate, const QDate &day);

} // namespace bd
