#include "app/domain/voice/VoiceAttachments.h"

#include <cstdlib>

namespace bd::VoiceAttachments {

namespace {

// The amount or date nearest to `span` in its sentence (the first of equally near ones).
template<typename Mention>
const Mention *nearestInSentence(const std::vector<Mention> &mentions, const VoiceSpan &span,
                                 const VoiceNoteReading &reading)
{
    const Mention *nearest = nullptr;
    int best = reading.n + 1;
    for (const Mention &m : mentions) {
        const int distance = std::abs(m.start - span.start);
        if (reading.sameSentence({m.start, m.end}, span) && distance < best) {
            best = distance;
            nearest = &m;
        }
    }
    return nearest;
}

} // namespace

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
    if (const VoiceAmount *amount = nearestInSentence(reading.amounts, span, reading))
        finding.amountFen = amount->fen;
    // A day said with it matters for a follow-up, an interest or a life event; next to an
    // objection or a complaint it is only when the call was.
    const bool dated = label.kind == VoiceKind::FollowUp || label.kind == VoiceKind::Interest
            || label.kind == VoiceKind::LifeEvent;
    if (!dated)
        return;
    if (const VoiceDate *date = nearestInSentence(reading.dates, span, reading))
        finding.date = date->date;
}

} // namespace bd::VoiceAttachments
