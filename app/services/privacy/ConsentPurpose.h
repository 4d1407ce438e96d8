#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// What a customer can consent to, one purpose at a time (PIPL asks for separate consent
// per purpose). Stored as codes in consent_record.purpose.
enum class ConsentPurpose {
    MarketingPhone,    // marketing calls
    MarketingSms,      // marketing text messages
    MarketingWeChat,   // marketing through WeChat (enterprise WeChat of the manager)
    MarketingEmail,    // marketing e-mail
    GroupSharing,      // sharing within the bank's group (insurance, securities arms)
    ThirdPartySharing, // sharing with partners (e.g. product issuers)
};

namespace ConsentPurposes {
QList<ConsentPurpose> all();
QString code(ConsentPurpose purpose);
bool fromCode(const QString &code, ConsentPurpose *purpose);
QString label(ConsentPurpose purpose); // translated
bool isMarketing(ConsentPurpose purpose);

// Where the customer gave or withdrew it.
QStringList channelCodes();
QString channelLabel(const QString &code); // translated
} // namespace ConsentPurposes

} // namespace bd
