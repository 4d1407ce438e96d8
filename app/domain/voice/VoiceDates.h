#pragma once

#include "app/domain/voice/VoiceMention.h"

#include <QDate>
#include <QStringView>

#include <vector>

namespace bd::VoiceDates {

// The dates a normalised note (VoiceText) names, resolved against the day it was written
// (`today`), weeks starting on Monday:
//   明天 +1, 后天 +2, 大后天 +3, 过两天 +2, 过几天 +3 (about), N天后 +N, 一周后 +7,
//   半个月后 +15; 今天/今晚/晚点/稍后: the same day;
//   周三/星期三/礼拜三: the next Wednesday after today; 这周三/本周三: this week's;
//   下周三: next week's; 下下周三: the week after; 下周 alone: next Monday; 周末: Saturday;
//   月底/月末: the month's last day; 月初/下月初: the 1st of next month; 月中/中旬: the 15th;
//   下个月: the 1st of next month; 年底: 31 December; 15号/15日: the next 15th;
//   3月5号/三月五日: that day (next year if passed); 明年三月份: 1 March next year.
void find(QStringView text, const QDate &today, std::vector<VoiceDate> &out);

} // namespace bd::VoiceDates
