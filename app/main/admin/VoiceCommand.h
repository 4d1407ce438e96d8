#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `voice analyse [FILE]` and `voice validate FILE`: the customer-voice analyser on plain
// text, no database and no sign-in (docs/VOICE.md).
class VoiceCommand : public CommandGroup
{
public:
    VoiceCommand();
    QString name() const override { return QStringLiteral("voice"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
