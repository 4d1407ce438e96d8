#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `kyc validate FILE`: checks a KYC question bank file and lists every problem.
class KycCommand : public CommandGroup
{
public:
    KycCommand();
    QString name() const override { return QStringLiteral("kyc"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
