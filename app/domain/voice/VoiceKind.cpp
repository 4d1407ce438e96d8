#include "app/domain/voice/VoiceKind.h"

namespace bd {

QList<VoiceKind> VoiceKinds::all()
{
    return {VoiceKind::Interest,  VoiceKind::Objection, VoiceKind::Competitor, VoiceKind::Praise,
            VoiceKind::Complaint, VoiceKind::LifeEvent, VoiceKind::FollowUp};
}

QString VoiceKinds::code(VoiceKind kind)
{
    switch (kind) {
    case VoiceKind::Interest: return QStringLiteral("interest");
    case VoiceKind::Objection: return QStringLiteral("objection");
    case VoiceKind::Competitor: return QStringLiteral("competitor");
    case VoiceKind::Praise: return QStringLiteral("praise");
    case VoiceKind::Complaint: return QStringLiteral("complaint");
    case VoiceKind::LifeEvent: return QStringLiteral("life_event");
    case VoiceKind::FollowUp: return QStringLiteral("follow_up");
    }
    return {};
}

std::optional<VoiceKind> VoiceKinds::fromCode(const QString &code)
{
    for (VoiceKind kind : all()) {
        if (VoiceKinds::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QStringList VoiceKinds::codes()
{
    QStringList list;
    for (VoiceKind kind : all())
        list << code(kind);
    return list;
}

QString VoiceKinds::label(VoiceKind kind)
{
    switch (kind) {
    case VoiceKind::Interest: return tr("Interest");
    case VoiceKind::Objection: return tr("Objection");
    case VoiceKind::Competitor: return tr("Competitor");
    case VoiceKind::Praise: return tr("Praise");
    case VoiceKind::Complaint: return tr("Complaint");
    case VoiceKind::LifeEvent: return tr("Life event");
    case VoiceKind::FollowUp: return tr("Follow-up");
    }
    return {};
}

} // namespace bd
