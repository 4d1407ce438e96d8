#include "app/domain/voice/PhraseMatcher.h"

#include <algorithm>
#include <deque>

namespace bd {

int PhraseMatcher::child(int node, char16_t c) const
{
    if (node == 0)
        return m_rootNext[c];
    const auto &next = m_nodes[size_t(node)].next;
    const auto it = std::lower_bound(next.begin(), next.end(), c,
                                     [](const std::pair<char16_t, int> &e, char16_t u) {
                                         return e.first < u;
                                     });
    return it != next.end() && it->first == c ? it->second : -1;
}

int PhraseMatcher::add(const QString &phrase)
{
    int node = 0;
    for (QChar qc : phrase) {
        const char16_t c = qc.unicode();
        auto &next = m_nodes[size_t(node)].next;
        auto it = std::lower_bound(next.begin(), next.end(), c,
                                   [](const std::pair<char16_t, int> &e, char16_t u) {
                                       return e.first < u;
                                   });
        if (it != next.end() && it->first == c) {
            node = it->second;
            continue;
        }
        const int created = int(m_nodes.size());
        next.insert(it, {c, created});
        m_nodes.emplace_back();
        node = created;
    }
    if (!m_nodes[size_t(node)].phrases.empty())
        return m_nodes[size_t(node)].phrases.front();
    const int index = int(m_phrases.size());
    m_phrases.push_back(phrase);
    m_nodes[size_t(node)].phrases.push_back(index);
    return index;
}

void PhraseMatcher::build()
{
    std::fill(m_rootNext.begin(), m_rootNext.end(), 0);
    std::deque<int> queue;
    for (const auto &[c, node] : m_nodes[0].next) {
        m_rootNext[c] = node;
        m_nodes[size_t(node)].fail = 0;
        queue.push_back(node);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        for (const auto &[c, target] : m_nodes[size_t(node)].next) {
            int fail = m_nodes[size_t(node)].fail;
            int to = child(fail, c);
            while (to < 0) {
                fail = m_nodes[size_t(fail)].fail;
                to = child(fail, c);
            }
            Node &t = m_nodes[size_t(target)];
            t.fail = to == target ? 0 : to;
            t.outputLink = m_nodes[size_t(t.fail)].phrases.empty() ? m_nodes[size_t(t.fail)].outputLink
                                                                   : t.fail;
            queue.push_back(target);
        }
    }
}

void PhraseMatcher::find(QStringView text, std::vector<Match> &out) const
{
    const char16_t *units = text.utf16();
    int node = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = units[i];
        int to = child(node, c);
        while (to < 0) {
            node = m_nodes[size_t(node)].fail;
            to = child(node, c);
        }
        node = to;
        const int end = int(i + 1);
        for (int hit = m_nodes[size_t(node)].phrases.empty() ? m_nodes[size_t(node)].outputLink : node;
             hit > 0; hit = m_nodes[size_t(hit)].outputLink) {
            for (int phrase : m_nodes[size_t(hit)].phrases)
                out.push_back({end - int(m_phrases[size_t(phrase)].size()), end, phrase});
        }
    }
}

} // namespace bd
