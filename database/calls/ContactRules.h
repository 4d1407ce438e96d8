#pragma once

#include <QTime>

namespace bd {

class Store;

// The contact rules of the branch file (app_setting, defaults from migration 0010):
// unsolicited marketing contacts are limited per customer and period, need the customer's
// marketing consent and are not made in the quiet hours. Do-not-contact always holds.
struct ContactRules
{
    bool requireMarketingConsent = true;
    int maxMarketingContacts = 2; // per customer within periodDays
    int periodDays = 30;
    QTime quietFrom{21, 0};   // local time; the quiet hours may wrap midnight
    QTime quietUntil{8, 0};

    static ContactRules load(const Store &store);
    bool save(Store &store) const; // call inside a Transaction
    bool isValid() const;
};

} // namespace bd
