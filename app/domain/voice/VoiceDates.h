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
//   3月5号/三月五日: that day (next year if passed); 明年三月份: 1 March next year;
//   (round 14) 下午/下班后/等会儿/两个钟头后/半小时后: today (a time of day right after a
//   day, 明天下午, only narrows it); 明儿 +1, 后日 +2, 明后天 +1 (about); N周后/N个礼拜以后
//   +7N; N个月后 +N months (about); 五一后/国庆节以后/元旦后/清明后: the day after the
//   holiday, about; 节后/过完节: after the next of those if it is within a month.
void find(QStringView text, const QDate &today, std::vector<VoiceDate> &out);

} // namespace bd::VoiceDates
