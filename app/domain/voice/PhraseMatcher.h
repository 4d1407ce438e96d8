#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace bd {

// Finds every occurrence of a fixed set of phrases in one pass over a text (Aho-Corasick
// over UTF-16 units), overlapping occurrences included. Built once per lexicon, then
// read-only: one matcher serves any number of threads.
class PhraseMatcher
{
public:
    struct Match
    {
        int start;  // UTF-16 offset
        int end;    // one past the last unit
        int phrase; // index given by add()
    };

    // Adds a phrase (non-empty); returns its index. Adding the same text twice returns the
    // first index.
    int add(const QString &phrase);
    void build();
    int phraseCount() const { return int(m_phrases.size()); }
    const QString &phrase(int index) const { return m_phrases[size_t(index)]; }

    // Appends the occurrences in `text`, ordered by end, then by length (longest first).
    void find(QStringView text, std::vector<Match> &out) const;

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> next; // sorted by unit
        int fail = 0;
        int outputLink = -1; // nearest node along the fail chain with phrases ending there
        std::vector<int> phrases;
    };
    int child(int node, char16_t c) const;

    std::vector<Node> m_nodes = std::vector<Node>(1);
    std::vector<QString> m_phrases;
    std::vector<int> m_rootNext = std::vector<int>(65536, 0); // the root's moves, dense
};

} // namespace bd
