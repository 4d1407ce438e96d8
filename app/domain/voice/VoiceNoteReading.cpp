#include "app/domain/voice/VoiceNoteReading.h"

#include "app/domain/voice/VoiceDurations.h"
#include "app/domain/voice/VoiceText.h"

#include <algorithm>

namespace bd {

using Role = VoiceCompiledLexicon::Role;

VoiceNoteReading::VoiceNoteReading(const VoiceCompiledLexicon &compiled, int labelCount,
                                   QStringView note, const QDate &noteDate)
    : text(VoiceText::normalised(note))
    , n(int(text.size()))
    , lists(size_t(compiled.listCount))
    , phrases(size_t(labelCount))
    , excludes(size_t(labelCount))
    , labelNegations(size_t(labelCount))
    , labelNegationsAfter(size_t(labelCount))
{
    correctMisspellings(compiled);
    std::vector<PhraseMatcher::Match> matches;
    matches.reserve(64);
    compiled.matcher.find(text, matches);
    compiled.fillers->findAcross(text, compiled.matcher, matches);
    divide(compiled, matches);

    // Amounts and dates are read by their own scanners.
    VoiceAmounts::find(text, amounts);
    VoiceDates::find(text, noteDate, dates);

    std::vector<VoiceSpan> negations, notNegations;
    place(compiled, matches, negations, notNegations);
    keepNegatingCues(negations, notNegations);
    negateLists(compiled);
}

// Known misspellings are read as meant (same length: positions stay).
void VoiceNoteReading::correctMisspellings(const VoiceCompiledLexicon &compiled)
{
    if (compiled.misspellingRight.empty())
        return;
    std::vector<PhraseMatcher::Match> wrong;
    compiled.misspellings.find(text, wrong);
    int done = 0;
    for (const PhraseMatcher::Match &m : wrong) {
        if (m.start < done)
            continue;
        const QString &right = compiled.misspellingRight[size_t(m.phrase)];
        for (int i = 0; i < right.size(); ++i)
            text[m.start + i] = right.at(i);
        corrected.push_back({m.start, m.end});
        done = m.end;
    }
}

// Sentences (a finding never spans two) and phrases (a pair and a negation stay in one).
void VoiceNoteReading::divide(const VoiceCompiledLexicon &compiled,
                              const std::vector<PhraseMatcher::Match> &matches)
{
    sentence.assign(size_t(n) + 1, 0);
    phrase.assign(size_t(n) + 1, 0);
    std::vector<char> sentenceBreakAt(size_t(n) + 1, 0);
    for (const PhraseMatcher::Match &m : matches) {
        for (const VoiceCompiledLexicon::RoleRef &r : compiled.roles[size_t(m.phrase)]) {
            if (r.role == Role::Break)
                sentenceBreakAt[size_t(m.start)] = 1;
        }
    }
    int s = 0;
    int p = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (sentenceBreakAt[size_t(i)])
            ++s, ++p;
        sentence[size_t(i)] = s;
        phrase[size_t(i)] = p;
        if (VoiceText::isSentenceBreak(u))
            ++s, ++p;
        else if (VoiceText::isPhraseBreak(u))
            ++p;
    }
    sentence[size_t(n)] = s + 1;
    phrase[size_t(n)] = p + 1;
}

// Occurrences by role.
void VoiceNoteReading::place(const VoiceCompiledLexicon &compiled,
                             const std::vector<PhraseMatcher::Match> &matches,
                             std::vector<VoiceSpan> &negations,
                             std::vector<VoiceSpan> &notNegations)
{
    for (const PhraseMatcher::Match &m : matches) {
        const VoiceSpan span{m.start, m.end};
        for (const VoiceCompiledLexicon::RoleRef &r : compiled.roles[size_t(m.phrase)]) {
            switch (r.role) {
            case Role::List: lists[size_t(r.index)].push_back(span); break;
            case Role::Phrase: phrases[size_t(r.index)].push_back(span); break;
            case Role::Exclude: excludes[size_t(r.index)].push_back(span); break;
            case Role::ExcludeAtStart:
                // "^客户来": the note (or a sentence) opens with it, so it records what
                // happened, not what was promised (下周三客户来网点 is still a visit).
                if (m.start == 0 || sentence[size_t(m.start - 1)] != sentence[size_t(m.start)])
                    excludes[size_t(r.index)].push_back(span);
                break;
            case Role::LabelNegation: labelNegations[size_t(r.index)].push_back(span); break;
            case Role::LabelNegationAfter:
                labelNegationsAfter[size_t(r.index)].push_back(span);
                break;
            case Role::Negation: negations.push_back(span); break;
            case Role::NegationEnd: negationEnds.push_back(span); break;
            case Role::DoneAction: doneActions.push_back(span); break;
            case Role::NotNegation: notNegations.push_back(span); break;
            case Role::Hedge: hedges.push_back(span); break;
            case Role::Break: break;
            }
        }
    }
    for (const VoiceDate &d : dates)
        lists[size_t(compiled.dateList)].push_back({d.start, d.end});
    for (const VoiceAmount &a : amounts)
        lists[size_t(compiled.amountList)].push_back({a.start, a.end});
    std::vector<VoiceDurations::Duration> durations;
    VoiceDurations::find(text, durations);
    for (const VoiceDurations::Duration &d : durations)
        lists[size_t(compiled.durationList)].push_back({d.start, d.end});
}

// A negation cue does not count where it is part of a word that negates nothing
// (不错, 别的银行, 能不能).
void VoiceNoteReading::keepNegatingCues(const std::vector<VoiceSpan> &negations,
                                        const std::vector<VoiceSpan> &notNegations)
{
    for (const VoiceSpan &neg : negations) {
        bool inWord = false;
        for (const VoiceSpan &word : notNegations)
            inWord = inWord || word.overlaps(neg);
        if (!inWord)
            cues.push_back(neg);
    }
    std::sort(cues.begin(), cues.end(),
              [](const VoiceSpan &x, const VoiceSpan &y) { return x.end < y.end; });
}

// "!@name": a word of the list with a negation cue just before it in its phrase is one
// occurrence over both, the cue included (不高, 没那么多, 不太方便, 没空), so a label says
// "the opposite of these words" once instead of listing every negated form. The nearest
// cue is taken; a cue further before it still cancels the whole (不是没空).
void VoiceNoteReading::negateLists(const VoiceCompiledLexicon &compiled)
{
    for (const auto &[derived, base] : compiled.negatedLists) {
        std::vector<VoiceSpan> &out = lists[size_t(derived)];
        for (const VoiceSpan &word : lists[size_t(base)]) {
            const VoiceSpan *nearest = nullptr;
            auto it = std::lower_bound(cues.begin(), cues.end(), word.start - kNegatedWordReach,
                                       [](const VoiceSpan &x, int at) { return x.end < at; });
            for (; it != cues.end() && it->end <= word.start; ++it) {
                if (phrase[size_t(it->start)] == phrase[size_t(word.start)])
                    nearest = &*it;
            }
            if (nearest)
                out.push_back({nearest->start, word.end});
        }
    }
}

} // namespace bd
