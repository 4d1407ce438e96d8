#include "database/search/Pinyin.h"

#include "database/search/PinyinTable.h"
#include "database/search/SurnameReadings.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bd::Pinyin {

namespace {
QStringList readingsInTable(char32_t character)
{
    const PinyinTable::Entry *begin = PinyinTable::kEntries;
    const PinyinTable::Entry *end = begin + PinyinTable::kEntryCount;
    const auto found = std::lower_bound(begin, end, character,
                                        [](const PinyinTable::Entry &entry, char32_t value) {
                                            return entry.codepoint < value;
                                        });
    if (found == end || found->codepoint != character)
        return {};
    return QString::fromLatin1(found->readings).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

QStringList readings(char32_t character)
{
    // Each character's readings split once per thread: a pulled batch of 10,000 customers
    // asks for the same few hundred characters again and again (issue 13).
    thread_local QHash<char32_t, QStringList> split;
    const auto found = split.constFind(character);
    if (found != split.cend())
        return *found;
    return *split.insert(character, readingsInTable(character));
}

NameSpellings forName(const QString &name, int maxVariants)
{
    // One list of candidate syllables per position of the name; at given-name positions
    // every option after the first is an uncustomary reading.
    struct Position
    {
        QStringList options;
        bool surname = false;
    };
    QList<Position> positions;
    int surnameLength = 0;
    const QStringList surname = SurnameReadings::lookup(name, &surnameLength);
    if (!surname.isEmpty())
        positions << Position{surname, true};
    const QList<uint> characters = name.mid(surnameLength).toUcs4();
    for (const uint character : characters) {
        QStringList options = readings(char32_t(character));
        if (options.isEmpty()) {
            const QString other = QString::fromUcs4(reinterpret_cast<const char32_t *>(&character), 1)
                                          .toLower();
            if (!other.front().isLetterOrNumber())
                continue; // the middle dot of minority names, spaces
            options << other;
        }
        // A surname the table does not list reads as the character customarily does.
        const bool isSurname = positions.isEmpty();
        if (isSurname)
            options = options.mid(0, 1);
        positions << Position{options, isSurname};
    }

    // Cartesian product, breadth-first in reading preference, capped.
    struct Variant
    {
        QStringList syllables;
        bool customary = true;
    };
    QList<Variant> variants{Variant()};
    for (const Position &position : std::as_const(positions)) {
        QList<Variant> next;
        for (int o = 0; o < position.options.size(); ++o) {
            for (const Variant &variant : std::as_const(variants)) {
                if (next.size() >= maxVariants)
                    break;
                next << Variant{QStringList(variant.syllables)
                                        << position.options.at(o).split(QLatin1Char('-')),
                                variant.customary && (position.surname || o == 0)};
            }
        }
        variants = next;
    }
    // Customary spellings first, so that a spelling both ways counts as customary.
    std::stable_sort(variants.begin(), variants.end(),
                     [](const Variant &a, const Variant &b) { return a.customary > b.customary; });

    NameSpellings spellings;
    QSet<QString> seenFull;
    QSet<QString> seenInitials;
    for (const Variant &variant : std::as_const(variants)) {
        const QStringList &syllables = variant.syllables;
        if (syllables.isEmpty())
            continue;
        const QString full = syllables.join(QString());
        if (!seenFull.contains(full)) {
            seenFull.insert(full);
            spellings.full << full;
            spellings.syllables << syllables;
            spellings.fullCustomary << variant.customary;
        }
        QString initials;
        for (const QString &syllable : syllables)
            initials += syllable.front();
        if (!seenInitials.contains(initials)) {
            seenInitials.insert(initials);
            spellings.initials << initials;
            spellings.initialsCustomary << variant.customary;
        }
    }
    return spellings;
}

} // namespace bd::Pinyin
