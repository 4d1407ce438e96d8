#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// The KYC fields a bank's questions may fill. Each answered field is kept per customer in
// the kyc_field table (value_json sealed; value_text holds only option codes, see KycSearchForm).
namespace KycFields {
QStringList all();
bool isKnown(const QString &field);
QString label(const QString &field); // translated; the field name if unknown
} // namespace KycFields

} // namespace bd
