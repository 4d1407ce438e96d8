#pragma once

#include <QString>
#include <QStringList>

namespace bd::Pinyin {

// Toneless readings of one Han character, customary first ("zhang", "chang" for 长);
// empty for characters that are not Han.
QStringList readings(char32_t character);

// The pinyin spellings by which staff may type a customer's name: full ("zhangsan") and
// initials ("zs"), capped at maxVariants each (customary readings first). The surname is
// read only as a surname: its readings from the surname table, else the character's
// customary reading alone (方 is Fāng as a surname, never wǎng). Given-name characters
// keep every reading, but a spelling that uses a less customary one is marked as such,
// so that it ranks after the customary spellings.
struct NameSpellings
{
    QStringList full;
    QStringList initials;
    QList<QStringList> syllables; // per variant in `full`: its syllables, for suffix keys
    QList<bool> fullCustomary;    // per variant in `full`: given names read customarily
    QList<bool> initialsCustomary; // per entry in `initials`
};
NameSpellings forName(const QString &name, int maxVariants = 16);

} // namespace bd::Pinyin
