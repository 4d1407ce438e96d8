#include "app/domain/voice/VoiceDurations.h"

namespace bd::VoiceDurations {

namespace {

bool isCount(QChar c)
{
    static const QStringView counts(u"一二两三四五六七八九十几半");
    return (c >= u'0' && c <= u'9') || counts.contains(c);
}

// The unit at `at` and its length, or 0: 年, 个月 (月 alone after a count is a month's name:
// 六月), 周, 星期 / 个星期, 礼拜, 天.
qsizetype unitAt(QStringView text, qsizetype at)
{
    const QStringView rest = text.mid(at);
    for (QStringView unit : {QStringView(u"个月"), QStringView(u"个星期"), QStringView(u"个礼拜"),
                             QStringView(u"星期"), QStringView(u"礼拜"), QStringView(u"年"),
                             QStringView(u"周"), QStringView(u"天")}) {
        if (rest.startsWith(unit))
            return unit.size();
    }
    return 0;
}

} // namespace

void find(QStringView text, std::vector<Duration> &out)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isCount(text[i]) || (i > 0 && isCount(text[i - 1]))) {
            ++i;
            continue;
        }
        qsizetype start = i;
        if (start > 0 && text[start - 1] == u'好') // 好几年
            --start;
        qsizetype j = i;
        int digits = 0;
        while (j < n && isCount(text[j])) {
            digits += text[j].isDigit() ? 1 : 0;
            ++j;
        }
        const qsizetype unit = unitAt(text, j);
        // Four digits before 年 are a year (2026年), not a length of time; 半 alone before
        // 天 or 周 is no count staff use (半天 is "a long while", read by the wait lists).
        const bool year = digits >= 4;
        if (unit == 0 || year || (j - i == 1 && text[i] == u'半' && text[j] != u'年'
                                  && text[j] != u'个')) {
            i = j;
            continue;
        }
        qsizetype end = j + unit;
        if (end < n && (text[end] == u'半' || text[end] == u'期'))
            ++end;
        out.push_back({int(start), int(end)});
        i = end;
    }
}

} // namespace bd::VoiceDurations
