#pragma once

#include "app/domain/voice/VoiceAmounts.h"
#include "app/domain/voice/VoiceCompiledLexicon.h"
#include "app/domain/voice/VoiceDates.h"
#include "app/domain/voice/VoiceSpan.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <vector>

namespace bd {

// One piece of a note as the analyser sees it before deciding anything: the normalised
// text (misspellings read as meant), its sentences and phrases, and where every list word,
// label phrase, exclude, cue, amount and date stands. What is heard from it is decided by
// the candidates, the negation scope and the attachments; this only finds and places.
struct VoiceNoteReading
{
    VoiceNoteReading(const VoiceCompiledLexicon &compiled, int labelCount, QStringView note,
                     const QDate &noteDate);

    // How far before a word a negation cue may stand for "!@list" to read them as one
    // (没那么多, 不是很高: two characters between).
    static constexpr int kNegatedWordReach = 2;

    QString text; // normalised, misspellings corrected; as long as the note
    int n = 0;
    std::vector<VoiceSpan> corrected; // where a misspelling was read as meant
    std::vector<int> sentence;        // per character (one more at the end)
    std::vector<int> phrase;          // per character (one more at the end)
    std::vector<VoiceAmount> amounts;
    std::vector<VoiceDate> dates;
    std::vector<std::vector<VoiceSpan>> lists; // per compiled list
    std::vector<std::vector<VoiceSpan>> phrases;
    std::vector<std::vector<VoiceSpan>> excludes;
    std::vector<std::vector<VoiceSpan>> labelNegations;
    std::vector<std::vector<VoiceSpan>> labelNegationsAfter;
    std::vector<VoiceSpan> cues; // negation cues that negate something, ordered by end
    std::vector<VoiceSpan> negationEnds; // 也, 又, 而且 ...: a cue's reach stops there
    std::vector<VoiceSpan> doneActions;  // 已, 已经, 本次 ...: a follow-up after it was done
    std::vector<VoiceSpan> hedges;

    // The sentence / phrase a span lies in, or -1 when it crosses a break.
    int sentenceOf(const VoiceSpan &a) const
    {
        const int id = sentence[size_t(a.start)];
        return sentence[size_t(a.end - 1)] == id ? id : -1;
    }
    int phraseOf(const VoiceSpan &a) const
    {
        const int id = phrase[size_t(a.start)];
        return phrase[size_t(a.end - 1)] == id ? id : -1;
    }
    bool sameSentence(const VoiceSpan &a, const VoiceSpan &b) const
    {
        const int id = sentenceOf(a);
        return id >= 0 && id == sentence[size_t(b.start)] && id == sentence[size_t(b.end - 1)];
    }
    bool samePhrase(const VoiceSpan &a, const VoiceSpan &b) const
    {
        const int id = phraseOf(a);
        return id >= 0 && id == phraseOf(b);
    }

private:
    void correctMisspellings(const VoiceCompiledLexicon &compiled);
    void divide(const VoiceCompiledLexicon &compiled,
                const std::vector<PhraseMatcher::Match> &matches);
    void place(const VoiceCompiledLexicon &compiled,
               const std::vector<PhraseMatcher::Match> &matches,
               std::vector<VoiceSpan> &negations, std::vector<VoiceSpan> &notNegations);
    void keepNegatingCues(const std::vector<VoiceSpan> &negations,
                          const std::vector<VoiceSpan> &notNegations);
    void negateLists(const VoiceCompiledLexicon &compiled);
};

} // namespace bd
