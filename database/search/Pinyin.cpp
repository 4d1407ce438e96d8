#include "database/search/Pinyin.h"

#include "database/search/PinyinTable.h"
#include "database/search/SurnameReadings.h"

#include <QSet>

#include <algorithm>

namespace bd::Pinyin {

QStringList readings(char32_t character)
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

NameSpellings forName(const QString &name, int maxVariants)
{
    // One list of candidate syllables per position of the name.
    QList<QStringList> positions;
    int surnameLength = 0;
    const QStringList surname = SurnameReadings::lookup(name, &surnameLength);
    if (!surname.isEmpty())
        positions << surname;
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
        positions << options;
    }

    // Cartesian product, breadth-first in reading preference, capped.
    QList<QStringList> variants{QStringList()};
    for (const QStringList &options : std::as_const(positions)) {
        QList<QStringList> next;
        for (const QString &option : options) {
            for (const QStringList &variant : std::as_const(variants)) {
                if (next.size() >= maxVariants)
                    break;
                next << (QStringList(variant) << option.split(QLatin1Char('-')));
            }
        }
        variants = next;
    }

    NameSpellings spellings;
    QSet<QString> seenFull;
    QSet<QString> seenInitials;
    for (const QStringList &syllables : std::as_const(variants)) {
        if (syllables.isEmpty())
            continue;
        const QString full = syllables.join(QString());
        if (!seenFull.contains(full)) {
            seenFull.insert(full);
            spellings.full << full;
            spellings.syllables << syllables;
        }
        QString initials;
        for (const QString &syllable : syllables)
            initials += syllable.front();
        if (!seenInitials.contains(initials)) {
            seenInitials.insert(initials);
            spellings.initials << initials;
        }
    }
    return spellings;
}

} // namespace bd::Pinyin
