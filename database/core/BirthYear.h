#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace bd {

// The plain year beside the sealed birth date (migration 0028; docs/SECURITY.md §4). The
// date is an identifier, opened only by roles that may reveal; the year is what age bands,
// segments, offers and the elderly-care rules need, and every role may know it (the ID
// number's mask with the year leaves about 33 dates). Whoever writes a customer's
// birth_date through a sealing path sets the year with it here, since SQL cannot read a
// sealed date (a plain one gets its year from the table's trigger).
namespace BirthYear {

// The year of a plain ISO date ("1958-03-07"), else null.
QVariant of(const QVariant &birthDate);

// `fields` of a customer row or change: birth_year added from birth_date when the latter
// is among them and the former is not. Other tables pass through.
void complete(const QString &table, QVariantMap &fields);
void complete(const QString &table, QJsonObject &fields);

// Whole years on `today` from the year alone: the age reached this calendar year (never
// less than the exact age, so elderly-care rules err on the careful side); -1 when unknown.
int ageIn(const QVariant &birthYear, int todayYear);

} // namespace BirthYear
} // namespace bd
