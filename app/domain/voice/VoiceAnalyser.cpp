// Long file: the analyser's one pass (matching, clauses, candidates, negation, hedges and
// attachments) reads best as one unit; the scanners of amounts and dates live apart.
#include "app/domain/voice/VoiceAnalyser.h"

#include "app/domain/voice/FillerWords.h"
#include "app/domain/voice/VoiceAmounts.h"
#include "app/domain/voice/VoiceDates.h"
#include "app/domain/voice/VoiceDurations.h"
#include "app/domain/voice/VoiceLexiconValidator.h"
#include "app/domain/voice/VoiceText.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace bd {

namespace {

struct Span
{
    int start = 0;
    int end = 0;
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
    bool contains(const Span &o) const { return start <= o.start && o.end <= end; }
};

enum class Role : quint8 {
    List,
    Phrase,
    Exclude,
    ExcludeAtStart, // an exclude written "^...": only where a sentence begins
    LabelNegation,
    LabelNegationAfter,
    Negation,
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

struct CompiledPair
{
    PairSide first;
    PairSide then;
    int gap = 6;
    bool anyOrder = false;
    bool sentence = false;
};

struct Candidate
{
    Span span;
    Span first; // the first component (the whole phrase for a phrase)
    Span last;  // the component a negation cue stands before
};

} // namespace

struct VoiceAnalyser::Compiled
{
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
    std::vector<std::vector<CompiledPair>> pairs; // per label
    std::vector<int> familyLists;                 // per lexicon family
    PhraseMatcher misspellings;
    std::vector<QString> misspellingRight;
    std::optional<FillerWords> fillers; // the "filler" cue list

    int newList() { return listCount++; }

    int namedList(const QString &name)
    {
        const auto it = listIndex.constFind(name);
        if (it != listIndex.constEnd())
            return *it;
        const int index = newList();
        listIndex.insert(name, index);
        return index;
    }

    void addRole(const QString &phrase, Role role, int index)
    {
        const QString normal = VoiceText::normalised(phrase);
        if (normal.isEmpty())
            return;
        const int id = matcher.add(normal);
        if (size_t(id) >= roles.size())
            roles.resize(size_t(id) + 1);
        roles[size_t(id)].push_back({role, index});
    }

    // The list a reference names: "@name" or "!@name" (that list's words negated).
    int referencedList(const QString &item)
    {
        if (item.startsWith(QLatin1String("!@"))) {
            const QString key = QLatin1Char('!') + item.mid(2);
            const auto it = listIndex.constFind(key);
            if (it != listIndex.constEnd())
                return *it;
            const int derived = newList();
            listIndex.insert(key, derived);
            negatedLists.push_back({derived, referencedList(item.mid(1))});
            return derived;
        }
        const QString name = item.mid(1);
        if (name == QLatin1String("date"))
            return dateList;
        if (name == QLatin1String("duration"))
            return durationList;
        if (name == QLatin1String("amount"))
            return amountList;
        return namedList(name);
    }

    static bool isReference(const QString &item)
    {
        return item.startsWith(QLatin1Char('@')) || item.startsWith(QLatin1String("!@"));
    }

    PairSide side(const QStringList &items)
    {
        PairSide side;
        int own = -1;
        for (const QString &item : items) {
            if (isReference(item)) {
                side.lists.push_back(referencedList(item));
            } else {
                if (own < 0) {
                    own = newList();
                    side.lists.push_back(own);
                }
                addRole(item, Role::List, own);
            }
        }
        return side;
    }
};

VoiceAnalyser::VoiceAnalyser(VoiceLexicon lexicon)
    : m_lexicon(std::move(lexicon))
    , m_compiled(std::make_unique<Compiled>())
{
    Compiled &c = *m_compiled;
    c.dateList = c.newList();
    c.durationList = c.newList();
    c.amountList = c.newList();
    for (auto it = m_lexicon.cues.constBegin(); it != m_lexicon.cues.constEnd(); ++it) {
        const int list = c.namedList(it.key());
        for (const QString &phrase : it.value()) {
            c.addRole(phrase, Role::List, list);
            if (it.key() == QLatin1String("negation"))
                c.addRole(phrase, Role::Negation, 0);
            else if (it.key() == QLatin1String("not_negation"))
                c.addRole(phrase, Role::NotNegation, 0);
            else if (it.key() == QLatin1String("hedge"))
                c.addRole(phrase, Role::Hedge, 0);
            else if (it.key() == QLatin1String("sentence_break"))
                c.addRole(phrase, Role::Break, 0);
        }
    }
    const int product = c.namedList(QStringLiteral("product"));
    for (const VoiceFamilyDefinition &family : std::as_const(m_lexicon.families)) {
        const int list = c.namedList(QStringLiteral("family.") + family.code);
        c.familyLists.push_back(list);
        for (const QString &term : family.terms) {
            c.addRole(term, Role::List, list);
            c.addRole(term, Role::List, product);
        }
    }
    c.pairs.resize(size_t(m_lexicon.labels.size()));
    c.phraseLists.resize(size_t(m_lexicon.labels.size()));
    for (int l = 0; l < m_lexicon.labels.size(); ++l) {
        const VoiceLabelDefinition &label = m_lexicon.labels.at(l);
        for (const QString &phrase : label.phrases) {
            if (Compiled::isReference(phrase))
                c.phraseLists[size_t(l)].push_back(c.referencedList(phrase));
            else
                c.addRole(phrase, Role::Phrase, l);
        }
        for (const QString &phrase : label.exclude) {
            if (phrase.startsWith(QLatin1Char('^')))
                c.addRole(phrase.mid(1), Role::ExcludeAtStart, l);
            else
                c.addRole(phrase, Role::Exclude, l);
        }
        for (const QString &phrase : label.negatedBy)
            c.addRole(phrase, Role::LabelNegation, l);
        for (const QString &phrase : label.negatedAfter)
            c.addRole(phrase, Role::LabelNegationAfter, l);
        for (const VoiceLabelDefinition::Pair &pair : label.pairs)
            c.pairs[size_t(l)].push_back({c.side(pair.first), c.side(pair.then), pair.gap,
                                          pair.anyOrder, pair.sentence});
    }
    c.matcher.build();
    c.roles.resize(size_t(c.matcher.phraseCount()));
    for (const VoiceMisspelling &m : std::as_const(m_lexicon.misspellings)) {
        const int id = c.misspellings.add(VoiceText::normalised(m.wrong));
        if (size_t(id) >= c.misspellingRight.size())
            c.misspellingRight.resize(size_t(id) + 1);
        c.misspellingRight[size_t(id)] = VoiceText::normalised(m.right);
    }
    c.misspellings.build();
    c.fillers.emplace(m_lexicon.cues.value(QStringLiteral("filler")));
}

VoiceAnalyser::~VoiceAnalyser() = default;

VoiceAnalysis VoiceAnalyser::analyse(QStringView note, const QDate &noteDate) const
{
    VoiceAnalysis analysis;
    qsizetype start = 0;
    while (start < note.size()) {
        qsizetype end = std::min(note.size(), start + kPiece);
        if (end < note.size()) {
            qsizetype cut = end;
            while (cut > start + kPiece / 2
                   && !VoiceText::isSentenceBreak(VoiceText::normalisedChar(note[cut - 1].unicode())))
                --cut;
            if (cut > start + kPiece / 2)
                end = cut;
            else if (note[end - 1].isHighSurrogate())
                --end; // never split a surrogate pair
        }
        analysePiece(note.mid(start, end - start), noteDate, int(start), analysis);
        start = end;
    }
    return analysis;
}

void VoiceAnalyser::analysePiece(QStringView note, const QDate &noteDate, int offset,
                                 VoiceAnalysis &analysis) const
{
    const Compiled &c = *m_compiled;
    if (note.isEmpty())
        return;
    QString text = VoiceText::normalised(note);
    const int n = int(text.size());

    // Known misspellings are read as meant (same length: positions stay).
    std::vector<Span> corrected;
    if (!c.misspellingRight.empty()) {
        std::vector<PhraseMatcher::Match> wrong;
        c.misspellings.find(text, wrong);
        int done = 0;
        for (const PhraseMatcher::Match &m : wrong) {
            if (m.start < done)
                continue;
            const QString &right = c.misspellingRight[size_t(m.phrase)];
            for (int i = 0; i < right.size(); ++i)
                text[m.start + i] = right.at(i);
            corrected.push_back({m.start, m.end});
            done = m.end;
        }
    }

    const qsizetype firstFinding = analysis.findings.size();
    std::vector<PhraseMatcher::Match> matches;
    matches.reserve(64);
    c.matcher.find(text, matches);
    c.fillers->findAcross(text, c.matcher, matches);

    // Sentences (a finding never spans two) and phrases (a pair and a negation stay in one).
    std::vector<int> sentence(size_t(n) + 1, 0);
    std::vector<int> phrase(size_t(n) + 1, 0);
    std::vector<char> sentenceBreakAt(size_t(n) + 1, 0);
    for (const PhraseMatcher::Match &m : matches) {
        for (const RoleRef &r : c.roles[size_t(m.phrase)]) {
            if (r.role == Role::Break)
                sentenceBreakAt[size_t(m.start)] = 1;
        }
    }
    {
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
    // The sentence / phrase a span lies in, or -1 when it crosses a break.
    auto sentenceOf = [&](const Span &a) {
        const int id = sentence[size_t(a.start)];
        return sentence[size_t(a.end - 1)] == id ? id : -1;
    };
    auto phraseOf = [&](const Span &a) {
        const int id = phrase[size_t(a.start)];
        return phrase[size_t(a.end - 1)] == id ? id : -1;
    };
    auto sameSentence = [&](const Span &a, const Span &b) {
        const int id = sentenceOf(a);
        return id >= 0 && id == sentence[size_t(b.start)] && id == sentence[size_t(b.end - 1)];
    };
    auto samePhrase = [&](const Span &a, const Span &b) {
        const int id = phraseOf(a);
        return id >= 0 && id == phraseOf(b);
    };

    // Amounts and dates are read by their own scanners.
    std::vector<VoiceAmount> amounts;
    VoiceAmounts::find(text, amounts);
    std::vector<VoiceDate> dates;
    VoiceDates::find(text, noteDate, dates);

    // Occurrences by role.
    std::vector<std::vector<Span>> lists(size_t(c.listCount));
    const int labelCount = int(m_lexicon.labels.size());
    std::vector<std::vector<Span>> phrases{size_t(labelCount)};
    std::vector<std::vector<Span>> excludes{size_t(labelCount)};
    std::vector<std::vector<Span>> labelNegations{size_t(labelCount)};
    std::vector<std::vector<Span>> labelNegationsAfter{size_t(labelCount)};
    std::vector<Span> negations, notNegations, hedges;
    for (const PhraseMatcher::Match &m : matches) {
        const Span span{m.start, m.end};
        for (const RoleRef &r : c.roles[size_t(m.phrase)]) {
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
            case Role::NotNegation: notNegations.push_back(span); break;
            case Role::Hedge: hedges.push_back(span); break;
            case Role::Break: break;
            }
        }
    }
    for (const VoiceDate &d : dates)
        lists[size_t(c.dateList)].push_back({d.start, d.end});
    for (const VoiceAmount &a : amounts)
        lists[size_t(c.amountList)].push_back({a.start, a.end});
    {
        std::vector<VoiceDurations::Duration> durations;
        VoiceDurations::find(text, durations);
        for (const VoiceDurations::Duration &d : durations)
            lists[size_t(c.durationList)].push_back({d.start, d.end});
    }

    // A negation cue does not count where it is part of a word that negates nothing
    // (不错, 别的银行, 能不能).
    std::vector<Span> cues;
    for (const Span &neg : negations) {
        bool inWord = false;
        for (const Span &word : notNegations)
            inWord = inWord || word.overlaps(neg);
        if (!inWord)
            cues.push_back(neg);
    }
    std::sort(cues.begin(), cues.end(),
              [](const Span &x, const Span &y) { return x.end < y.end; });

    // "!@name": a word of the list with a negation cue just before it in its phrase is one
    // occurrence over both, the cue included (不高, 没那么多, 不太方便, 没空), so a label says
    // "the opposite of these words" once instead of listing every negated form. The nearest
    // cue is taken; a cue further before it still cancels the whole (不是没空).
    for (const auto &[derived, base] : c.negatedLists) {
        std::vector<Span> &out = lists[size_t(derived)];
        for (const Span &word : lists[size_t(base)]) {
            const Span *nearest = nullptr;
            auto it = std::lower_bound(cues.begin(), cues.end(), word.start - kNegatedWordReach,
                                       [](const Span &x, int at) { return x.end < at; });
            for (; it != cues.end() && it->end <= word.start; ++it) {
                if (phrase[size_t(it->start)] == phrase[size_t(word.start)])
                    nearest = &*it;
            }
            if (nearest)
                out.push_back({nearest->start, word.end});
        }
    }

    auto occurrences = [&](const PairSide &side, std::vector<Span> &out) {
        out.clear();
        for (int list : side.lists)
            out.insert(out.end(), lists[size_t(list)].begin(), lists[size_t(list)].end());
    };

    std::vector<Span> inScope;
    std::vector<Span> negatingCues; // the cues of the last negated() that said yes
    struct NegatedPart
    {
        Span part;
        std::vector<Span> cues;
    };
    std::vector<NegatedPart> negatedParts;
    // Whether a negation cue cancels a candidate: an odd number of cues shortly before the
    // part that carries the meaning, in its phrase, or a cue of the label's own.
    auto negated = [&](int l, const Candidate &candidate) {
        const int phraseOfLast = phrase[size_t(candidate.last.start)];
        auto cancels = [&](const Span &cue) {
            return cue.end <= candidate.last.start
                    && candidate.last.start - cue.end <= kNegationReach
                    && phrase[size_t(cue.start)] == phraseOfLast
                    && !cue.overlaps(candidate.first) && !cue.overlaps(candidate.last);
        };
        // A cue counts once: 不 inside 不想 is the same cue, but where 不想 overlaps
        // what it negates (不想买 with 想买 heard), 不 alone is the cue.
        inScope.clear();
        for (const Span &cue : cues) {
            if (cancels(cue))
                inScope.push_back(cue);
        }
        int count = 0;
        for (const Span &cue : inScope) {
            bool inLonger = false;
            for (const Span &other : inScope)
                inLonger = inLonger || (other.contains(cue) && other.end - other.start > cue.end - cue.start);
            count += inLonger ? 0 : 1;
        }
        bool labelCue = false;
        negatingCues = inScope;
        for (const Span &cue : labelNegations[size_t(l)]) {
            const bool cuts = cancels(cue) || (cue.end <= candidate.span.start
                                                && sameSentence(cue, candidate.span)
                                                && candidate.span.start - cue.end
                                                        <= kNegationReach);
            if (cuts)
                negatingCues.push_back(cue);
            labelCue = labelCue || cuts;
        }
        return count % 2 == 1 || labelCue;
    };

    std::vector<Span> firsts, thens;
    std::vector<Candidate> candidates;
    std::vector<char> verdicts;
    for (int l = 0; l < labelCount; ++l) {
        const VoiceLabelDefinition &label = m_lexicon.labels.at(l);
        candidates.clear();
        for (const Span &p : phrases[size_t(l)])
            candidates.push_back({p, p, p});
        for (int list : c.phraseLists[size_t(l)]) {
            for (const Span &p : lists[size_t(list)])
                candidates.push_back({p, p, p});
        }
        for (const CompiledPair &pair : c.pairs[size_t(l)]) {
            occurrences(pair.first, firsts);
            if (firsts.empty())
                continue;
            occurrences(pair.then, thens);
            std::sort(thens.begin(), thens.end(),
                      [](const Span &x, const Span &y) { return x.start < y.start; });
            for (const Span &a : firsts) {
                const Span *best = nullptr;
                int bestGap = pair.gap + 1;
                // Only what starts near `a` can pair with it (phrases are at most
                // kMaxPhraseLength long): the search stays linear on a long note.
                const int from = a.start - pair.gap - VoiceLexiconValidator::kMaxPhraseLength;
                auto first = std::lower_bound(thens.begin(), thens.end(), from,
                                              [](const Span &x, int at) { return x.start < at; });
                for (auto it = first; it != thens.end() && it->start <= a.end + pair.gap; ++it) {
                    const Span &b = *it;
                    if (a.overlaps(b) || !(pair.sentence ? sameSentence(a, b) : samePhrase(a, b)))
                        continue;
                    int gap = -1;
                    if (b.start >= a.end)
                        gap = b.start - a.end;
                    else if (pair.anyOrder && a.start >= b.end)
                        gap = a.start - b.end;
                    if (gap >= 0 && gap < bestGap) {
                        bestGap = gap;
                        best = &b;
                    }
                }
                if (!best)
                    continue;
                const bool inOrder = best->start >= a.end;
                candidates.push_back({{std::min(a.start, best->start), std::max(a.end, best->end)},
                                      inOrder ? a : *best,
                                      inOrder ? *best : a});
            }
        }
        if (candidates.empty())
            continue;
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
            return x.span.start != y.span.start ? x.span.start < y.span.start
                                                : x.span.end > y.span.end;
        });
        // First which candidates are excluded or negated; a part of a negated one makes no
        // other finding of the label (不考虑理财，钱要买车: 理财 is not heard again with 要买).
        negatedParts.clear();
        verdicts.assign(candidates.size(), 0); // 0 keep, 1 drop
        for (size_t k = 0; k < candidates.size(); ++k) {
            const Candidate &candidate = candidates[k];
            bool excluded = false;
            for (const Span &e : excludes[size_t(l)])
                excluded = excluded || e.overlaps(candidate.span);
            // A cue of the label's own shortly after it, in its phrase (约好20号电话沟通:
            // the appointment is a call, so no visit).
            for (const Span &cue : labelNegationsAfter[size_t(l)])
                excluded = excluded
                        || (cue.start >= candidate.span.end
                            && cue.start - candidate.span.end <= kNegationReach
                            && samePhrase(cue, candidate.span));
            if (excluded) {
                verdicts[k] = 1;
                continue;
            }
            if (label.negatable && negated(l, candidate)) {
                verdicts[k] = 1;
                negatedParts.push_back({candidate.first, negatingCues});
                negatedParts.push_back({candidate.last, negatingCues});
            }
        }
        int taken = 0; // end of the last finding of this label: no overlapping second one
        for (size_t k = 0; k < candidates.size(); ++k) {
            const Candidate &candidate = candidates[k];
            if (verdicts[k])
                continue;
            if (candidate.span.start < taken) {
                // 嫌收益 and 收益太低 overlap: one finding over both (嫌收益太低)
                VoiceFinding &last = analysis.findings.last();
                if (candidate.span.end > taken) {
                    last.length = candidate.span.end - last.start;
                    last.phrase = note.mid(last.start, last.length).toString();
                    taken = candidate.span.end;
                }
                continue;
            }
            // ... unless a part of this candidate holds the very cue: its words say the
            // negative themselves (不能提前支取, 不想锁 where 提前支取 and 锁定资金 were negated).
            bool partOfNegated = false;
            for (const NegatedPart &negatedPart : negatedParts) {
                const Span &part = negatedPart.part;
                bool holdsCue = false;
                for (const Span &cue : negatedPart.cues)
                    holdsCue = holdsCue || cue.overlaps(candidate.first) || cue.overlaps(candidate.last);
                partOfNegated = partOfNegated
                        || (!holdsCue
                            && (part.overlaps(candidate.first) || part.overlaps(candidate.last)));
            }
            if (partOfNegated)
                continue;
            VoiceFinding finding;
            finding.kind = label.kind;
            finding.label = label.code;
            finding.start = candidate.span.start;
            finding.length = candidate.span.end - candidate.span.start;
            finding.phrase = note.mid(finding.start, finding.length).toString();
            for (const Span &h : hedges)
                finding.hedged = finding.hedged || sameSentence(h, candidate.span);
            for (const Span &fixed : corrected)
                finding.corrected = finding.corrected || fixed.overlaps(candidate.span);
            finding.family = label.family;
            if (finding.family.isEmpty()) {
                int nearest = n + 1;
                for (int f = 0; f < int(c.familyLists.size()); ++f) {
                    for (const Span &term : lists[size_t(c.familyLists[size_t(f)])]) {
                        const int distance = std::abs(term.start - candidate.span.start);
                        if (sameSentence(term, candidate.span) && distance < nearest) {
                            nearest = distance;
                            finding.family = m_lexicon.families.at(f).code;
                        }
                    }
                }
            }
            int nearestAmount = n + 1;
            for (const VoiceAmount &a : amounts) {
                const Span span{a.start, a.end};
                const int distance = std::abs(a.start - candidate.span.start);
                if (sameSentence(span, candidate.span) && distance < nearestAmount) {
                    nearestAmount = distance;
                    finding.amountFen = a.fen;
                }
            }
            // A day said with it matters for a follow-up, an interest or a life event; next
            // to an objection or a complaint it is only when the call was.
            const bool dated = label.kind == VoiceKind::FollowUp || label.kind == VoiceKind::Interest
                    || label.kind == VoiceKind::LifeEvent;
            int nearestDate = n + 1;
            for (const VoiceDate &d : dated ? dates : std::vector<VoiceDate>()) {
                const Span span{d.start, d.end};
                const int distance = std::abs(d.start - candidate.span.start);
                if (sameSentence(span, candidate.span) && distance < nearestDate) {
                    nearestDate = distance;
                    finding.date = d.date;
                }
            }
            analysis.findings.append(finding);
            taken = candidate.span.end;
        }
    }
    std::sort(analysis.findings.begin() + firstFinding, analysis.findings.end(),
              [](const VoiceFinding &a, const VoiceFinding &b) { return a.start < b.start; });
    for (auto it = analysis.findings.begin() + firstFinding; it != analysis.findings.end(); ++it)
        it->start += offset;
    for (VoiceAmount a : amounts) {
        a.start += offset;
        a.end += offset;
        analysis.amounts.append(a);
    }
    for (VoiceDate d : dates) {
        d.start += offset;
        d.end += offset;
        analysis.dates.append(d);
    }
}

} // namespace bd
