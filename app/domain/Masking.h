#pragma once

#include <QString>

namespace bd {

// Personal data is masked in every view and export unless a reveal was granted.
namespace Masking {
QString idNumber(const QString &id);     // 110101********123X
QString phone(const QString &phone);     // 138****5678
QString address(const QString &address); // first district only, then ****
QString accountNumber(const QString &account);
QString name(const QString &name);       // 张*丰 (for exports, not for the 360 header)
} // namespace Masking

} // namespace bd
