#include "app/domain/voice/VoiceAttachments.h"

#include <cstdlib>

namespace bd::VoiceAttachments {

void attach(VoiceFinding &finding, const VoiceLabelDefinition &label, const VoiceSpan &span,
            const VoiceLexicon &lexicon, const VoiceCompiledLexicon &compiled,
            const VoiceNoteReading &reading)
{
    const int n = reading.n;
    for (const VoiceSpan &h : reading.hedges)
        finding.hedged = finding.hedged || reading.sameSentence(h, span);
    for (const VoiceSpan &fixed : reading.corrected)
        finding.corrected = finding.corrected || fixed.overlaps(span);
    finding.family = label.family;
    if (finding.family.isEmpty()) {
        int nearest = n + 1;
        for (int f = 0; f < int(compiled.familyLists.size()); ++f) {
            for (const VoiceSpan &term : reading.lists[size_t(compiled.familyLists[size_t(f)])]) {
                const int distance = std::abs(term.start - span.start);
                if (reading.sameSentence(term, span) && distance < nearest) {
                    nearest = distance;
                    finding.family = lexicon.families.at(f).code;
                }
            }
        }
    }
    int nearestAmount = n + 1;
    for (const VoiceAmount &a : reading.amounts) {
        const VoiceSpan amountSpan{a.start, a.end};
        const int distance = std::abs(a.start - span.start);
        if (reading.sameSentence(amountSpan, span) && distance < nearestAmount) {
            nearestAmount = distance;
            finding.amountFen = a.fen;
        }
    }
    // A day said with it matters for a follow-up, an interest or a life event; next to an
    // objection or a complaint it is only when the call was.
    const bool dated = label.kind == VoiceKind::FollowUp || label.kind == VoiceKind::Interest
            || label.kind == VoiceKind::LifeEvent;
    if (!dated)
        return;
    int nearestDate = n + 1;
    for (const VoiceDate &d : reading.dates) {
        const VoiceSpan dateSpan{d.start, d.end};
        const int distance = std::abs(d.start - span.start);
        if (reading.sameSentence(dateSpan, span) && distance < nearestDate) {
            nearestDate = distance;
            finding.date = d.date;
        }
    }
}

} // namespace bd::VoiceAttachments
