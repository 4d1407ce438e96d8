#include "app/services/privacy/ConsentPurpose.h"

#include <QCoreApplication>

namespace bd::ConsentPurposes {

QList<ConsentPurpose> all()
{
    using P = ConsentPurpose;
    return {P::MarketingPhone, P::MarketingSms,  P::MarketingWeChat,
            P::MarketingEmail, P::GroupSharing, P::ThirdPartySharing};
}

QString code(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::MarketingPhone: return QStringLiteral("marketing_phone");
    case ConsentPurpose::MarketingSms: return QStringLiteral("marketing_sms");
    case ConsentPurpose::MarketingWeChat: return QStringLiteral("marketing_wechat");
    case ConsentPurpose::MarketingEmail: return QStringLiteral("marketing_email");
    case ConsentPurpose::GroupSharing: return QStringLiteral("group_sharing");
    case ConsentPurpose::ThirdPartySharing: return QStringLiteral("third_party_sharing");
    }
    return {};
}

bool fromCode(const QString &text, ConsentPurpose *purpose)
{
    for (const ConsentPurpose candidate : all()) {
        if (code(candidate) == text) {
            *purpose = candidate;
            return true;
        }
    }
    return false;
}

QString label(ConsentPurpose purpose)
{
    switch (purpose) {
    case ConsentPurpose::MarketingPhone:
        return QCoreApplication::translate("ConsentPurpose", "Marketing calls");
    case ConsentPurpose::MarketingSms:
        return QCoreApplication::translate("ConsentPurpose", "Marketing SMS");
    case ConsentPurpose::MarketingWeChat:
        return QCoreApplication::translate("ConsentPurpose", "Marketing via WeChat");
    case ConsentPurpose::MarketingEmail:
        return QCoreApplication::translate("ConsentPurpose", "Marketing e-mail");
    case ConsentPurpose::GroupSharing:
        return QCoreApplication::translate("ConsentPurpose", "Sharing within the group");
    case ConsentPurpose::ThirdPartySharing:
        return QCoreApplication::translate("ConsentPurpose", "Sharing with partners");
    }
    return {};
}

bool isMarketing(ConsentPurpose purpose)
{
    return purpose == ConsentPurpose::MarketingPhone || purpose == ConsentPurpose::MarketingSms
            || purpose == ConsentPurpose::MarketingWeChat
            || purpose == ConsentPurpose::MarketingEmail;
}

QStringList channelCodes()
{
    return {QStringLiteral("counter"), QStringLiteral("phone"), QStringLiteral("paper_form"),
            QStringLiteral("ebanking"), QStringLiteral("mobile"), QStringLiteral("wechat")};
}

QString channelLabel(const QString &code)
{
    if (code == QLatin1String("counter"))
        return QCoreApplication::translate("ConsentPurpose", "At the counter");
    if (code == QLatin1String("phone"))
        return QCoreApplication::translate("ConsentPurpose", "By phone (recorded call)");
    if (code == QLatin1String("paper_form"))
        return QCoreApplication::translate("ConsentPurpose", "Signed paper form");
    if (code == QLatin1String("ebanking"))
        return QCoreApplication::translate("ConsentPurpose", "E-banking");
    if (code == QLatin1String("mobile"))
        return QCoreApplication::translate("ConsentPurpose", "Mobile banking");
    if (code == QLatin1String("wechat"))
        return QCoreApplication::translate("ConsentPurpose", "WeChat");
    return code;
}

} // namespace bd::ConsentPurposes
