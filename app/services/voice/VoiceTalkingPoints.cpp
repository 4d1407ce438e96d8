#include "app/services/voice/VoiceTalkingPoints.h"

#include "app/services/voice/VoiceLexiconSource.h"
#include "database/voice/VoiceQueries.h"

#include <QLocale>
#include <QSet>

namespace bd {

QString VoiceTalkingPoints::labelName(const QString &kind, const QString &label)
{
    const VoiceLabelDefinition *definition
            = VoiceLexiconSource::active()->lexicon().label(kind + QLatin1Char('.') + label);
    return definition ? definition->name() : label;
}

QString VoiceTalkingPoints::heard(const QString &kind, const QString &label)
{
    const std::optional<VoiceKind> k = VoiceKinds::fromCode(kind);
    return tr("Heard: %1 - %2").arg(k ? VoiceKinds::label(*k) : kind, labelName(kind, label));
}

VoiceTalkingPoints::Points VoiceTalkingPoints::from(const QList<VoiceFindingRecord> &findings,
                                                    const QDate &today)
{
    Points points;
    QSet<QString> seen;
    const QLocale locale;
    for (const VoiceFindingRecord &f : findings) { // newest note first
        if (f.decision == QLatin1String("dismissed") || seen.contains(f.kind + f.label))
            continue;
        const QString day = locale.toString(f.notedOn, QLocale::ShortFormat);
        const QString name = labelName(f.kind, f.label);
        if (f.kind == QLatin1String("interest") && points.interests.size() < kPerKind) {
            points.interests << tr("Interested in %1 (%2: \"%3\")").arg(name, day, f.phrase);
        } else if (f.kind == QLatin1String("objection") && points.objections.size() < kPerKind
                   && f.notedOn.daysTo(today) <= kObjectionDays) {
            points.objections << tr("Objection to answer: %1 (%2: \"%3\")").arg(name, day, f.phrase);
        } else if (f.kind == QLatin1String("follow_up") && points.promises.size() < kPerKind
                   && f.mentionedOn.isValid() && f.mentionedOn >= today.addDays(-7)) {
            points.promises << tr("Promised on %1: %2 (\"%3\")")
                                       .arg(locale.toString(f.mentionedOn, QLocale::ShortFormat),
                                            name, f.phrase);
        } else {
            continue;
        }
        seen.insert(f.kind + f.label);
    }
    return points;
}

Result<VoiceTalkingPoints::Points> VoiceTalkingPoints::of(Store &store, const CustomerId &customerId,
                                                          const QDate &today)
{
    Result<QList<VoiceFindingRecord>> findings = VoiceQueries(store).ofCustomer(customerId, 200);
    if (!findings)
        return findings.error();
    return from(*findings, today);
}

} // namespace bd
