#pragma once

#include <QStringView>

#include <vector>

namespace bd::VoiceDurations {

// A stretch of time a normalised note (VoiceText) names, where it is (UTF-16 offsets).
struct Duration
{
    int start = 0;
    int end = 0;
};

// Lengths of time as staff write them, found by their characters rather than listed one by
// one: a count (digits, 一 .. 十, 两, 几, 好几, 半) then a unit (年, 个月, 周, 个星期, 天), an
// optional 半 or 期: 三年, 5年期, 一年半, 半年, 18个月, 三个月, 好几年, 两周. The lexicon names
// them "@duration" ("五年期太久": @duration then @long). Not a duration: a year (2026年), a
// month's name (六月), 今年 / 明年 (no count before the unit).
void find(QStringView text, std::vector<Duration> &out);

} // namespace bd::VoiceDurations
