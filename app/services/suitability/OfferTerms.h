#pragma once

#include <QString>
#include <QStringList>

namespace bd::OfferTerms {
// What a customer said to a recommended product (product_offer.response).
QStringList responses();               // accepted, declined, not_now
QString responseLabel(const QString &code);
// Why they declined (product_offer.decline_reason).
QStringList declineReasons();
QString declineReasonLabel(const QString &code);
// Where the offer was made (product_offer.context).
QStringList contexts();                // customer360, prep_sheet, counter, command_line
// The kinds of reason an offer gives (OfferEngine), for the dashboard.
QStringList reasonCodes();
QString reasonLabel(const QString &code);
} // namespace bd::OfferTerms
