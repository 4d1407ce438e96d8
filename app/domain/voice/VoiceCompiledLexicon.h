#pragma once

#include "app/domain/voice/FillerWords.h"
#include "app/domain/voice/PhraseMatcher.h"
#include "app/domain/voice/VoiceLexicon.h"

#include <QHash>

#include <optional>
#include <vector>

namespace bd {

// The lexicon turned into what one pass over a note needs (docs/VOICE.md "How a note is
// read"): every phrase, cue and list word in one automaton, each with the roles it plays
// (a label's phrase, an exclude, a negation cue ...), and the lists a label's pairs and
// phrases name by number. Built once per lexicon by the analyser, read-only afterwards.
struct VoiceCompiledLexicon
{
    enum class Role : quint8 {
        List,
        Phrase,
        Exclude,
        ExcludeAtStart, // an exclude written "^...": only where a sentence begins
        LabelNegation,
        LabelNegationAfter,
        Negation,
        NegationEnd, // "negation_end": a negation cue does not reach past it (没空也没钱)
        DoneAction,  // "done_action": the follow-up after it was done, not promised (已发短信)
        NotNegation,
        Hedge,
        Break
    };

    struct RoleRef
    {
        Role role;
        int index; // list index (List) or label index (Phrase, Exclude)
    };

    struct PairSide
    {
        std::vector<int> lists; // occurrences of any of these lists
    };

    struct Pair
    {
        PairSide first;
        PairSide then;
        int gap = 6;
        bool anyOrder = false;
        bool sentence = false;
    };

    explicit VoiceCompiledLexicon(const VoiceLexicon &lexicon);

    PhraseMatcher matcher;
    std::vector<std::vector<RoleRef>> roles; // per matcher phrase
    QHash<QString, int> listIndex;           // cue lists, "family.<code>", "product"
    int listCount = 0;
    int dateList = -1;
    int durationList = -1; // "@duration": VoiceDurations
    int amountList = -1;   // "@amount": VoiceAmounts
    // "!@name": a list's words with a negation cue just before them (不高, 没空, 不方便);
    // (derived list, the list it negates).
    std::vector<std::pair<int, int>> negatedLists;
    std::vector<std::vector<int>> phraseLists; // per label: lists named among its phrases
    std::vector<std::vector<Pair>> pairs;      // per label
    std::vector<int> familyLists;              // per lexicon family
    // Per label, its "yields_to": the labels that take its place in a sentence, and the
    // words that keep it there (VoiceYields).
    struct Yield
    {
        std::vector<int> labels;
        PairSide unless;
    };
    std::vector<Yield> yields;
    PhraseMatcher misspellings;
    std::vector<QString> misspellingRight;
    std::optional<FillerWords> fillers; // the "filler" cue list

private:
    int newList() { return listCount++; }
    int namedList(const QString &name);
    void addRole(const QString &phrase, Role role, int index);
    int referencedList(const QString &item);
    static bool isReference(const QString &item);
    PairSide side(const QStringList &items);
};

} // namespace bd
