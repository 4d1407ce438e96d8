#pragma once

#include "app/services/branchfloor/ReferralForm.h"

#include <QCoreApplication>

namespace bd {

// A potential-VIP form as a printable document (HTML laid out by QTextDocument) and as a
// PDF through QPrinter.
class ReferralPrint
{
    Q_DECLARE_TR_FUNCTIONS(ReferralPrint)

public:
    static QString html(const ReferralForm &form, const QString &managerName,
                        const QString &referrerName, const QString &branchName);
    static bool toPdf(const QString &html, const QString &path);
};

} // namespace bd
