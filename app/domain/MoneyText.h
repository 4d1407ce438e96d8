#pragma once

#include "app/domain/Money.h"

#include <QLocale>
#include <QString>

namespace bd::MoneyText {

// How amounts read on screen and paper. Money::toDisplayString() is the column format: yuan
// with separators and two decimals ("¥940,438.65", "¥11,985,400.00"), the same unit for
// every row, so that a column of amounts never mixes yuan and 万. A figure that stands
// alone (a headline tile, a chart's total) reads in the unit staff say it in:
//   zh: "¥8,000.00", "¥350.00万" (from 100万 yuan), "¥39.39亿" (from 1亿 yuan);
//   other languages: "¥8,000.00", "¥3.50 million", "¥3.94 billion".
QString headline(Money amount, const QLocale &locale = QLocale());

} // namespace bd::MoneyText
