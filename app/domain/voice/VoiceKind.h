#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// What a finding in a customer's words is (DOMAIN.md section 6). The set is closed: the
// lexicon adds labels within these kinds, never new kinds, because each kind has its own
// place in the workstation (tags, tasks, the prep sheet, the branch head's view).
enum class VoiceKind { Interest, Objection, Competitor, Praise, Complaint, LifeEvent, FollowUp };

class VoiceKinds
{
    Q_DECLARE_TR_FUNCTIONS(VoiceKinds)

public:
    static QList<VoiceKind> all();
    static QString code(VoiceKind kind); // interest, objection, ..., life_event, follow_up
    static std::optional<VoiceKind> fromCode(const QString &code);
    static QStringList codes();
    static QString label(VoiceKind kind); // translated: 意向, 异议, 竞品, 表扬, 抱怨, 人生事件, 跟进
};

} // namespace bd
