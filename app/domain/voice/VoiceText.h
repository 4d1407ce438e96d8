#pragma once

#include <QString>
#include <QStringView>

namespace bd::VoiceText {

// The text the analyser matches against: traditional and variant characters made
// simplified (table from OpenCC, generated at build time), full-width forms made ASCII,
// letters lower case. Always exactly as long as `text` in UTF-16 units, character for
// character, so a position found in it is the same position in what the person typed.
QString normalised(QStringView text);

// One character as normalised() makes it.
char16_t normalisedChar(char16_t c);

// Whether `c` ends a sentence (a finding never reaches across it) or only a phrase.
bool isSentenceBreak(char16_t c);
bool isPhraseBreak(char16_t c);

} // namespace bd::VoiceText
