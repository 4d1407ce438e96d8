#pragma once

#include "app/domain/voice/VoiceCompiledLexicon.h"
#include "app/domain/voice/VoiceFinding.h"
#include "app/domain/voice/VoiceLexicon.h"
#include "app/domain/voice/VoiceNoteReading.h"
#include "app/domain/voice/VoiceSpan.h"

namespace bd {

// What a finding carries besides its label (docs/VOICE.md "How a note is read", step 7):
// whether its sentence hedges, whether a misspelling was read in it, the product family
// named nearest in its sentence (or the label's own), the nearest amount, and for a
// follow-up, an interest or a life event the nearest date.
namespace VoiceAttachments {

void attach(VoiceFinding &finding, const VoiceLabelDefinition &label, const VoiceSpan &span,
            const VoiceLexicon &lexicon, const VoiceCompiledLexicon &compiled,
            const VoiceNoteReading &reading);

} // namespace VoiceAttachments

} // namespace bd
