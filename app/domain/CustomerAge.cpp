#include "app/domain/CustomerAge.h"

namespace bd {

int ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month()
        || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace bd
