#include "app/domain/voice/FillerWords.h"

#include "app/domain/voice/VoiceText.h"

#include <algorithm>

namespace bd {

FillerWords::FillerWords(const QStringList &fillers)
{
    for (const QString &filler : fillers) {
        const QString normal = VoiceText::normalised(filler);
        if (!normal.isEmpty())
            m_matcher.add(normal);
    }
    m_matcher.build();
}

void FillerWords::findAcross(QStringView text, const PhraseMatcher &phrases,
                             std::vector<PhraseMatcher::Match> &matches) const
{
    if (isEmpty())
        return;
    std::vector<PhraseMatcher::Match> found;
    m_matcher.find(text, found);
    if (found.empty())
        return;
    // The leftmost, then longest, fillers that do not overlap.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<char> left(size_t(text.size()), 0);
    int done = 0;
    for (const PhraseMatcher::Match &f : found) {
        if (f.start < done)
            continue;
        std::fill(left.begin() + f.start, left.begin() + f.end, 1);
        done = f.end;
    }
    QString squeezed;
    squeezed.reserve(text.size());
    std::vector<int> origin; // position in `text` of each unit of `squeezed`
    origin.reserve(size_t(text.size()));
    for (int i = 0; i < int(text.size()); ++i) {
        if (!left[size_t(i)]) {
            squeezed.append(text.at(i));
            origin.push_back(i);
        }
    }
    std::vector<PhraseMatcher::Match> across;
    phrases.find(squeezed, across);
    const size_t before = matches.size();
    for (const PhraseMatcher::Match &m : across) {
        const int start = origin[size_t(m.start)];
        const int end = origin[size_t(m.end - 1)] + 1;
        if (end - start > m.end - m.start) // a filler stands inside: not found before
            matches.push_back({start, end, m.phrase});
    }
    if (matches.size() == before)
        return;
    std::sort(matches.begin(), matches.end(), [](const auto &a, const auto &b) {
        return a.end != b.end ? a.end < b.end : a.start < b.start;
    });
}

} // namespace bd
