#include "database/core/BirthYear.h"

#include <QDate>

namespace bd::BirthYear {

namespace {
const QString kDate = QStringLiteral("birth_date");
const QString kYear = QStringLiteral("birth_year");
} // namespace

QVariant of(const QVariant &birthDate)
{
    const QDate date = QDate::fromString(birthDate.toString().left(10), Qt::ISODate);
    return date.isValid() ? QVariant(date.year()) : QVariant();
}

void complete(const QString &table, QVariantMap &fields)
{
    if (table == QLatin1String("customer") && fields.contains(kDate) && !fields.contains(kYear))
        fields.insert(kYear, of(fields.value(kDate)));
}

void complete(const QString &table, QJsonObject &fields)
{
    if (table == QLatin1String("customer") && fields.contains(kDate) && !fields.contains(kYear))
        fields.insert(kYear, QJsonValue::fromVariant(of(fields.value(kDate).toVariant())));
}

int ageIn(const QVariant &birthYear, int todayYear)
{
    bool ok = false;
    const int year = birthYear.toInt(&ok);
    if (!ok || birthYear.isNull() || year <= 0 || year > todayYear)
        return -1;
    return todayYear - year;
}

} // namespace bd::BirthYear
