#pragma once

#include "app/domain/voice/PhraseMatcher.h"
#include "app/domain/voice/VoiceFinding.h"
#include "app/domain/voice/VoiceLexicon.h"

#include <QDate>
#include <QStringView>

#include <memory>
#include <vector>

namespace bd {

// Reads a note the way a colleague would and says what the customer's words contain
// (docs/VOICE.md): the text is normalised (traditional -> simplified, full-width, case,
// the lexicon's misspellings) without moving any character; every phrase, cue and list of
// the lexicon is found in one pass; a label is heard where one of its phrases is, or where
// the two parts of one of its pairs stand in the same clause no further apart than the
// pair's gap. A negation cue shortly before (不想买基金, 对保险不感兴趣, 没有不满意) cancels
// it, two cancel each other (不是不想买); a hedge in the sentence (可能, 再看看) marks it;
// an amount and a date in the sentence are attached, dates resolved against the note's day.
// Built once per lexicon and read-only afterwards: one analyser serves every thread.
class VoiceAnalyser
{
public:
    explicit VoiceAnalyser(VoiceLexicon lexicon);
    ~VoiceAnalyser();
    VoiceAnalyser(const VoiceAnalyser &) = delete;
    VoiceAnalyser &operator=(const VoiceAnalyser &) = delete;

    const VoiceLexicon &lexicon() const { return m_lexicon; }
    VoiceAnalysis analyse(QStringView note, const QDate &noteDate) const;

    // How far before what it negates a negation cue may stand (characters).
    static constexpr int kNegationReach = 6;
    // How far before a word a negation cue may stand for "!@list" to read them as one
    // (没那么多, 不是很高: two characters between).
    static constexpr int kNegatedWordReach = 2;
    // A longer note is read in pieces of at most this many characters, cut after a
    // sentence (no finding spans sentences), so the cost stays linear in the note's length.
    static constexpr int kPiece = 2000;

private:
    void analysePiece(QStringView note, const QDate &noteDate, int offset,
                      VoiceAnalysis &analysis) const;
    struct Compiled;
    VoiceLexicon m_lexicon;
    std::unique_ptr<Compiled> m_compiled;
};

} // namespace bd
