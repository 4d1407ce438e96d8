#pragma once

#include "app/domain/Result.h"

#include "app/rules/CustomerProfile.h"

#include <QDate>
#include <QList>
#include <QPair>

namespace bd {

class CustomerFacts;
class EventIngest;

// The events no feed sends: each day, a "birthday" event for every customer whose birthday
// is within the coming days (one event per customer and year: its id says which, so
// sweeping twice raises nothing twice). Run by the server at start and every hour, over the
// facts caught up with the logs first (they follow the logs only when events come). The
// opportunities it makes go only to roles that may reveal the birth date: their time tells
// the date (PersonalDataFilter::withheldWhole, docs/SECURITY.md §8.1).
class BirthdaySweep
{
public:
    static constexpr int kLeadDays = 3;

    BirthdaySweep(CustomerFacts &facts, EventIngest &ingest)
        : m_facts(facts)
        , m_ingest(ingest)
    {
    }

    // Raises the events for birthdays from `today` to today + kLeadDays; how many were new.
    Result<int> run(const QDate &today);

private:
    Result<int> raise(const QList<QPair<QDate, CustomerProfile>> &born);

    CustomerFacts &m_facts;
    EventIngest &m_ingest;
};

} // namespace bd
