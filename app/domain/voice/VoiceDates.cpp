#include "app/domain/voice/VoiceDates.h"

#include <optional>

namespace bd::VoiceDates {

namespace {

// A small Chinese or Arabic number (1..99) at `at`: its value and length, or nullopt.
std::optional<std::pair<int, qsizetype>> smallNumber(QStringView text, qsizetype at)
{
    const qsizetype n = text.size();
    if (at >= n)
        return std::nullopt;
    if (text[at].isDigit()) {
        int value = 0;
        qsizetype i = at;
        while (i < n && i - at < 2 && text[i] >= u'0' && text[i] <= u'9')
            value = value * 10 + (text[i].unicode() - u'0'), ++i;
        return std::make_pair(value, i - at);
    }
    auto digit = [](QChar c) -> int {
        static const QStringView digits(u"零一二三四五六七八九");
        if (c == u'两')
            return 2;
        const qsizetype d = digits.indexOf(c);
        return d > 0 ? int(d) : -1;
    };
    qsizetype i = at;
    int value = 0;
    int d = digit(text[i]);
    if (d > 0) {
        value = d;
        ++i;
    }
    if (i < n && text[i] == u'十') {
        value = (value == 0 ? 1 : value) * 10;
        ++i;
        if (i < n && digit(text[i]) > 0)
            value += digit(text[i]), ++i;
    } else if (d <= 0) {
        return std::nullopt;
    }
    return std::make_pair(value, i - at);
}

int weekdayAt(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return 0;
    const QStringView days(u"一二三四五六日天");
    const qsizetype d = days.indexOf(text[at]);
    if (d >= 0)
        return d >= 6 ? 7 : int(d + 1);
    if (text[at] >= u'1' && text[at] <= u'7')
        return text[at].unicode() - u'0';
    return 0;
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate endOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

QDate firstOfNextMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1).addMonths(1);
}

class Scanner
{
public:
    Scanner(QStringView text, const QDate &today, std::vector<VoiceDate> &out)
        : m_text(text), m_today(today), m_out(out)
    {
    }

    void run()
    {
        qsizetype i = 0;
        while (i < m_text.size()) {
            const qsizetype used = at(i);
            i += used > 0 ? used : 1;
        }
    }

private:
    bool is(qsizetype at, QStringView word) const { return m_text.mid(at).startsWith(word); }

    // The first of `words` at `at`, or an empty view.
    QStringView oneOf(qsizetype at, std::initializer_list<QStringView> words) const
    {
        for (QStringView word : words) {
            if (is(at, word))
                return word;
        }
        return {};
    }

    qsizetype found(qsizetype start, qsizetype length, const QDate &date, bool approximate = false)
    {
        if (date.isValid())
            m_out.push_back({int(start), int(start + length), date, approximate});
        return length;
    }

    // Reads one date expression starting at `i`; returns its length, 0 if none starts there.
    qsizetype at(qsizetype i)
    {
        const QDate &t = m_today;
        // Days counted from today
        struct Fixed { QStringView word; int days; bool approximate; };
        static const Fixed fixed[] = {
                {u"大后天", 3, false}, {u"后天", 2, false}, {u"明天", 1, false},
                {u"明日", 1, false}, {u"明早", 1, false}, {u"明晚", 1, false},
                {u"今天", 0, false}, {u"今晚", 0, false}, {u"今日", 0, false},
                {u"晚上", 0, true}, {u"晚点", 0, true}, {u"晚些", 0, true},
                {u"稍后", 0, true}, {u"待会", 0, true}, {u"一会", 0, true},
                {u"等会", 0, true}, {u"过会", 0, true}, {u"今早", 0, false},
                {u"今儿", 0, false}, {u"明儿", 1, false}, {u"大后日", 3, false},
                {u"后日", 2, false}, {u"明后天", 1, true},
                {u"过两天", 2, false}, {u"过两日", 2, false}, {u"过几天", 3, true},
                {u"过几日", 3, true}, {u"过些天", 3, true}, {u"过些日子", 7, true},
                {u"过一周", 7, false}, {u"一周后", 7, false}, {u"一星期后", 7, false},
                {u"一个星期后", 7, false}, {u"一个礼拜后", 7, false}, {u"两周后", 14, false},
                {u"半个月后", 15, true}, {u"过半个月", 15, true}};
        // The first characters of those words, so that most positions skip the table (speed).
        static const QString fixedStarts = [] {
            QString starts;
            for (const Fixed &f : fixed) {
                if (!starts.contains(f.word.front()))
                    starts.append(f.word.front());
            }
            return starts;
        }();
        if (fixedStarts.contains(m_text[i])) {
            for (const Fixed &f : fixed) {
                if (is(i, f.word))
                    return found(i, f.word.size(), t.addDays(f.days), f.approximate);
            }
        }
        // A time of day (下午, 下班后) is today's unless it only narrows the day just read
        // (明天下午, 周三上午): then it adds no second date for the follow-up to take. Told of
        // the past (中午过来把钱转了定期; 下班前赶不过来 is no time of coming) it is no date.
        // The end of the day's work or trip (下课, 收工后, 收车后, 下车后, 到了地方) is a time
        // of day too: a customer busy now calls back when it ends (round 17, part 16).
        static const QStringView timeOfDayStarts(u"上下中傍收散到");
        if (const QStringView w = !timeOfDayStarts.contains(m_text[i]) ? QStringView()
                                                                       : oneOf(i, {u"上午", u"下午", u"中午", u"傍晚", u"下班以后",
                                            u"下班后", u"下了班", u"下班再", u"下班回来",
                                            u"下课后", u"下了课", u"下课", u"收工后", u"收了工",
                                            u"收工", u"收车后", u"收了车", u"收车", u"下车后",
                                            u"下了车", u"散会后", u"散了会", u"到了地方",
                                            u"到地方后", u"到了服务区", u"到服务区", u"到家后",
                                            u"到了家"});
            !w.isEmpty()) {
            if (!m_out.empty() && m_out.back().end == i)
                return w.size();
            if (pastInClause(i + w.size()))
                return w.size();
            return found(i, w.endsWith(u"再") ? w.size() - 1 : w.size(), t, true);
        }
        if (const qsizetype used = holiday(i))
            return used;
        // 半小时后 / 半个钟头后: later today
        if (is(i, u"半")) {
            if (const qsizetype used = hoursLater(i + 1))
                return found(i, used - i, t, true);
        }
        // N天后 / N天以后; N个钟(头)后 / N小时后 (today); N周后 / N个星期后; N个月后
        if (const auto number = smallNumber(m_text, i)) {
            const qsizetype after = i + number->second;
            if (is(after, u"天后") || is(after, u"天以后"))
                return found(i, number->second + (is(after, u"天后") ? 2 : 3),
                             t.addDays(number->first));
            if (const qsizetype used = hoursLater(after))
                return found(i, used - i, t, true);
            // 过一个小时再打 / 过两个钟头: 过 before the count says "later" as 后 does.
            if (i > 0 && m_text[i - 1] == u'过') {
                const qsizetype j = after + (is(after, u"个") ? 1 : 0);
                if (const QStringView unit = oneOf(j, {u"小时", u"钟头"}); !unit.isEmpty())
                    return found(i, j + unit.size() - i, t, true);
            }
            if (const auto weeks = unitLater(after, {u"星期", u"礼拜", u"周"}))
                return found(i, *weeks - i, t.addDays(7 * number->first));
            if (const auto months = unitLater(after, {u"月"}))
                return found(i, *months - i, t.addMonths(number->first), true);
            // M月N号 / M月N日 / M月份 / N号
            if (is(after, u"月") && number->first >= 1 && number->first <= 12)
                return monthDay(i, i, number->first, after + 1, t.year());
            if ((is(after, u"号") || is(after, u"日")) && number->first >= 1
                && number->first <= 31) {
                QDate day(t.year(), t.month(), 1);
                if (number->first < t.day())
                    day = day.addMonths(1);
                return found(i, number->second + 1,
                             QDate(day.year(), day.month(), std::min(number->first, day.daysInMonth())));
            }
        }
        // 明年 / 今年 + M月...
        if (is(i, u"明年") || is(i, u"今年")) {
            const int year = t.year() + (is(i, u"明年") ? 1 : 0);
            if (const auto month = smallNumber(m_text, i + 2); month && is(i + 2 + month->second, u"月")
                && month->first >= 1 && month->first <= 12)
                return monthDay(i, i + 2, month->first, i + 2 + month->second + 1, year);
            if (is(i, u"明年"))
                return found(i, 2, QDate(year, 1, 1), true);
            return 0;
        }
        if (is(i, u"年底") || is(i, u"年末"))
            return found(i, 2, QDate(t.year(), 12, 31));
        // Weeks: (下下|下|这|本)?(个)?(周|星期|礼拜)(X|末)?
        qsizetype j = i;
        int weeksAhead = -1; // -1: no prefix
        if (const QStringView p = oneOf(j, {u"下下", u"下", u"这", u"本"}); !p.isEmpty()) {
            weeksAhead = p == u"下下" ? 2 : p == u"下" ? 1 : 0;
            j += p.size();
            if (is(j, u"个"))
                ++j;
        }
        if (const QStringView w = oneOf(j, {u"星期", u"礼拜", u"周"}); !w.isEmpty()) {
            const qsizetype k = j + w.size();
            if (is(k, u"末"))
                return found(i, k + 1 - i,
                             mondayOf(t).addDays(7 * std::max(weeksAhead, 0) + 5));
            const int weekday = weekdayAt(m_text, k);
            if (weekday > 0) {
                QDate day;
                if (weeksAhead < 0) {
                    day = mondayOf(t).addDays(weekday - 1);
                    if (day <= t)
                        day = day.addDays(7);
                } else {
                    day = mondayOf(t).addDays(7 * weeksAhead + weekday - 1);
                }
                return found(i, k + 1 - i, day);
            }
            if (weeksAhead > 0) // 下周 alone: next week's Monday
                return found(i, k - i, mondayOf(t).addDays(7 * weeksAhead));
            return 0;
        }
        // Months: (下个月|下月|这个月|本月)?(底|末|初|中|中旬)
        j = i;
        int monthsAhead = -1;
        if (const QStringView p = oneOf(j, {u"下个月", u"下月", u"这个月", u"本月", u"这月"}); !p.isEmpty()) {
            monthsAhead = p.startsWith(u"下") ? 1 : 0;
            j += p.size();
        } else if (is(j, u"月")) {
            monthsAhead = 0;
            j += 1;
        } else {
            return 0;
        }
        const QDate month = QDate(t.year(), t.month(), 1).addMonths(std::max(monthsAhead, 0));
        const bool bareMonth = j == i + 1; // "月" alone must be followed by 底/末/初/中
        if (is(j, u"底") || is(j, u"末"))
            return found(i, j + 1 - i, endOfMonth(month));
        if (is(j, u"初"))
            return found(i, j + 1 - i, monthsAhead > 0 ? month : firstOfNextMonth(t), true);
        if (is(j, u"中旬") || is(j, u"中")) {
            QDate mid(month.year(), month.month(), 15);
            if (monthsAhead <= 0 && mid < t)
                mid = mid.addMonths(1);
            return found(i, j + (is(j, u"中旬") ? 2 : 1) - i, mid, true);
        }
        if (bareMonth || monthsAhead == 0)
            return 0;
        // 下个月 alone (or 下个月N号)
        if (const auto number = smallNumber(m_text, j); number
            && (is(j + number->second, u"号") || is(j + number->second, u"日")))
            return found(i, j + number->second + 1 - i,
                         QDate(month.year(), month.month(), std::min(number->first, month.daysInMonth())));
        return found(i, j - i, month, true);
    }

    // Whether the clause that goes on at `at` tells of something done (a 了 before the next
    // comma or full stop).
    bool pastInClause(qsizetype at) const
    {
        static const QStringView clauseEnds(u"，。；！？,;.!?\n");
        for (qsizetype j = at; j < m_text.size() && !clauseEnds.contains(m_text[j]); ++j) {
            if (m_text[j] == u'了')
                return true;
        }
        return false;
    }

    // (个)? + one of `units` + 后/以后/之后 at `at`: where it ends, or nullopt.
    std::optional<qsizetype> unitLater(qsizetype at, std::initializer_list<QStringView> units) const
    {
        qsizetype j = at + (is(at, u"个") ? 1 : 0);
        const QStringView unit = oneOf(j, units);
        if (unit.isEmpty())
            return std::nullopt;
        j += unit.size();
        const QStringView later = oneOf(j, {u"以后", u"之后", u"后"});
        if (later.isEmpty())
            return std::nullopt;
        return j + later.size();
    }

    // (个)?(小时|钟头|钟) + 后 at `at` (as in 两个钟后, 一小时以后): where it ends, or 0.
    qsizetype hoursLater(qsizetype at) const
    {
        return unitLater(at, {u"小时", u"钟头", u"钟"}).value_or(0);
    }

    // A public holiday on a fixed day, then 后/过后/以后/之后 (五一后, 国庆节以后): the first
    // working day after it, about. 节后 alone means the next such holiday, if it is near (a
    // month); the lunar holidays (春节, 端午, 中秋) move each year and are not read.
    qsizetype holiday(qsizetype i)
    {
        // Most characters start none of these: skip them before any comparison (speed).
        static const QStringView starts(u"五劳国十元清节过");
        if (!starts.contains(m_text[i]))
            return 0;
        struct Holiday { QStringView word; int month; int firstDay; int daysOff; };
        static const Holiday holidays[] = {
                {u"五一", 5, 1, 5}, {u"劳动节", 5, 1, 5}, {u"国庆", 10, 1, 7},
                {u"十一", 10, 1, 7}, {u"元旦", 1, 1, 1}, {u"清明", 4, 4, 3}};
        auto afterIt = [&](qsizetype at) -> qsizetype {
            at += is(at, u"节") ? 1 : 0;
            const QStringView later = oneOf(at, {u"过后", u"以后", u"之后", u"后"});
            return later.isEmpty() ? 0 : at + later.size();
        };
        auto firstDayAfter = [&](const Holiday &h) {
            QDate start(m_today.year(), h.month, h.firstDay);
            if (start.addDays(h.daysOff) <= m_today)
                start = start.addYears(1);
            return start.addDays(h.daysOff);
        };
        for (const Holiday &h : holidays) {
            if (!is(i, h.word))
                continue;
            const qsizetype end = afterIt(i + h.word.size());
            return end > 0 ? found(i, end - i, firstDayAfter(h), true) : 0;
        }
        if (is(i, u"节后") || is(i, u"过完节")) {
            QDate next;
            for (const Holiday &h : holidays) {
                const QDate d = firstDayAfter(h);
                if (!next.isValid() || d < next)
                    next = d;
            }
            if (next.isValid() && m_today.daysTo(next) <= 31)
                return found(i, is(i, u"节后") ? 2 : 3, next, true);
        }
        return 0;
    }

    // M月 at `monthAt` (number starts at `numberAt`), then N号/N日 or 份; the date in `year`
    // (next year if it has passed and no year was named).
    qsizetype monthDay(qsizetype start, qsizetype, int month, qsizetype after, int year)
    {
        const bool yearNamed = year != m_today.year() || m_text.mid(start).startsWith(u"今年");
        if (const auto day = smallNumber(m_text, after); day
            && (is(after + day->second, u"号") || is(after + day->second, u"日"))) {
            QDate date(year, month, std::min(day->first, QDate(year, month, 1).daysInMonth()));
            if (!yearNamed && date < m_today)
                date = date.addYears(1);
            return found(start, after + day->second + 1 - start, date);
        }
        const qsizetype length = after - start + (is(after, u"份") ? 1 : 0);
        if (!is(after, u"份") && !yearNamed)
            return 0; // "3月" alone is too often something else (3个月 is read elsewhere)
        QDate date(year, month, 1);
        if (!yearNamed && date < QDate(m_today.year(), m_today.month(), 1))
            date = date.addYears(1);
        return found(start, length, date, true);
    }

    QStringView m_text;
    QDate m_today;
    std::vector<VoiceDate> &m_out;
};

} // namespace

void find(QStringView text, const QDate &today, std::vector<VoiceDate> &out)
{
    if (!today.isValid())
        return;
    Scanner(text, today, out).run();
}

} // namespace bd::VoiceDates
