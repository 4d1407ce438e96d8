#pragma once

#include "app/domain/voice/VoiceLexicon.h"
#include "app/domain/voice/VoiceNoteReading.h"
#include "app/domain/voice/VoiceSpan.h"

#include <vector>

namespace bd {

// Says which of a label's candidates are not heard (docs/VOICE.md "Negation"): an exclude
// over it (a `^` exclude only where a sentence begins), a cue of the label's own shortly
// after it (`negated_after`), an odd number of negation cues shortly before the part that
// carries the meaning in its phrase (不想买基金; 不是不想买 is two) with no `negation_end`
// word between (没空也没闲钱), or a cue of the label's own before it (`negated_by`). A part of a negated candidate then makes no other
// finding of the label, unless that finding's own words hold the cue. A follow-up is not
// heard after a `done_action` cue in its phrase (已发短信: sent, not promised; round 12).
class VoiceNegationScope
{
public:
    explicit VoiceNegationScope(const VoiceNoteReading &reading)
        : m_reading(reading)
    {}

    // How far before what it negates a negation cue may stand (characters), and how far
    // after a label's words its `negated_after` cues may.
    static constexpr int kNegationReach = 6;

    // verdicts[k] = 1 where candidates[k] is excluded or negated; remembers the negated
    // parts for partOfNegated(). Candidates are those of label `l`.
    void judge(int l, const VoiceLabelDefinition &label,
               const std::vector<VoiceCandidate> &candidates, std::vector<char> &verdicts);

    // Whether a kept candidate shares a part with a negated one of the same label
    // (不考虑理财，钱要买车: 理财 is not heard again with 要买) without holding its cue
    // (不能提前支取, 不想锁 where 提前支取 and 锁定资金 were negated are still objections).
    bool partOfNegated(const VoiceCandidate &candidate) const;

private:
    bool excluded(int l, const VoiceCandidate &candidate) const;
    bool negated(int l, const VoiceCandidate &candidate);
    bool endsBetween(int from, int to) const;
    bool doneBefore(const VoiceCandidate &candidate) const;

    struct NegatedPart
    {
        VoiceSpan part;
        std::vector<VoiceSpan> cues;
    };

    const VoiceNoteReading &m_reading;
    std::vector<VoiceSpan> m_inScope;
    std::vector<VoiceSpan> m_negatingCues; // the cues of the last negated() that said yes
    std::vector<NegatedPart> m_negatedParts;
};

} // namespace bd
