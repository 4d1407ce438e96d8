#include "app/domain/voice/VoiceAmounts.h"

#include <cmath>
#include <optional>

namespace bd::VoiceAmounts {

namespace {

int chineseDigit(char16_t c)
{
    switch (c) {
    case u'零': case u'〇': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

int chineseUnit(char16_t c)
{
    switch (c) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    default: return 0;
    }
}

bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

// The capital numerals of a bank's forms and cheques (大写: 伍万, 叁仟元, 壹拾万) as the
// everyday ones, one character for one so positions stay; 0 for any other character.
// Only the amounts read them so: elsewhere 陆 and 拾 keep their own sense (陆续, 收拾).
char16_t everydayNumeral(char16_t c)
{
    switch (c) {
    case u'壹': return u'一';
    case u'贰': case u'貳': return u'二';
    case u'叁': return u'三';
    case u'肆': return u'四';
    case u'伍': return u'五';
    case u'陆': case u'陸': return u'六';
    case u'柒': return u'七';
    case u'捌': return u'八';
    case u'玖': return u'九';
    case u'拾': return u'十';
    case u'佰': return u'百';
    case u'仟': return u'千';
    default: return 0;
    }
}

bool startsWith(QStringView text, qsizetype at, QStringView what)
{
    return text.mid(at).startsWith(what);
}

// What follows a number and makes it no amount: a date, a count, a rate, an age ...
bool followedByNonMoney(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return false;
    static const char16_t *const words[] = {
            u"年", u"月", u"日", u"号", u"点", u"%", u"岁", u"天", u"个", u"期", u"分", u"秒",
            u"次", u"人", u"位", u"家", u"套", u"份", u"只", u"周", u"星", u"号", u"层",
            u"米", u"平", u"公里", u"小时", u":", u"-", u"/", u"倍", u"折", u"手", u"支"};
    for (const char16_t *word : words) {
        if (startsWith(text, at, QStringView(word)))
            return true;
    }
    return false;
}

bool foreignCurrency(QStringView text, qsizetype at)
{
    static const char16_t *const words[] = {u"美元", u"美金", u"刀", u"港币", u"港元", u"欧元",
                                           u"日元", u"英镑", u"澳元", u"加元", u"usd", u"hkd"};
    for (const char16_t *word : words) {
        if (startsWith(text, at, QStringView(word)))
            return true;
    }
    return false;
}

struct Scale
{
    qsizetype length = 0; // units consumed
    double factor = 1;
    bool money = false; // the unit itself says money (元, 块)
};

// The money unit at `at` (万 and 元 may both follow: 5万元, 两千块钱).
Scale scaleAt(QStringView text, qsizetype at)
{
    Scale scale;
    auto consume = [&](QStringView word, double factor, bool money) {
        if (!startsWith(text, at + scale.length, word))
            return false;
        scale.length += word.size();
        scale.factor *= factor;
        scale.money = scale.money || money;
        return true;
    };
    if (consume(u"亿", 1e8, true) || consume(u"万", 1e4, true) || consume(u"w", 1e4, true)
        || consume(u"千", 1e3, true) || consume(u"k", 1e3, true)) {
        // a second 万 (千万, 百万 are read by the numeral itself)
    }
    if (consume(u"块钱", 1, true) || consume(u"块", 1, true) || consume(u"元", 1, true)
        || consume(u"rmb", 1, true)) {
    }
    return scale;
}

bool isLetter(char16_t c) { return (c >= u'a' && c <= u'z'); }

// The one digit after 万 or 千 that names the next unit down, as people say amounts:
// 3万5 (35,000), 三万五千 (35,000), 两千五 (2,500). Not when a date or a count follows
// (5万2年期) or more digits do (a second number). Sets *end past what it read.
double tailDigit(QStringView text, qsizetype at, const Scale &scale, qsizetype *end)
{
    const qsizetype n = text.size();
    if (at >= n || (scale.factor != 1e4 && scale.factor != 1e3))
        return 0;
    if (at > 0 && (text[at - 1] == u'元' || text[at - 1] == u'块' || text[at - 1] == u'钱'))
        return 0;
    const char16_t c = text[at].unicode();
    const int digit = isDigit(c) ? int(c - u'0') : chineseDigit(c);
    if (digit <= 0)
        return 0;
    qsizetype next = at + 1;
    const double down = scale.factor / 10;
    if (next < n && (isDigit(text[next].unicode()) || chineseDigit(text[next].unicode()) >= 0
                     || text[next] == u'.' || text[next] == u'十' || text[next] == u'百'))
        return 0;
    if (next < n && text[next] == (scale.factor == 1e4 ? u'千' : u'百'))
        ++next;
    else if (followedByNonMoney(text, next) || foreignCurrency(text, next))
        return 0;
    *end = next;
    return digit * down;
}

} // namespace

void find(QStringView note, std::vector<VoiceAmount> &out)
{
    QString everyday;
    for (qsizetype k = 0; k < note.size(); ++k) {
        if (const char16_t numeral = everydayNumeral(note[k].unicode())) {
            if (everyday.isEmpty())
                everyday = note.toString();
            everyday[k] = QChar(numeral);
        }
    }
    const QStringView text = everyday.isEmpty() ? note : QStringView(everyday);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        const bool arabic = isDigit(c);
        const bool chinese = chineseDigit(c) >= 0 || (c == u'十');
        if (!arabic && !chinese) {
            ++i;
            continue;
        }
        // 百分之二: a rate, not money; 万一 and 一些 are not numbers of anything
        if (i >= 3 && text.mid(i - 3, 3) == u"百分之") {
            ++i;
            continue;
        }
        const qsizetype start = i;
        double value = 0;
        bool approximate = false;
        qsizetype digitsRun = 0;
        if (arabic) {
            QString digits;
            while (i < n && (isDigit(text[i].unicode()) || text[i] == u','
                             || (text[i] == u'.' && i + 1 < n && isDigit(text[i + 1].unicode())))) {
                if (text[i] != u',')
                    digits += text[i];
                if (isDigit(text[i].unicode()))
                    ++digitsRun;
                ++i;
            }
            // 1,000 is a thousand; "5,6" is two numbers: take the comma only before 3 digits
            value = digits.toDouble();
            if (i < n && (text[i] == u'千' || text[i] == u'百') ) {
                value *= text[i] == u'千' ? 1000 : 100;
                ++i;
            }
        } else {
            // Chinese numerals: 五万, 两千, 三十, 十来万, 二三十万 (the lower end), 一百二十
            double section = 0;
            double total = 0;
            int number = -1;
            int lastUnit = 0;   // 两千五 is 2,500 and 一百二 120: a last digit after 千 or 百
            bool zero = false;  // names the next unit down, unless a 零 stood between

            while (i < n) {
                const char16_t u = text[i].unicode();
                const int digit = chineseDigit(u);
                const int unit = chineseUnit(u);
                if (digit >= 0) {
                    zero = zero || digit == 0;
                    if (number >= 0) // two digits in a row: a range (二三十), keep the first
                        approximate = true;
                    else
                        number = digit;
                    ++i;
                } else if (unit > 0) {
                    section += (number < 0 ? 1 : number) * unit;
                    number = -1;
                    lastUnit = unit;
                    zero = false;
                    ++i;
                } else if (u == u'万' || u == u'亿') {
                    // left to the scale below, with what came before as the count
                    break;
                } else {
                    break;
                }
            }
            if (number > 0 && lastUnit >= 100 && !zero)
                number *= lastUnit / 10;
            value = total + section + (number < 0 ? 0 : number);
            if (value == 0 && number != 0) {
                continue;
            }
        }
        // 十来万, 三十多万, 十几万: about
        qsizetype j = i;
        if (j < n && (text[j] == u'来' || text[j] == u'多' || text[j] == u'几' || text[j] == u'余')) {
            approximate = true;
            ++j;
        }
        // 5个w, 十个万: a count of ten-thousands, as people say it
        if (j + 1 < n && text[j] == u'个' && (text[j + 1] == u'w' || text[j + 1] == u'万'))
            ++j;
        Scale scale = scaleAt(text, j);
        if (scale.length > 0 && text.mid(j, 1) == u"w" && j + 1 < n && isLetter(text[j + 1].unicode()))
            scale = Scale(); // "5wifi" is not 5万
        if (scale.length > 0 && (text.mid(j, 1) == u"k") && j + 1 < n && isLetter(text[j + 1].unicode()))
            scale = Scale();
        const qsizetype afterScale = j + scale.length;
        if (scale.length == 0) {
            // A bare number: money only when plainly large and not a date, count or phone
            const bool bare = !approximate && value >= 1000 && value < 1e10
                    && (arabic ? digitsRun <= 10 : true) && !followedByNonMoney(text, i)
                    && !foreignCurrency(text, i);
            if (bare)
                out.push_back({int(start), int(i), qint64(std::llround(value * 100)), false});
            i = std::max(i, start + 1);
            continue;
        }
        if (foreignCurrency(text, afterScale) || (arabic && digitsRun > 10)) {
            i = afterScale;
            continue;
        }
        double yuan = value * scale.factor;
        qsizetype afterTail = afterScale;
        const double tail = tailDigit(text, afterScale, scale, &afterTail);
        if (tail > 0) {
            yuan += tail;
            scale = scaleAt(text, afterTail); // 3万5千块: 元 after the tail
            afterTail += scale.factor == 1 ? scale.length : 0;
        }
        // 10万多 / 一百万左右 / 五万以上: still about that much
        qsizetype end = afterTail;
        for (QStringView about : {QStringView(u"左右"), QStringView(u"上下"), QStringView(u"多")}) {
            if (startsWith(text, end, about)) {
                approximate = true;
                if (about != QStringView(u"多"))
                    end += about.size();
                break;
            }
        }
        if (yuan >= 10 && yuan < 1e13) // 一块 is "together", not one yuan
            out.push_back({int(start), int(afterTail), qint64(std::llround(yuan * 100)), approximate});
        i = afterTail;
    }
}

} // namespace bd::VoiceAmounts
