// The customer-voice analyser (app/domain/voice, docs/VOICE.md): label by label, negation,
// hedges, numbers and dates, traditional characters, positions, the lexicon validator
// refusing a broken file with the JSON path of each problem, and the evaluation notes'
// figures as a floor (every label with 20 or more examples of the tuning part on target).
#include "../common/VoiceEvaluationSet.h"

#include "app/domain/voice/VoiceAnalyser.h"
#include "app/domain/voice/VoiceLexiconValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bd;

class tst_VoiceAnalyser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void labels_data();
    void labels();
    void negation_data();
    void negation();
    void amounts_data();
    void amounts();
    void dates_data();
    void dates();
    void notDates_data();
    void notDates();
    void traditionalCharactersAndPositions();
    void hedgesAndMisspellings();
    void fillerWordsInsideAPhrase();
    void brokenLexiconIsRefusedWithPaths();
    void builtInLexiconIsValid();
    void tuningNotesMeetTheTarget();

private:
    QSet<QString> keys(const QString &note, const QDate &day = QDate(2026, 3, 4)) const;
    std::unique_ptr<VoiceAnalyser> m_analyser;
};

void tst_VoiceAnalyser::initTestCase()
{
    Result<VoiceLexicon> lexicon = VoiceLexicon::builtIn();
    QVERIFY2(lexicon.ok(), qPrintable(lexicon.errorString()));
    m_analyser = std::make_unique<VoiceAnalyser>(std::move(*lexicon));
}

QSet<QString> tst_VoiceAnalyser::keys(const QString &note, const QDate &day) const
{
    QSet<QString> found;
    for (const VoiceFinding &f : m_analyser->analyse(note, day).findings)
        found.insert(f.key());
    return found;
}

void tst_VoiceAnalyser::labels_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("label");
    // One note per label, worded apart from the evaluation notes.
    QTest::newRow("interest.fund") << "客户想试试指数基金" << "interest.fund";
    QTest::newRow("interest.wealth") << "客户打算买点R2理财" << "interest.wealth";
    QTest::newRow("interest.deposit") << "客户想存个三年定期" << "interest.deposit";
    QTest::newRow("interest.insurance") << "客户咨询了重疾险" << "interest.insurance";
    QTest::newRow("interest.gold") << "客户对金条有兴趣" << "interest.gold";
    QTest::newRow("interest.bond") << "客户问储蓄国债几号发" << "interest.bond";
    QTest::newRow("interest.home") << "客户在看学区房" << "interest.home";
    QTest::newRow("interest.study_abroad") << "儿子要去英国读研" << "interest.study_abroad";
    QTest::newRow("interest.retirement") << "客户想规划养老" << "interest.retirement";
    QTest::newRow("objection.return_low") << "客户嫌利率太低" << "objection.return_low";
    QTest::newRow("objection.locked_long") << "封闭期太长了" << "objection.locked_long";
    QTest::newRow("objection.fear_loss") << "客户怕亏本" << "objection.fear_loss";
    QTest::newRow("objection.bought_elsewhere") << "客户已经买了别家的" << "objection.bought_elsewhere";
    QTest::newRow("objection.no_time") << "客户在开会没空" << "objection.no_time";
    QTest::newRow("objection.no_money") << "客户说手头紧" << "objection.no_money";
    QTest::newRow("objection.ask_family") << "要回去跟老婆商量" << "objection.ask_family";
    QTest::newRow("objection.no_calls") << "客户说别再打电话推销了" << "objection.no_calls";
    QTest::newRow("competitor.bank") << "客户的钱在招行" << "competitor.bank";
    QTest::newRow("competitor.internet") << "钱放在余额宝" << "competitor.internet";
    QTest::newRow("competitor.securities") << "客户平时炒股" << "competitor.securities";
    QTest::newRow("praise.service") << "客户说服务很周到" << "praise.service";
    QTest::newRow("praise.product") << "客户说收益不错" << "praise.product";
    QTest::newRow("complaint.waiting") << "客户说排队太久" << "complaint.waiting";
    QTest::newRow("complaint.service") << "客户说柜员态度很差" << "complaint.service";
    QTest::newRow("complaint.fees") << "客户说手续费太贵" << "complaint.fees";
    QTest::newRow("complaint.loss") << "客户的基金亏了一万" << "complaint.loss";
    QTest::newRow("complaint.channel") << "手机银行登录不上" << "complaint.channel";
    QTest::newRow("life_event.new_job") << "客户刚跳槽" << "life_event.new_job";
    QTest::newRow("life_event.marriage") << "客户下个月办婚礼" << "life_event.marriage";
    QTest::newRow("life_event.birth") << "客户家二胎刚出生" << "life_event.birth";
    QTest::newRow("life_event.moving") << "客户搬家了" << "life_event.moving";
    QTest::newRow("life_event.retired") << "客户刚退休" << "life_event.retired";
    QTest::newRow("life_event.child_school") << "孩子今年高考" << "life_event.child_school";
    QTest::newRow("follow_up.call_back") << "下周三再联系" << "follow_up.call_back";
    QTest::newRow("follow_up.visit") << "客户明天来网点" << "follow_up.visit";
    QTest::newRow("follow_up.send_info") << "把产品说明书发给客户" << "follow_up.send_info";
    // Wordings beyond the first lexicon: gaps across a comma, homophone slips, colloquial
    // variants (issue 18's held-out recall).
    QTest::newRow("利息…太低 across a comma") << "利息这块，客户觉得太低" << "objection.return_low";
    QTest::newRow("跑不赢通胀") << "客户说存款跑不赢通胀" << "objection.return_low";
    QTest::newRow("排对 (a slip for 排队)") << "客户抱怨排对排了一上午" << "complaint.waiting";
    QTest::newRow("手续废 (a slip)") << "客户嫌手续废太高" << "complaint.fees";
    QTest::newRow("再电话") << "下周五再电话跟她确认" << "follow_up.call_back";
    QTest::newRow("亏不起") << "客户说这钱亏不起" << "objection.fear_loss";
    QTest::newRow("兜里没钱") << "客户说最近兜里没钱" << "objection.no_money";
    QTest::newRow("考大学") << "客户说女儿今年考大学" << "life_event.child_school";
    QTest::newRow("办喜事") << "客户儿子下月办喜事" << "life_event.marriage";
    QTest::newRow("抽不开身") << "客户说这阵子抽不开身" << "objection.no_time";
    QTest::newRow("别发短信") << "客户说以后别发短信了" << "objection.no_calls";
    QTest::newRow("打不开") << "客户说手机银行打不开" << "complaint.channel";
}

void tst_VoiceAnalyser::labels()
{
    QFETCH(QString, note);
    QFETCH(QString, label);
    QVERIFY2(keys(note).contains(label),
             qPrintable(QStringList(keys(note).values()).join(QLatin1Char(' '))));
}

void tst_VoiceAnalyser::negation_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("heard");
    QTest::newRow("不想买基金") << "不想买基金" << "interest.fund" << false;
    QTest::newRow("想买基金") << "想买基金" << "interest.fund" << true;
    QTest::newRow("对保险不感兴趣") << "对保险不感兴趣" << "interest.insurance" << false;
    QTest::newRow("保险没兴趣") << "保险没兴趣" << "interest.insurance" << false;
    QTest::newRow("没有不满意") << "客户没有不满意" << "complaint.service" << false;
    QTest::newRow("不是不想买") << "不是不想买基金" << "interest.fund" << true;
    QTest::newRow("不缺钱") << "客户不缺钱" << "objection.no_money" << false;
    QTest::newRow("缺钱") << "客户缺钱" << "objection.no_money" << true;
    QTest::newRow("不怕风险") << "客户说不怕风险" << "objection.fear_loss" << false;
    QTest::newRow("没有别的银行") << "客户没有别的银行的理财" << "competitor.bank" << false;
    QTest::newRow("别的银行 (别 is not a negation there)") << "客户在别的银行买了" << "competitor.bank" << true;
    QTest::newRow("不考虑理财，钱要买车") << "暂时不考虑理财，钱要买车" << "interest.wealth" << false;
    QTest::newRow("a negation in another phrase") << "不着急，可以考虑基金" << "interest.fund" << true;
    QTest::newRow("already bought") << "已经配置了养老保险" << "interest.insurance" << false;
    QTest::newRow("不用发资料") << "客户说不用发资料了" << "follow_up.send_info" << false;
    QTest::newRow("能不能 asks, it does not negate") << "问能不能买国债" << "interest.bond" << true;
    // A phrase that holds its own negation is heard though its shorter part is negated.
    QTest::newRow("不能提前支取 (the phrase holds the cue)") << "客户说不能提前支取就不买"
                                                   << "objection.locked_long" << true;
    QTest::newRow("不想锁定资金") << "客户说不想锁定资金" << "objection.locked_long" << true;
    QTest::newRow("老公不让买 (a negative that is the objection)") << "客户说他老公不让买"
                                                        << "objection.ask_family" << true;
    QTest::newRow("老公不同意") << "老公不同意买理财" << "objection.ask_family" << true;
}

void tst_VoiceAnalyser::negation()
{
    QFETCH(QString, note);
    QFETCH(QString, label);
    QFETCH(bool, heard);
    QCOMPARE(keys(note).contains(label), heard);
}

void tst_VoiceAnalyser::amounts_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<qint64>("fen"); // -1: no amount
    QTest::newRow("5万") << "有5万闲钱" << qint64(5000000);
    QTest::newRow("五万") << "有五万闲钱" << qint64(5000000);
    QTest::newRow("50000") << "有50000闲钱" << qint64(5000000);
    QTest::newRow("5w") << "有5w闲钱" << qint64(5000000);
    QTest::newRow("5W full-width") << "有５Ｗ闲钱" << qint64(5000000);
    QTest::newRow("50,000元") << "有50,000元" << qint64(5000000);
    QTest::newRow("1.5万") << "1.5万的理财" << qint64(1500000);
    QTest::newRow("两千块") << "每月两千块" << qint64(200000);
    QTest::newRow("十来万") << "有十来万到期" << qint64(10000000);
    QTest::newRow("三十多万") << "三十多万在理财" << qint64(30000000);
    QTest::newRow("二三十万") << "有二三十万闲钱" << qint64(20000000);
    QTest::newRow("一百二十万") << "一百二十万的房子" << qint64(120000000);
    QTest::newRow("3k") << "每月3k" << qint64(300000);
    QTest::newRow("dollars are not yuan") << "五万美元学费" << qint64(-1);
    QTest::newRow("a rate") << "收益率才2.5%" << qint64(-1);
    QTest::newRow("百分之二") << "百分之二的收益" << qint64(-1);
    QTest::newRow("a year") << "2026年到期" << qint64(-1);
    QTest::newRow("a phone number") << "电话13800138000" << qint64(-1);
    QTest::newRow("千万 is 'by all means'") << "千万别打电话" << qint64(-1);
    QTest::newRow("一块 is 'together'") << "跟老婆一块来" << qint64(-1);
    // As staff write them: the thousands after 万, the hundreds after 千, 个 before w.
    QTest::newRow("3万5") << "有3万5闲钱" << qint64(3500000);
    QTest::newRow("三万五") << "存了三万五" << qint64(3500000);
    QTest::newRow("1万2千") << "到期1万2千" << qint64(1200000);
    QTest::newRow("两千五") << "每月两千五" << qint64(250000);
    QTest::newRow("5个w") << "手里有5个w" << qint64(5000000);
    QTest::newRow("5万2年期 (a term, not 52,000)") << "5万2年期" << qint64(5000000);
    // The capital numerals of a bank's forms (round 11): 伍万, 叁仟元, 壹拾贰万.
    QTest::newRow("伍万 (capital)") << "客户要存伍万一年期" << qint64(5000000);
    QTest::newRow("叁仟元 (capital)") << "手上只有叁仟元" << qint64(300000);
    QTest::newRow("壹拾贰万 (capital)") << "到期壹拾贰万" << qint64(12000000);
    QTest::newRow("陆续 is no amount") << "客户陆续存了些" << qint64(-1);
}

void tst_VoiceAnalyser::amounts()
{
    QFETCH(QString, note);
    QFETCH(qint64, fen);
    const VoiceAnalysis a = m_analyser->analyse(note, QDate(2026, 3, 4));
    if (fen < 0) {
        QVERIFY2(a.amounts.isEmpty(), qPrintable(QString::number(a.amounts.value(0).fen)));
    } else {
        QCOMPARE(a.amounts.size(), 1);
        QCOMPARE(a.amounts.first().fen, fen);
    }
}

void tst_VoiceAnalyser::dates_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QDate>("day"); // the note's day
    QTest::addColumn<QDate>("date");
    const QDate wed(2026, 3, 4); // a Wednesday
    QTest::newRow("下周三") << "下周三再联系" << wed << QDate(2026, 3, 11);
    QTest::newRow("周五 (this week)") << "周五再联系" << wed << QDate(2026, 3, 6);
    QTest::newRow("周三 (today's weekday: next week)") << "周三再联系" << wed << QDate(2026, 3, 11);
    QTest::newRow("下下周") << "下下周再约" << wed << QDate(2026, 3, 16);
    QTest::newRow("月底") << "月底再联系" << wed << QDate(2026, 3, 31);
    QTest::newRow("过两天") << "过两天再打" << wed << QDate(2026, 3, 6);
    QTest::newRow("明天") << "明天再打" << wed << QDate(2026, 3, 5);
    QTest::newRow("后天") << "后天再打" << wed << QDate(2026, 3, 6);
    QTest::newRow("下个月") << "下个月再联系" << wed << QDate(2026, 4, 1);
    QTest::newRow("下个月中旬") << "下个月中旬再打" << wed << QDate(2026, 4, 15);
    QTest::newRow("15号") << "15号再联系" << wed << QDate(2026, 3, 15);
    QTest::newRow("3号 (passed: next month)") << "3号再联系" << wed << QDate(2026, 4, 3);
    QTest::newRow("三月五号 next year") << "三月五号再联系" << QDate(2026, 11, 10) << QDate(2027, 3, 5);
    QTest::newRow("下礼拜一") << "下礼拜一再打" << wed << QDate(2026, 3, 9);
    QTest::newRow("星期天") << "星期天再打" << wed << QDate(2026, 3, 8);
    QTest::newRow("月底 across a year") << "月底再联系" << QDate(2026, 12, 21) << QDate(2026, 12, 31);
    QTest::newRow("下周三 across a year") << "下周三再打" << QDate(2026, 12, 31) << QDate(2027, 1, 6);
    // Round 14: the forms part 13's misses named, in wordings of no part.
    QTest::newRow("两个钟头后 (today)") << "两个钟头后再打给他" << wed << wed;
    QTest::newRow("半小时以后 (today)") << "半小时以后再联系她" << wed << wed;
    QTest::newRow("下午 (today)") << "下午再回个电话" << wed << wed;
    QTest::newRow("下班后 (today)") << "说下班后再联系" << wed << wed;
    QTest::newRow("下班再 (today)") << "让他下班再打过来" << wed << wed;
    QTest::newRow("等会儿 (today)") << "等会儿再联系" << wed << wed;
    QTest::newRow("明天下午: one date, tomorrow") << "明天下午再约他" << wed << QDate(2026, 3, 5);
    QTest::newRow("周五上午: one date, Friday") << "周五上午再联系" << wed << QDate(2026, 3, 6);
    QTest::newRow("明儿") << "明儿再联系" << wed << QDate(2026, 3, 5);
    QTest::newRow("三周后") << "三周后再联系" << wed << QDate(2026, 3, 25);
    QTest::newRow("两个礼拜以后") << "两个礼拜以后再联系" << wed << QDate(2026, 3, 18);
    QTest::newRow("三个月后") << "三个月后再联系" << wed << QDate(2026, 6, 4);
    // Round 15: 过 before a count of hours says "later" as 后 does (part 14's misses).
    QTest::newRow("过一个小时 (today)") << "过一个小时再回电话" << wed << wed;
    QTest::newRow("过两个钟头 (today)") << "说过两个钟头再联系她" << wed << wed;
    QTest::newRow("五一后") << "五一后再联系" << QDate(2026, 4, 20) << QDate(2026, 5, 6);
    QTest::newRow("国庆节以后") << "国庆节以后再联系" << QDate(2026, 9, 10) << QDate(2026, 10, 8);
    QTest::newRow("节后 (五一 near)") << "节后再约她" << QDate(2026, 4, 22) << QDate(2026, 5, 6);
    QTest::newRow("元旦后 across a year") << "元旦后再打给他" << QDate(2026, 12, 15) << QDate(2027, 1, 2);
    // Round 17: the end of today's work or trip (part 16's misses), in wordings of no part.
    QTest::newRow("下课后 (today)") << "在监考，说下课后回个电话" << wed << wed;
    QTest::newRow("收工 (today)") << "在大棚里，说收工再打给他" << wed << wed;
    QTest::newRow("收车后 (today)") << "跑滴滴的，说收车后再联系" << wed << wed;
    QTest::newRow("下了车 (today)") << "在大巴上，说下了车再回电" << wed << wed;
    QTest::newRow("到了地方 (today)") << "在赶路，说到了地方再打过来" << wed << wed;
}

// Round 14 guards: a holiday far off, a day of the month that reads like a holiday and a
// term that is no date.
void tst_VoiceAnalyser::notDates_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("date"); // the one date read, or invalid for none
    QTest::newRow("节后, no holiday within a month") << "节后再约她" << QDate(2026, 7, 1) << QDate();
    QTest::newRow("十一号 is the 11th") << "十一号再联系" << QDate(2026, 3, 4) << QDate(2026, 3, 11);
    QTest::newRow("3个月 term, no 后") << "存3个月定期" << QDate(2026, 3, 4) << QDate();
    QTest::newRow("中午 told of the past") << "客户中午来存了两万" << QDate(2026, 3, 4) << QDate();
    QTest::newRow("下班前 is no time of coming") << "下班前怕是赶不到" << QDate(2026, 3, 4) << QDate();
    QTest::newRow("收工 told of the past") << "客户收工了才来的网点" << QDate(2026, 3, 4) << QDate();
}

void tst_VoiceAnalyser::notDates()
{
    QFETCH(QString, note);
    QFETCH(QDate, day);
    QFETCH(QDate, date);
    const VoiceAnalysis a = m_analyser->analyse(note, day);
    QCOMPARE(a.dates.size(), date.isValid() ? 1 : 0);
    if (date.isValid())
        QCOMPARE(a.dates.first().date, date);
}

void tst_VoiceAnalyser::dates()
{
    QFETCH(QString, note);
    QFETCH(QDate, day);
    QFETCH(QDate, date);
    const VoiceAnalysis a = m_analyser->analyse(note, day);
    QCOMPARE(a.dates.size(), 1);
    QCOMPARE(a.dates.first().date, date);
    bool attached = false;
    for (const VoiceFinding &f : a.findings)
        attached = attached || (f.kind == VoiceKind::FollowUp && f.date == date);
    QVERIFY(attached);
}

void tst_VoiceAnalyser::traditionalCharactersAndPositions()
{
    // 客戶說利息太低了，下週再聯繫: the same findings as in simplified characters, the phrase
    // as typed, positions counted in the typed text.
    const QString note = QStringLiteral("客戶說利息太低了，下週再聯繫");
    const VoiceAnalysis a = m_analyser->analyse(note, QDate(2026, 3, 4));
    QSet<QString> found;
    for (const VoiceFinding &f : a.findings) {
        found.insert(f.key());
        QCOMPARE(note.mid(f.start, f.length), f.phrase);
    }
    QCOMPARE(found, (QSet<QString>{QStringLiteral("objection.return_low"),
                                   QStringLiteral("follow_up.call_back")}));
    // A character outside the basic plane (two UTF-16 units) before the phrase: the UTF-16
    // offset counts two, the code-point offset in JSON one.
    const QString withEmoji = QStringLiteral("😀嫌利息低");
    const VoiceAnalysis b = m_analyser->analyse(withEmoji, QDate(2026, 3, 4));
    QCOMPARE(b.findings.size(), 1);
    QCOMPARE(b.findings.first().start, 2);
    const QJsonObject json = b.toJson(withEmoji).value(QStringLiteral("findings")).toArray().at(0).toObject();
    QCOMPARE(json.value(QStringLiteral("start")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("start_utf16")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("phrase")).toString(), QStringLiteral("嫌利息低"));
}

void tst_VoiceAnalyser::hedgesAndMisspellings()
{
    const VoiceAnalysis hedged = m_analyser->analyse(QStringLiteral("可能会考虑一下定投"), QDate(2026, 3, 4));
    QCOMPARE(hedged.findings.size(), 1);
    QVERIFY(hedged.findings.first().hedged);
    QCOMPARE(hedged.findings.first().family, QStringLiteral("fund"));
    // 在联系 (a pinyin slip for 再联系) and 收益太底 are read as meant; the phrase stays as typed.
    const VoiceAnalysis typo = m_analyser->analyse(QStringLiteral("收益太底，在联系"), QDate(2026, 3, 4));
    QSet<QString> found;
    for (const VoiceFinding &f : typo.findings) {
        found.insert(f.key());
        QVERIFY(f.corrected);
    }
    QVERIFY(found.contains(QStringLiteral("objection.return_low")));
    QVERIFY(found.contains(QStringLiteral("follow_up.call_back")));
    QCOMPARE(typo.findings.first().phrase, QStringLiteral("收益太底"));
}

void tst_VoiceAnalyser::fillerWordsInsideAPhrase()
{
    // 存钱没意思 is in the lexicon, 存钱真的没意思 is not (and no pair of cue lists makes it):
    // 真的 is a filler, so the phrase is heard across it and shown as the person wrote it.
    // (Round 9's "@money then @spent" now hears 手头比较紧 without the fillers.)
    const QString note = QStringLiteral("客户说存钱真的没意思，过两天再联系");
    const VoiceAnalysis a = m_analyser->analyse(note, QDate(2026, 3, 4));
    const VoiceFinding *heard = nullptr;
    for (const VoiceFinding &f : a.findings) {
        if (f.key() == QLatin1String("objection.return_low"))
            heard = &f;
    }
    QVERIFY(heard);
    QCOMPARE(heard->phrase, QStringLiteral("存钱真的没意思"));
    QCOMPARE(note.mid(heard->start, heard->length), heard->phrase);
    // A filler does not join what a comma parts.
    QVERIFY(m_analyser->analyse(QStringLiteral("存钱，真的没意思"), QDate(2026, 3, 4)).findings.isEmpty());

    // The same lexicon without its "filler" list does not hear it: the list is the bank's.
    QFile file(QStringLiteral(":/voice/lexicon.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject cues = root.value(QStringLiteral("cues")).toObject();
    QVERIFY(cues.contains(QStringLiteral("filler")));
    cues.remove(QStringLiteral("filler"));
    root.insert(QStringLiteral("cues"), cues);
    Result<VoiceLexicon> without = VoiceLexicon::fromJson(QJsonDocument(root).toJson());
    QVERIFY2(without.ok(), qPrintable(without.errorString()));
    const VoiceAnalyser plain(std::move(*without));
    for (const VoiceFinding &f : plain.analyse(note, QDate(2026, 3, 4)).findings)
        QVERIFY2(f.key() != QLatin1String("objection.return_low"), qPrintable(f.phrase));
}

void tst_VoiceAnalyser::brokenLexiconIsRefusedWithPaths()
{
    QFile file(QStringLiteral(BRANCHDESK_SOURCE_DIR "/resources/voice/lexicon.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray labels = root.value(QStringLiteral("labels")).toArray();
    QJsonObject first = labels.at(0).toObject();
    first.insert(QStringLiteral("kind"), QStringLiteral("gossip"));
    labels[0] = first;
    QJsonObject third = labels.at(2).toObject();
    QJsonArray pairs = third.value(QStringLiteral("pairs")).toArray();
    QJsonObject pair = pairs.at(0).toObject();
    pair.insert(QStringLiteral("then"), QJsonArray{QStringLiteral("@nowhere"), QString()});
    pair.insert(QStringLiteral("gap"), 99);
    pairs[0] = pair;
    third.insert(QStringLiteral("pairs"), pairs);
    labels[2] = third;
    root.insert(QStringLiteral("labels"), labels);
    root.insert(QStringLiteral("misspellings"),
                QJsonArray{QJsonObject{{QStringLiteral("wrong"), QStringLiteral("在联系")},
                                       {QStringLiteral("right"), QStringLiteral("再联系吧")}}});
    const QByteArray broken = QJsonDocument(root).toJson();
    QStringList paths;
    for (const VoiceLexiconProblem &p : VoiceLexiconValidator::validate(broken))
        paths << p.path;
    QVERIFY2(paths.contains(QStringLiteral("$.labels[0].kind")), qPrintable(paths.join(QLatin1Char(' '))));
    QVERIFY(paths.contains(QStringLiteral("$.labels[2].pairs[0].then[0]")));
    QVERIFY(paths.contains(QStringLiteral("$.labels[2].pairs[0].then[1]")));
    QVERIFY(paths.contains(QStringLiteral("$.labels[2].pairs[0].gap")));
    QVERIFY(paths.contains(QStringLiteral("$.misspellings[0]")));
    const Result<VoiceLexicon> refused = VoiceLexicon::fromJson(broken);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QStringLiteral("$.labels[0].kind")));
    QCOMPARE(VoiceLexiconValidator::validate("{not json").first().path, QStringLiteral("$"));
}

void tst_VoiceAnalyser::builtInLexiconIsValid()
{
    QFile file(QStringLiteral(":/voice/lexicon.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<VoiceLexiconProblem> problems = VoiceLexiconValidator::validate(file.readAll());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
}

void tst_VoiceAnalyser::tuningNotesMeetTheTarget()
{
    // A floor, not the measurement (bench_voice prints every part): a lexicon change that
    // drops a well-represented label of the tuning notes below target fails here.
    QString error;
    const auto notes = test::readLabelledNotes(test::voiceDataDir() + QStringLiteral("/notes_tune.tsv"), &error);
    QVERIFY2(notes.has_value(), qPrintable(error));
    QVERIFY(notes->size() >= 300);
    QHash<QString, int> tp, fp, fn;
    for (const test::LabelledNote &note : *notes) {
        const QSet<QString> found = keys(note.text, note.date);
        for (const QString &l : found)
            note.labels.contains(l) ? ++tp[l] : ++fp[l];
        for (const QString &l : note.labels)
            if (!found.contains(l))
                ++fn[l];
    }
    QStringList missed;
    for (auto it = tp.cbegin(); it != tp.cend(); ++it) {
        const QString &l = it.key();
        if (tp[l] + fn[l] < 20)
            continue;
        const double precision = double(tp[l]) / (tp[l] + fp[l]);
        const double recall = double(tp[l]) / (tp[l] + fn[l]);
        if (precision < 0.90 || recall < 0.80)
            missed << QStringLiteral("%1 p=%2 r=%3").arg(l).arg(precision).arg(recall);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_VoiceAnalyser)
#include "tst_voice_analyser.moc"
