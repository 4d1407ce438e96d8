#pragma once

#include "app/domain/voice/PhraseMatcher.h"

#include <QStringList>

#include <vector>

namespace bd {

// Words that may stand inside a phrase without changing what it says (比较, 有点, 都 ...:
// the lexicon's "filler" cue list). Staff write "手头比较紧" as often as "手头紧"; rather
// than each phrase being written with every filler a bank's staff might put in, the phrases
// are also looked for in the note with its fillers left out, and a phrase found across one
// is reported over the whole stretch the person wrote, filler included.
class FillerWords
{
public:
    explicit FillerWords(const QStringList &fillers); // normalised by VoiceText
    bool isEmpty() const { return m_matcher.phraseCount() == 0; }

    // Appends to `matches` the occurrences of `phrases` that exist only once the fillers of
    // `text` are left out, with their positions in `text`. Matches stay ordered by end, then
    // longest first, as PhraseMatcher::find gives them.
    void findAcross(QStringView text, const PhraseMatcher &phrases,
                    std::vector<PhraseMatcher::Match> &matches) const;

private:
    PhraseMatcher m_matcher;
};

} // namespace bd
