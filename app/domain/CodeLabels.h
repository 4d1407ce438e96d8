#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <vector>

namespace bd {

// A closed list of stored codes, each with its English label (marked for translation with
// QT_TRANSLATE_NOOP in one context). The opportunity, offer and household vocabularies
// each had their own copy of this table and its two look-ups.
class CodeLabels
{
public:
    struct Entry
    {
        const char *code;
        const char *label;
    };

    CodeLabels(const char *context, std::initializer_list<Entry> entries);

    // Every code, in the list's order.
    QStringList codes() const;
    // The label translated in the list's context; nothing for a code the list does not
    // hold (each vocabulary decides what an unknown stored code reads as).
    std::optional<QString> label(const QString &code) const;

private:
    const char *m_context;
    std::vector<Entry> m_entries;
};

} // namespace bd
