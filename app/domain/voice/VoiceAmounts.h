#pragma once

#include "app/domain/voice/VoiceMention.h"

#include <QStringView>

#include <vector>

namespace bd::VoiceAmounts {

// The amounts of money in a normalised note (VoiceText): 5万, 五万, 50000, 5w, 1.5万,
// 两千块, 十来万, 三十多万, 二三十万, 50,000元, and in capital numerals 伍万, 叁仟元. A number counts as money when it has a
// money unit (万, 千, 亿, w, k, 元, 块) or is a plain number of 1000 or more that is not a
// date, a rate, a count or part of a longer digit string (a phone number). Foreign
// currency (美元, 港币 ...) and percentages (百分之二, 3%) are not amounts.
void find(QStringView text, std::vector<VoiceAmount> &out);

} // namespace bd::VoiceAmounts
