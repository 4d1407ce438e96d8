#pragma once

#include <QString>
#include <QStringList>

namespace bd::Pinyin {

// Toneless readings of one Han character, customary first ("zhang", "chang" for 长);
// empty for characters that are not Han.
QStringList readings(char32_t character);

// The pinyin spellings by which staff may type a customer's name: full ("zhangsan") and
// initials ("zs"), with the surname read as a surname and every reading of polyphonic
// given-name characters, capped at maxVariants each (customary readings first).
struct NameSpellings
{
    QStringList full;
    QStringList initials;
    QList<QStringList> syllables; // per variant in `full`: its syllables, for suffix keys
};
NameSpellings forName(const QString &name, int maxVariants = 16);

} // namespace bd::Pinyin
