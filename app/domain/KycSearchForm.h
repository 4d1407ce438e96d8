#pragma once

#include <QJsonObject>
#include <QString>

namespace bd {

// kyc_field.value_text: the part of a KYC answer that may stay in clear so that segments
// can filter on it in SQL. Only the chosen option codes of a choice, multi-choice or range
// answer, joined by ','; free text, amounts, dates and numbers give '' (they are only in
// the sealed value_json). Derived from the answer wherever a kyc_field row is written
// (the repository, a pulled change, the upgrade of an old file), never taken as given.
namespace KycSearchForm {
QString of(const QJsonObject &value);
QString ofJson(const QString &valueJson); // '' for text that is not a JSON object
} // namespace KycSearchForm

} // namespace bd
