#include "app/domain/voice/VoiceAnalyser.h"

#include "app/domain/voice/VoiceAttachments.h"
#include "app/domain/voice/VoiceCompiledLexicon.h"
#include "app/domain/voice/VoiceLabelCandidates.h"
#include "app/domain/voice/VoiceNegationScope.h"
#include "app/domain/voice/VoiceNoteReading.h"
#include "app/domain/voice/VoiceText.h"
#include "app/domain/voice/VoiceYields.h"

#include <algorithm>

namespace bd {

VoiceAnalyser::VoiceAnalyser(VoiceLexicon lexicon)
    : m_lexicon(std::move(lexicon))
    , m_compiled(std::make_unique<VoiceCompiledLexicon>(m_lexicon))
{}

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

// Label by label: its candidates, which of them the negation scope drops, overlapping
// ones merged into one finding (嫌收益 and 收益太低: 嫌收益太低), then what each carries.
void VoiceAnalyser::analysePiece(QStringView note, const QDate &noteDate, int offset,
                                 VoiceAnalysis &analysis) const
{
    if (note.isEmpty())
        return;
    const VoiceCompiledLexicon &c = *m_compiled;
    const int labelCount = int(m_lexicon.labels.size());
    const VoiceNoteReading reading(c, labelCount, note, noteDate);
    VoiceLabelCandidates candidatesOf(c, reading);
    VoiceNegationScope scope(reading);

    const qsizetype firstFinding = analysis.findings.size();
    std::vector<VoiceCandidate> candidates;
    std::vector<char> verdicts;
    std::vector<int> labelOf; // per finding of this piece
    for (int l = 0; l < labelCount; ++l) {
        const VoiceLabelDefinition &label = m_lexicon.labels.at(l);
        candidatesOf.collect(l, candidates);
        if (candidates.empty())
            continue;
        // First which candidates are excluded or negated; a part of a negated one makes no
        // other finding of the label.
        scope.judge(l, label, candidates, verdicts);
        int taken = 0; // end of the last finding of this label: no overlapping second one
        for (size_t k = 0; k < candidates.size(); ++k) {
            const VoiceCandidate &candidate = candidates[k];
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
            if (scope.partOfNegated(candidate))
                continue;
            VoiceFinding finding;
            finding.kind = label.kind;
            finding.label = label.code;
            finding.start = candidate.span.start;
            finding.length = candidate.span.end - candidate.span.start;
            finding.phrase = note.mid(finding.start, finding.length).toString();
            VoiceAttachments::attach(finding, label, candidate.span, m_lexicon, c, reading);
            analysis.findings.append(finding);
            labelOf.push_back(l);
            taken = candidate.span.end;
        }
    }
    VoiceYields::apply(c, reading, analysis.findings, firstFinding, labelOf);
    std::sort(analysis.findings.begin() + firstFinding, analysis.findings.end(),
              [](const VoiceFinding &a, const VoiceFinding &b) { return a.start < b.start; });
    for (auto it = analysis.findings.begin() + firstFinding; it != analysis.findings.end(); ++it)
        it->start += offset;
    for (VoiceAmount a : reading.amounts) {
        a.start += offset;
        a.end += offset;
        analysis.amounts.append(a);
    }
    for (VoiceDate d : reading.dates) {
        d.start += offset;
        d.end += offset;
        analysis.dates.append(d);
    }
}

} // namespace bd
