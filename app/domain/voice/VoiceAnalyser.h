#pragma once

#include "app/domain/voice/VoiceFinding.h"
#include "app/domain/voice/VoiceLexicon.h"

#include <QDate>
#include <QStringView>

#include <memory>
#include <vector>

namespace bd {

struct VoiceCompiledLexicon;

// Reads a note the way a colleague would and says what the customer's words contain
// (docs/VOICE.md): the text is normalised (traditional -> simplified, full-width, case,
// the lexicon's misspellings) without moving any character; every phrase, cue and list of
// the lexicon is found in one pass; a label is heard where one of its phrases is, or where
// the two parts of one of its pairs stand in the same clause no further apart than the
// pair's gap. A negation cue shortly before (不想买基金, 对保险不感兴趣, 没有不满意) cancels
// it, two cancel each other (不是不想买); a hedge in the sentence (可能, 再看看) marks it;
// an amount and a date in the sentence are attached, dates resolved against the note's day.
// Built once per lexicon and read-only afterwards: one analyser serves every thread.
// Its parts: VoiceCompiledLexicon (the lexicon as one automaton), VoiceNoteReading (where
// everything stands in a note), VoiceLabelCandidates (phrases and pairs),
// VoiceNegationScope (excludes, negation), VoiceAttachments (hedge, family, amount, date).
class VoiceAnalyser
{
public:
    explicit VoiceAnalyser(VoiceLexicon lexicon);
    ~VoiceAnalyser();
    VoiceAnalyser(const VoiceAnalyser &) = delete;
    VoiceAnalyser &operator=(const VoiceAnalyser &) = delete;

    const VoiceLexicon &lexicon() const { return m_lexicon; }
    VoiceAnalysis analyse(QStringView note, const QDate &noteDate) const;

    // A longer note is read in pieces of at most this many characters, cut after a
    // sentence (no finding spans sentences), so the cost stays linear in the note's length.
    static constexpr int kPiece = 2000;

private:
    void analysePiece(QStringView note, const QDate &noteDate, int offset,
                      VoiceAnalysis &analysis) const;
    VoiceLexicon m_lexicon;
    std::unique_ptr<VoiceCompiledLexicon> m_compiled;
};

} // namespace bd
