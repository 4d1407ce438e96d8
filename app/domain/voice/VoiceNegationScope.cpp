#include "app/domain/voice/VoiceNegationScope.h"

namespace bd {

void VoiceNegationScope::judge(int l, const VoiceLabelDefinition &label,
                               const std::vector<VoiceCandidate> &candidates,
                               std::vector<char> &verdicts)
{
    m_negatedParts.clear();
    verdicts.assign(candidates.size(), 0); // 0 keep, 1 drop
    for (size_t k = 0; k < candidates.size(); ++k) {
        const VoiceCandidate &candidate = candidates[k];
        if (excluded(l, candidate)
            || (label.kind == VoiceKind::FollowUp && doneBefore(candidate))) {
            verdicts[k] = 1;
            continue;
        }
        if (label.negatable && negated(l, candidate)) {
            verdicts[k] = 1;
            m_negatedParts.push_back({candidate.first, m_negatingCues});
            m_negatedParts.push_back({candidate.last, m_negatingCues});
        }
    }
}

bool VoiceNegationScope::excluded(int l, const VoiceCandidate &candidate) const
{
    bool excluded = false;
    for (const VoiceSpan &e : m_reading.excludes[size_t(l)])
        excluded = excluded || e.overlaps(candidate.span);
    // A cue of the label's own shortly after it, in the phrase it ends in (约好20号电话沟通:
    // the appointment is a call, so no visit). A pair may reach across a comma (只存定期，
    // 基金碰都不碰), so the phrase is that of its last character, not of the whole stretch.
    const VoiceSpan end{candidate.span.end - 1, candidate.span.end};
    for (const VoiceSpan &cue : m_reading.labelNegationsAfter[size_t(l)])
        excluded = excluded
                || (cue.start >= candidate.span.end
                    && cue.start - candidate.span.end <= kNegationReach
                    && m_reading.samePhrase(cue, end));
    return excluded;
}

// An odd number of cues shortly before the part that carries the meaning, in its phrase,
// or a cue of the label's own.
bool VoiceNegationScope::negated(int l, const VoiceCandidate &candidate)
{
    const std::vector<int> &phrase = m_reading.phrase;
    const int phraseOfLast = phrase[size_t(candidate.last.start)];
    auto cancels = [&](const VoiceSpan &cue) {
        return cue.end <= candidate.last.start
                && candidate.last.start - cue.end <= kNegationReach
                && phrase[size_t(cue.start)] == phraseOfLast
                && !cue.overlaps(candidate.first) && !cue.overlaps(candidate.last)
                && !endsBetween(cue.end, candidate.last.start);
    };
    // A cue counts once: 不 inside 不想 is the same cue, but where 不想 overlaps what it
    // negates (不想买 with 想买 heard), 不 alone is the cue.
    m_inScope.clear();
    for (const VoiceSpan &cue : m_reading.cues) {
        if (cancels(cue))
            m_inScope.push_back(cue);
    }
    int count = 0;
    for (const VoiceSpan &cue : m_inScope) {
        bool inLonger = false;
        for (const VoiceSpan &other : m_inScope)
            inLonger = inLonger
                    || (other.contains(cue) && other.end - other.start > cue.end - cue.start);
        count += inLonger ? 0 : 1;
    }
    bool labelCue = false;
    m_negatingCues = m_inScope;
    for (const VoiceSpan &cue : m_reading.labelNegations[size_t(l)]) {
        const bool cuts = cancels(cue)
                || (cue.end <= candidate.span.start && m_reading.sameSentence(cue, candidate.span)
                    && candidate.span.start - cue.end <= kNegationReach);
        if (cuts)
            m_negatingCues.push_back(cue);
        labelCue = labelCue || cuts;
    }
    return count % 2 == 1 || labelCue;
}

// A coordinating word between a cue and what follows starts a second predicate the cue
// does not reach (round 11): 没空也没闲钱 is two objections, 没空 does not cancel 没闲钱;
// 不想也不会买 is one negation of 买, not two.
bool VoiceNegationScope::endsBetween(int from, int to) const
{
    for (const VoiceSpan &end : m_reading.negationEnds) {
        if (end.start >= from && end.end <= to)
            return true;
    }
    return false;
}

// A follow-up is a promise of a later action (docs/VOICE.md "What a follow-up is"): after a
// `done_action` cue in its phrase (已发短信, 已提醒客户, 本次回访, 上周已来行) the words record
// what was done (资料已经寄到: before the words' last part). The cue does not reach past a date the note names (已约客户下周二来开户 is
// still a visit: the date is the promise) nor past a `negation_end` word (已发短信也约了面谈
// keeps the visit: a second predicate).
bool VoiceNegationScope::doneBefore(const VoiceCandidate &candidate) const
{
    // Before the part that carries the action (资料已经寄到: 寄 after 已经).
    const int start = candidate.last.start;
    for (const VoiceSpan &cue : m_reading.doneActions) {
        if (cue.end > start || !m_reading.samePhrase(cue, candidate.span)
            || endsBetween(cue.end, start))
            continue;
        bool promised = false;
        for (const VoiceDate &date : m_reading.dates)
            promised = promised || (date.start >= cue.end && date.start < candidate.span.end);
        if (!promised)
            return true;
    }
    return false;
}

bool VoiceNegationScope::partOfNegated(const VoiceCandidate &candidate) const
{
    bool partOfNegated = false;
    for (const NegatedPart &negatedPart : m_negatedParts) {
        const VoiceSpan &part = negatedPart.part;
        bool holdsCue = false;
        for (const VoiceSpan &cue : negatedPart.cues)
            holdsCue = holdsCue || cue.overlaps(candidate.first) || cue.overlaps(candidate.last);
        partOfNegated = partOfNegated
                || (!holdsCue && (part.overlaps(candidate.first) || part.overlaps(candidate.last)));
    }
    return partOfNegated;
}

} // namespace bd
