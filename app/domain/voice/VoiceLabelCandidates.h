#pragma once

#include "app/domain/voice/VoiceCompiledLexicon.h"
#include "app/domain/voice/VoiceNoteReading.h"
#include "app/domain/voice/VoiceSpan.h"

#include <vector>

namespace bd {

// Where one label might be heard in a note: each of its phrases, each word of a list its
// phrases name, and each place where the two parts of one of its pairs meet (the nearest
// `then` within the pair's gap, in one phrase or sentence). Sorted by start, longest first;
// whether a candidate is excluded or negated is the negation scope's to say.
class VoiceLabelCandidates
{
public:
    explicit VoiceLabelCandidates(const VoiceCompiledLexicon &compiled,
                                  const VoiceNoteReading &reading)
        : m_compiled(compiled)
        , m_reading(reading)
    {}

    // Fills `out` (cleared first) with the candidates of label `l`.
    void collect(int l, std::vector<VoiceCandidate> &out);

private:
    void collectPair(const VoiceCompiledLexicon::Pair &pair, std::vector<VoiceCandidate> &out);
    void occurrences(const VoiceCompiledLexicon::PairSide &side, std::vector<VoiceSpan> &out) const;

    const VoiceCompiledLexicon &m_compiled;
    const VoiceNoteReading &m_reading;
    std::vector<VoiceSpan> m_firsts; // kept between labels: no allocation per label
    std::vector<VoiceSpan> m_thens;
};

} // namespace bd
