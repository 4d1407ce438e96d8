#include "app/domain/voice/VoiceLabelCandidates.h"

#include "app/domain/voice/VoiceLexiconValidator.h"

#include <algorithm>

namespace bd {

void VoiceLabelCandidates::collect(int l, std::vector<VoiceCandidate> &out)
{
    out.clear();
    for (const VoiceSpan &p : m_reading.phrases[size_t(l)])
        out.push_back({p, p, p});
    for (int list : m_compiled.phraseLists[size_t(l)]) {
        for (const VoiceSpan &p : m_reading.lists[size_t(list)])
            out.push_back({p, p, p});
    }
    for (const VoiceCompiledLexicon::Pair &pair : m_compiled.pairs[size_t(l)])
        collectPair(pair, out);
    std::sort(out.begin(), out.end(), [](const VoiceCandidate &x, const VoiceCandidate &y) {
        return x.span.start != y.span.start ? x.span.start < y.span.start
                                            : x.span.end > y.span.end;
    });
}

void VoiceLabelCandidates::collectPair(const VoiceCompiledLexicon::Pair &pair,
                                       std::vector<VoiceCandidate> &out)
{
    occurrences(pair.first, m_firsts);
    if (m_firsts.empty())
        return;
    occurrences(pair.then, m_thens);
    std::sort(m_thens.begin(), m_thens.end(),
              [](const VoiceSpan &x, const VoiceSpan &y) { return x.start < y.start; });
    for (const VoiceSpan &a : m_firsts) {
        const VoiceSpan *best = nullptr;
        int bestGap = pair.gap + 1;
        // Only what starts near `a` can pair with it (phrases are at most
        // kMaxPhraseLength long): the search stays linear on a long note.
        const int from = a.start - pair.gap - VoiceLexiconValidator::kMaxPhraseLength;
        auto first = std::lower_bound(m_thens.begin(), m_thens.end(), from,
                                      [](const VoiceSpan &x, int at) { return x.start < at; });
        for (auto it = first; it != m_thens.end() && it->start <= a.end + pair.gap; ++it) {
            const VoiceSpan &b = *it;
            if (a.overlaps(b)
                || !(pair.sentence ? m_reading.sameSentence(a, b) : m_reading.samePhrase(a, b)))
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
        out.push_back({{std::min(a.start, best->start), std::max(a.end, best->end)},
                       inOrder ? a : *best,
                       inOrder ? *best : a});
    }
}

void VoiceLabelCandidates::occurrences(const VoiceCompiledLexicon::PairSide &side,
                                       std::vector<VoiceSpan> &out) const
{
    out.clear();
    for (int list : side.lists)
        out.insert(out.end(), m_reading.lists[size_t(list)].begin(),
                   m_reading.lists[size_t(list)].end());
}

} // namespace bd
