#pragma once

#include "app/domain/voice/VoiceFinding.h"

#include <QList>

#include <vector>

namespace bd {

struct VoiceCompiledLexicon;
struct VoiceNoteReading;

// A label's "yields_to" (round 13, docs/VOICE.md "How a note is read", 5): a finding is
// dropped where a finding of one of the labels it yields to stands in the same sentence
// and no word of its "unless" list does. A customer in a meeting who asks to be called
// later has not objected to anything: the note's promise is the call back, and an
// objection "no time" would stay on the prep sheet for half a year.
class VoiceYields
{
public:
    // findings[first ...] are this piece's, labelOf[k] the label of findings[first + k].
    static void apply(const VoiceCompiledLexicon &compiled, const VoiceNoteReading &reading,
                      QList<VoiceFinding> &findings, qsizetype first,
                      const std::vector<int> &labelOf);
};

} // namespace bd
