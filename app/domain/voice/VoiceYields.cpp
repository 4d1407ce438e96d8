#include "app/domain/voice/VoiceYields.h"

#include "app/domain/voice/VoiceCompiledLexicon.h"
#include "app/domain/voice/VoiceNoteReading.h"

#include <algorithm>

namespace bd {

void VoiceYields::apply(const VoiceCompiledLexicon &compiled, const VoiceNoteReading &reading,
                        QList<VoiceFinding> &findings, qsizetype first,
                        const std::vector<int> &labelOf)
{
    const auto sentenceAt = [&](int position) { return reading.sentence[size_t(position)]; };
    std::vector<char> dropped(labelOf.size(), 0);
    for (size_t k = 0; k < labelOf.size(); ++k) {
        const VoiceCompiledLexicon::Yield &yield = compiled.yields[size_t(labelOf[k])];
        if (yield.labels.empty())
            continue;
        const int sentence = sentenceAt(findings[first + qsizetype(k)].start);
        bool replaced = false;
        for (size_t other = 0; other < labelOf.size() && !replaced; ++other)
            replaced = other != k && sentenceAt(findings[first + qsizetype(other)].start) == sentence
                    && std::find(yield.labels.begin(), yield.labels.end(), labelOf[other])
                            != yield.labels.end();
        if (!replaced)
            continue;
        bool kept = false; // a word saying the lack of time lasts (最近, 出差)
        for (int list : yield.unless.lists)
            for (const VoiceSpan &word : reading.lists[size_t(list)])
                kept = kept || sentenceAt(word.start) == sentence;
        dropped[k] = !kept;
    }
    for (size_t k = labelOf.size(); k-- > 0;)
        if (dropped[k])
            findings.removeAt(first + qsizetype(k));
}

} // namespace bd
