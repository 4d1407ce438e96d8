// How the customer-voice lexicon says more than its phrase lists (issue 18, docs/VOICE.md
// "Combinations"): a list's words negated ("!@free": 没空, 不太方便, 没那么多), a list named
// as a phrase, lengths of time found by their characters ("@duration": 五年期, 18个月,
// 一年半) and amounts ("@amount"), each paired with other cue lists, and the validator
// checking every such reference with its path. Small lexicons written here keep each
// mechanism apart from the built-in wording; the last test reads the built-in lexicon.
#include "app/domain/voice/VoiceAnalyser.h"
#include "app/domain/voice/VoiceDurations.h"
#include "app/domain/voice/VoiceLexiconValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bd;

namespace {

// A lexicon of the given labels with a few cue lists of its own.
QByteArray lexiconJson(const QJsonArray &labels)
{
    const auto list = [](std::initializer_list<const char16_t *> words) {
        QJsonArray a;
        for (const char16_t *w : words)
            a.append(QString::fromUtf16(w));
        return a;
    };
    const QJsonObject cues{
            {QStringLiteral("negation"), list({u"不", u"没", u"没有", u"不太", u"不是"})},
            {QStringLiteral("negation_end"), list({u"也"})},
            {QStringLiteral("done_action"), list({u"已", u"本次"})},
            {QStringLiteral("not_negation"), list({u"不错"})},
            {QStringLiteral("hedge"), list({u"可能"})},
            {QStringLiteral("free"), list({u"空", u"时间", u"方便"})},
            {QStringLiteral("yield"), list({u"利息", u"收益"})},
            {QStringLiteral("high"), list({u"高", u"多"})},
            {QStringLiteral("long"), list({u"太久", u"太长", u"等不起"})},
            {QStringLiteral("short_of"), list({u"拿不出", u"只有"})}};
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("branchdesk-voice-lexicon")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("测试")},
                                                                {QStringLiteral("en"), QStringLiteral("Test")}}},
                           {QStringLiteral("cues"), cues},
                           {QStringLiteral("labels"), labels}};
    return QJsonDocument(root).toJson();
}

QJsonObject label(const char *code, const QJsonArray &phrases, const QJsonArray &pairs = {})
{
    QJsonObject l{{QStringLiteral("kind"), QStringLiteral("objection")},
                  {QStringLiteral("code"), QLatin1String(code)},
                  {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), QLatin1String(code)},
                                                       {QStringLiteral("en"), QLatin1String(code)}}}};
    if (!phrases.isEmpty())
        l.insert(QStringLiteral("phrases"), phrases);
    if (!pairs.isEmpty())
        l.insert(QStringLiteral("pairs"), pairs);
    return l;
}

QJsonObject pair(const QString &first, const QString &then, int gap)
{
    return {{QStringLiteral("first"), QJsonArray{first}},
            {QStringLiteral("then"), QJsonArray{then}},
            {QStringLiteral("gap"), gap}};
}

// A test lexicon of one label, each showing one mechanism: no_time is any negated word of
// "free"; return_low a yield word followed by a negated "high"; locked_long a length of
// time followed by "long"; no_money "拿不出"/"只有" followed by an amount; visit two phrases,
// an exclude anchored where a sentence begins ("^客户来") and a cue after ("电话"); spare
// and buy one phrase each, for where a negation's reach ends ("negation_end": 也); send a
// follow-up (kind follow_up) of one phrase, for the done actions before it ("done_action":
// 已, 本次; round 12), which leave the objection buy alone; busy (在开会, 忙) yields to the
// follow-up call (再打) in its sentence unless 最近 stands there ("yields_to", round 13).
std::unique_ptr<VoiceAnalyser> testAnalyser(const QString &key)
{
    QJsonArray labels;
    if (key == QLatin1String("objection.no_time"))
        labels.append(label("no_time", QJsonArray{QStringLiteral("!@free")}));
    else if (key == QLatin1String("objection.return_low"))
        labels.append(label("return_low", {}, QJsonArray{pair(QStringLiteral("@yield"), QStringLiteral("!@high"), 4)}));
    else if (key == QLatin1String("objection.locked_long"))
        labels.append(label("locked_long", {}, QJsonArray{pair(QStringLiteral("@duration"), QStringLiteral("@long"), 3)}));
    else if (key == QLatin1String("objection.no_money"))
        labels.append(label("no_money", {}, QJsonArray{pair(QStringLiteral("@short_of"), QStringLiteral("@amount"), 2)}));
    else if (key == QLatin1String("objection.spare"))
        labels.append(label("spare", QJsonArray{QStringLiteral("没闲钱")}));
    else if (key == QLatin1String("objection.buy"))
        labels.append(label("buy", QJsonArray{QStringLiteral("买基金")}));
    else if (key == QLatin1String("follow_up.send")) {
        QJsonObject send = label("send", QJsonArray{QStringLiteral("发资料")});
        send.insert(QStringLiteral("kind"), QStringLiteral("follow_up"));
        labels.append(send);
    } else if (key == QLatin1String("objection.busy") || key == QLatin1String("follow_up.call")) {
        QJsonObject busy = label("busy", QJsonArray{QStringLiteral("在开会"), QStringLiteral("忙")});
        busy.insert(QStringLiteral("yields_to"),
                    QJsonObject{{QStringLiteral("labels"), QJsonArray{QStringLiteral("follow_up.call")}},
                                {QStringLiteral("unless"), QJsonArray{QStringLiteral("最近")}}});
        QJsonObject call = label("call", QJsonArray{QStringLiteral("再打")});
        call.insert(QStringLiteral("kind"), QStringLiteral("follow_up"));
        labels.append(busy);
        labels.append(call);
    } else if (key == QLatin1String("objection.visit")) {
        QJsonObject visit = label("visit", QJsonArray{QStringLiteral("来网点"), QStringLiteral("约好")});
        visit.insert(QStringLiteral("exclude"), QJsonArray{QStringLiteral("^客户来")});
        visit.insert(QStringLiteral("negated_after"), QJsonArray{QStringLiteral("电话")});
        labels.append(visit);
    }
    Result<VoiceLexicon> lexicon = VoiceLexicon::fromJson(lexiconJson(labels));
    if (!lexicon.ok())
        qWarning("%s", qPrintable(lexicon.errorString()));
    return lexicon.ok() ? std::make_unique<VoiceAnalyser>(std::move(*lexicon)) : nullptr;
}

} // namespace

class tst_VoiceCueCombinations : public QObject
{
    Q_OBJECT

private slots:
    void combinations_data();
    void combinations();
    void durations_data();
    void durations();
    void referencesAreCheckedWithTheirPaths();
    void anchorsAndCuesAfterAreChecked();
    void builtInLexiconCombines_data();
    void builtInLexiconCombines();
    void builtInLexiconRound10_data();
    void builtInLexiconRound10();
    void builtInLexiconRound11_data();
    void builtInLexiconRound11();
    void builtInLexiconRound12_data();
    void builtInLexiconRound12();
    void yieldsAreCheckedWithTheirPaths();
    void builtInLexiconRound13_data();
    void builtInLexiconRound13();
    void builtInLexiconRound14_data();
    void builtInLexiconRound14();
    void builtInLexiconRound15_data();
    void builtInLexiconRound15();
    void builtInLexiconRound16_data();
    void builtInLexiconRound16();
    void builtInLexiconRound17_data();
    void builtInLexiconRound17();
    void builtInLexiconRound18_data();
    void builtInLexiconRound18();
    void builtInLexiconRound19_data();
    void builtInLexiconRound19();
    void builtInLexiconRound20_data();
    void builtInLexiconRound20();
};

void tst_VoiceCueCombinations::combinations_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("phrase"); // empty: not heard
    // "!@free": the negation is the meaning, and the finding shows it.
    QTest::newRow("没空") << "客户说没空" << "objection.no_time" << "没空";
    QTest::newRow("不太方便") << "客户说现在不太方便" << "objection.no_time" << "不太方便";
    QTest::newRow("没什么时间 (two characters between)") << "他说没什么时间" << "objection.no_time"
                                                    << "没什么时间";
    QTest::newRow("有空 (not negated)") << "客户说有空" << "objection.no_time" << "";
    QTest::newRow("不是没空 (negated twice)") << "客户不是没空" << "objection.no_time" << "";
    QTest::newRow("没，有空 (a comma parts them)") << "没，有空再说" << "objection.no_time" << "";
    QTest::newRow("没想到有时间 (too far)") << "没想到他居然有时间" << "objection.no_time" << "";
    // "@yield" then "!@high".
    QTest::newRow("利息不高") << "客户嫌利息不高" << "objection.return_low" << "利息不高";
    QTest::newRow("收益没那么多") << "收益没那么多" << "objection.return_low" << "收益没那么多";
    QTest::newRow("利息高") << "客户说利息高" << "objection.return_low" << "";
    QTest::newRow("不是利息不高 (negated before)") << "不是利息不高" << "objection.return_low" << "";
    // "@duration" then "@long".
    QTest::newRow("五年期太久") << "定期五年期太久" << "objection.locked_long" << "五年期太久";
    QTest::newRow("18个月等不起") << "封闭18个月等不起" << "objection.locked_long" << "18个月等不起";
    QTest::newRow("一年半太长") << "一年半太长" << "objection.locked_long" << "一年半太长";
    QTest::newRow("2026年太久 (a year, not a length)") << "2026年太久" << "objection.locked_long" << "";
    // "@short_of" then "@amount".
    QTest::newRow("拿不出五万") << "客户拿不出五万" << "objection.no_money" << "拿不出五万";
    QTest::newRow("只有三千块") << "手里只有三千块" << "objection.no_money" << "只有三千块";
    QTest::newRow("只有三个人 (no amount)") << "网点只有三个人" << "objection.no_money" << "";
    // "^客户来": a note that opens with the customer coming records that visit.
    QTest::newRow("客户来网点存钱 (the visit itself)") << "客户来网点存钱" << "objection.visit" << "";
    QTest::newRow("办完了。客户来网点 (a sentence opens)") << "办完了。客户来网点存钱" << "objection.visit" << "";
    QTest::newRow("下周三客户来网点 (a promise)") << "下周三客户来网点" << "objection.visit" << "来网点";
    // "negated_after": what follows in the phrase changes the words.
    QTest::newRow("约好20号电话沟通 (a call)") << "约好20号电话沟通" << "objection.visit" << "";
    QTest::newRow("约好20号来，电话确认 (another phrase)") << "约好20号来，电话确认" << "objection.visit" << "约好";
    QTest::newRow("约好下周二下午三点左右打电话 (too far after)") << "约好下周二下午三点左右打电话" << "objection.visit" << "约好";
    // Round 11: a negation does not reach past 也 (the second of two predicates).
    QTest::newRow("没空也没闲钱 (two objections)") << "客户没空也没闲钱" << "objection.spare" << "没闲钱";
    QTest::newRow("没钱也想买基金 (也 ends the reach)") << "没钱也想买基金" << "objection.buy" << "买基金";
    QTest::newRow("不想也不会买基金 (one negation, not two)") << "不想也不会买基金" << "objection.buy" << "";
    QTest::newRow("不是没闲钱 (no 也: negated)") << "不是没闲钱" << "objection.spare" << "";
    // A follow-up is a promise of a later action: after a done-action cue in its phrase the
    // words record what was done (round 12).
    QTest::newRow("发资料给客户 (a to-do)") << "发资料给客户" << "follow_up.send" << "发资料";
    QTest::newRow("已发资料 (done)") << "客户那边已发资料" << "follow_up.send" << "";
    QTest::newRow("本次顺带发资料 (本次, two characters off)") << "本次顺带发资料" << "follow_up.send" << "";
    QTest::newRow("已说好周五发资料 (a date: promised)") << "已说好周五发资料" << "follow_up.send" << "发资料";
    QTest::newRow("已接通也要发资料 (也 ends its reach)") << "已接通也要发资料" << "follow_up.send" << "发资料";
    QTest::newRow("已接通，发资料 (another phrase)") << "已接通，发资料" << "follow_up.send" << "发资料";
    QTest::newRow("发资料已完成 (the cue after)") << "发资料的事已完成" << "follow_up.send" << "发资料";
    QTest::newRow("已买基金 (not a follow-up: untouched)") << "客户已买基金" << "objection.buy" << "买基金";
    // Round 13, "yields_to": busy right now with a call promised is the call, not an objection.
    QTest::newRow("在开会，下午再打 (yields to the call)") << "在开会，下午再打" << "objection.busy" << "";
    QTest::newRow("晚点再打，在开会 (either order)") << "晚点再打，客户在开会" << "objection.busy" << "";
    QTest::newRow("在开会 (no call: stays)") << "客户在开会" << "objection.busy" << "在开会";
    QTest::newRow("最近忙，下周再打 (unless: a lasting lack of time)") << "客户最近忙，下周再打" << "objection.busy" << "忙";
    QTest::newRow("在开会。明天再打 (another sentence)") << "客户在开会。明天再打" << "objection.busy" << "在开会";
    QTest::newRow("在开会，下午再打 (the call itself stays)") << "在开会，下午再打" << "follow_up.call" << "再打";
}

void tst_VoiceCueCombinations::combinations()
{
    QFETCH(QString, note);
    QFETCH(QString, label);
    QFETCH(QString, phrase);
    const std::unique_ptr<VoiceAnalyser> analyser = testAnalyser(label);
    QVERIFY(analyser);
    QStringList heard;
    QString found;
    for (const VoiceFinding &f : analyser->analyse(note, QDate(2027, 1, 13)).findings) {
        heard << f.key() + QLatin1Char('=') + f.phrase;
        if (f.key() == label) {
            found = f.phrase;
            QCOMPARE(note.mid(f.start, f.length), f.phrase); // a stretch of what was typed
        }
    }
    QVERIFY2(found == phrase, qPrintable(heard.join(QLatin1Char(' '))));
}

void tst_VoiceCueCombinations::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("durations");
    QTest::newRow("三年") << "定期三年" << QStringList{QStringLiteral("三年")};
    QTest::newRow("5年期") << "5年期的" << QStringList{QStringLiteral("5年期")};
    QTest::newRow("一年半") << "要一年半" << QStringList{QStringLiteral("一年半")};
    QTest::newRow("半年") << "最多半年" << QStringList{QStringLiteral("半年")};
    QTest::newRow("18个月") << "封闭18个月" << QStringList{QStringLiteral("18个月")};
    QTest::newRow("三个月") << "放三个月" << QStringList{QStringLiteral("三个月")};
    QTest::newRow("半个月") << "半个月" << QStringList{QStringLiteral("半个月")};
    QTest::newRow("好几年") << "一放好几年" << QStringList{QStringLiteral("好几年")};
    QTest::newRow("两周 and 十天") << "两周或十天" << QStringList{QStringLiteral("两周"), QStringLiteral("十天")};
    QTest::newRow("两个星期") << "两个星期" << QStringList{QStringLiteral("两个星期")};
    QTest::newRow("六月 is a month") << "六月到期" << QStringList{};
    QTest::newRow("2026年 is a year") << "2026年买的" << QStringList{};
    QTest::newRow("今年 has no count") << "今年明年" << QStringList{};
    QTest::newRow("半天 is no length") << "等了半天" << QStringList{};
}

void tst_VoiceCueCombinations::durations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, durations);
    std::vector<VoiceDurations::Duration> found;
    VoiceDurations::find(text, found);
    QStringList got;
    for (const VoiceDurations::Duration &d : found)
        got << text.mid(d.start, d.end - d.start);
    QCOMPARE(got, durations);
}

void tst_VoiceCueCombinations::referencesAreCheckedWithTheirPaths()
{
    // Every reference a bank writes is checked: unknown lists named, with the path of each.
    const QJsonArray labels{
            label("no_time", QJsonArray{QStringLiteral("!@free"), QStringLiteral("!@nowhere"),
                                        QStringLiteral("@elsewhere")}),
            label("locked_long", {}, QJsonArray{pair(QStringLiteral("@duration"), QStringLiteral("!@gone"), 3)})};
    QStringList paths;
    for (const VoiceLexiconProblem &p : VoiceLexiconValidator::validate(lexiconJson(labels)))
        paths << p.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("$.labels[0].phrases[1]"),
                                 QStringLiteral("$.labels[0].phrases[2]"),
                                 QStringLiteral("$.labels[1].pairs[0].then[0]")}));
    // "!@free", "!@high", "@duration", "@amount" are valid.
    for (const char *key : {"objection.no_time", "objection.return_low", "objection.locked_long",
                            "objection.no_money"})
        QVERIFY(testAnalyser(QLatin1String(key)));
}

void tst_VoiceCueCombinations::anchorsAndCuesAfterAreChecked()
{
    // "^" needs words after it; a cue after is a phrase, not a reference.
    QJsonObject visit = label("visit", QJsonArray{QStringLiteral("来网点")});
    visit.insert(QStringLiteral("exclude"), QJsonArray{QStringLiteral("^"), QStringLiteral("^客户来")});
    visit.insert(QStringLiteral("negated_after"), QJsonArray{QStringLiteral("电话"), QStringLiteral("@free")});
    QStringList paths;
    for (const VoiceLexiconProblem &p : VoiceLexiconValidator::validate(lexiconJson(QJsonArray{visit})))
        paths << p.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("$.labels[0].exclude[0]"),
                                 QStringLiteral("$.labels[0].negated_after[1]")}));
    QVERIFY(testAnalyser(QStringLiteral("objection.visit")));
}

// The columns of the built-in lexicon's rows: a note, a label, whether it is heard.
static void builtInColumns()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("heard");
}

// One row named after its note.
static void builtInRow(const char *note, const char *label, bool heard)
{
    QTest::newRow(note) << QString::fromUtf8(note) << QString::fromUtf8(label) << heard;
}

void tst_VoiceCueCombinations::builtInLexiconCombines_data()
{
    // The built-in lexicon's combinations (round 9), in wordings of their own: none of these
    // notes is in its phrase lists or the evaluation notes. Each "heard" row fails with the
    // round-7 lexicon (tests/data/voice/lexicon_round7.json); the others keep precision.
    builtInColumns();
    QTest::newRow("收益没那么理想 (@yield, !@high)") << "客户说收益没那么理想" << "objection.return_low" << true;
    QTest::newRow("利息挺高") << "客户说利息挺高" << "objection.return_low" << false;
    QTest::newRow("十八个月太慢 (@duration, @too_long)") << "客户说封闭十八个月太慢" << "objection.locked_long" << true;
    QTest::newRow("顶多存半年 (@at_most, @duration)") << "客户说顶多存半年" << "objection.locked_long" << true;
    QTest::newRow("期间不能支取 (@when_needed, !@withdraw)") << "客户说封闭期间不能支取的不要" << "objection.locked_long" << true;
    QTest::newRow("不愿意承担本金损失 (!@bear, @loss)") << "客户说不愿意承担本金损失" << "objection.fear_loss" << true;
    QTest::newRow("净值一波动就犯怵 (@loss, @worry)") << "客户说净值一波动他就犯怵" << "objection.fear_loss" << true;
    QTest::newRow("风险承受能力偏弱") << "客户风险承受能力偏弱" << "objection.fear_loss" << true;
    QTest::newRow("不怕风险") << "客户说不怕风险" << "objection.fear_loss" << false;
    QTest::newRow("存款全花在看病上 (@money, @spent)") << "客户说存款全花在看病上了" << "objection.no_money" << true;
    QTest::newRow("没有富余的钱 (!@spare)") << "客户说暂时没有富余的钱" << "objection.no_money" << true;
    QTest::newRow("不缺钱") << "客户说他不缺钱" << "objection.no_money" << false;
    QTest::newRow("零钱通里放了不少") << "客户在零钱通里放了不少钱" << "objection.no_money" << false;
    QTest::newRow("没多少精力 (!@free)") << "客户说没多少精力管这些" << "objection.no_time" << true;
    // Round 14: busy right now with no call back is no objection (docs/VOICE.md "Labelling
    // rules settled in round 14"), so @at_now + @busy_place no longer makes one.
    QTest::newRow("正在考试 (a moment, round 14)") << "客户说正在考试" << "objection.no_time" << false;
    QTest::newRow("分不开身 (@busy_verb, @busy_out)") << "客户说这周分不开身" << "objection.no_time" << true;
    QTest::newRow("在国企上班 (where, not busy)") << "客户在国企上班" << "objection.no_time" << false;
    QTest::newRow("没闲钱 is money, not time") << "客户说没闲钱" << "objection.no_time" << false;
    QTest::newRow("考虑清楚了会通知我 (@decided, @tell_me)") << "客户说考虑清楚了会通知我" << "follow_up.call_back" << true;
    QTest::newRow("待会儿打回来 (@soon)") << "客户说待会儿打回来" << "follow_up.call_back" << true;
}

// The current row's note read with the built-in lexicon: its label heard or not.
static void checkBuiltIn()
{
    QFETCH(QString, note);
    QFETCH(QString, label);
    QFETCH(bool, heard);
    Result<VoiceLexicon> lexicon = VoiceLexicon::builtIn();
    QVERIFY2(lexicon.ok(), qPrintable(lexicon.errorString()));
    const VoiceAnalyser analyser(std::move(*lexicon));
    QStringList found;
    bool has = false;
    for (const VoiceFinding &f : analyser.analyse(note, QDate(2027, 1, 13)).findings) {
        found << f.key() + QLatin1Char('=') + f.phrase;
        has = has || f.key() == label;
    }
    QVERIFY2(has == heard, qPrintable(found.join(QLatin1Char(' '))));
}

void tst_VoiceCueCombinations::builtInLexiconRound10_data()
{
    // Round 10 of the built-in lexicon (from the misses on parts 7-9), in wordings of its
    // own: none of these notes is in the evaluation notes. Each row fails with the round-9
    // lexicon (tests/data/voice/lexicon_round9.json) except 下周一客户来网点签字, 我们的柜员很热情
    // and the last two, which keep precision or recall either way.
    builtInColumns();
    QTest::newRow("不见涨 (@money, !@grow)") << "客户说钱存着一直不见涨" << "objection.return_low" << true;
    QTest::newRow("才赚了几十块 (only, @earn)") << "客户说去年那笔理财才赚了几十块" << "objection.return_low" << true;
    QTest::newRow("后年要动 (@later, needed)") << "客户说这笔钱后年要动，不能定死" << "objection.locked_long" << true;
    QTest::newRow("一跌就睡不着 (@loss, @worry)") << "客户说基金一跌他就睡不着" << "objection.fear_loss" << true;
    QTest::newRow("房租一交就没了 (@expense)") << "客户说房租一交就没了" << "objection.no_money" << true;
    QTest::newRow("外债") << "客户说还有外债要还" << "objection.no_money" << true;
    QTest::newRow("没攒下 (!@saved)") << "客户说这个月没攒下钱" << "objection.no_money" << true;
    QTest::newRow("够不上起购") << "客户说够不上起购金额" << "objection.no_money" << true;
    QTest::newRow("换套大一点的房子") << "客户想换套大一点的房子" << "interest.home" << true;
    QTest::newRow("a neighbour's loss is no complaint") << "客户说邻居买基金赔了" << "complaint.loss" << false;
    QTest::newRow("退休金 is no retirement") << "客户说退休金够花" << "life_event.retired" << false;
    QTest::newRow("客户来网点办了张卡 (the visit itself)") << "客户来网点办了张卡" << "follow_up.visit" << false;
    QTest::newRow("约好周五电话聊 (a call)") << "约好周五电话聊" << "follow_up.visit" << false;
    QTest::newRow("下周一客户来网点签字") << "下周一客户来网点签字" << "follow_up.visit" << true;
    QTest::newRow("建行的柜员很热情 (praise of another bank)") << "客户说建行的柜员很热情" << "praise.service" << false;
    QTest::newRow("我们的柜员很热情") << "客户说我们的柜员很热情" << "praise.service" << true;
    QTest::newRow("利息还行") << "客户说利息还行" << "objection.return_low" << false;
    QTest::newRow("生意还不错") << "客户说这两年生意还不错" << "objection.no_money" << false;
}

void tst_VoiceCueCombinations::builtInLexiconRound11_data()
{
    // Round 11 of the built-in lexicon (general cues from the misses on part 10), in
    // wordings of its own: none of these notes is in the evaluation notes. Each row fails
    // with the round-10 lexicon (tests/data/voice/lexicon_round10.json) except the last
    // three, which keep recall either way.
    builtInColumns();
    const auto row = builtInRow;
    row("客户说这款三年期的才2.9%", "objection.return_low", true);       // only + a rate
    row("客户说存一年也没几个利息", "objection.return_low", true);       // few + yield
    row("客户说收益没有别的银行高", "objection.return_low", true);       // yield + not as others
    row("客户说这款产品赚头少", "objection.return_low", true);           // 赚头 is a yield
    row("客户说收益往下掉得厉害", "objection.return_low", true);         // falling is low
    row("客户说利系少得可怜", "objection.return_low", true);             // 利系 is 利息
    row("客户说孩子上大学哪还有闲钱", "objection.no_money", true);       // a rhetorical 哪有
    row("客户话冇闲钱", "objection.no_money", true);                     // Cantonese 冇 = 没
    row("客户说莫得存款", "objection.no_money", true);                   // 莫得 = 没有
    row("客户说手头的钱买不起大额存单", "objection.no_money", true);     // money + cannot buy
    row("客户说车贷压着呢", "objection.no_money", true);                 // an expense weighs
    row("客户这阵子没空也没余钱", "objection.no_money", true);           // 也 ends 没空's reach
    row("客户没时间又没闲钱", "objection.no_money", true);               // so does 又
    row("客户打算把手里的钱拿去买黄金", "objection.no_money", false);    // a plan, not a lack
    row("客户怕急用时钱拿不出来", "objection.no_money", false);          // a worry about locking
    row("年终奖发下来了，客户想存起来", "objection.no_money", false);    // money that came
    row("客户说自己不缺空闲", "objection.no_time", false);               // 不缺 negates nothing
    row("客户话呢排唔得闲", "objection.no_time", true);                  // Cantonese 唔 = 不 (唔方便 alone, a
    // moment, is no objection since round 14's rule and no longer heard since round 16)
    row("客户说住得远，过来不方便", "objection.no_time", false);         // far, not busy
    row("客户说钱只放定期", "interest.deposit", true);                   // only-put is intent
    row("客户说下月要存叁万", "interest.deposit", true);                 // to deposit + amount
    row("客户想把存款转基金", "interest.deposit", false);                // money moving out
    row("客户说与其买基金不如放活期", "interest.deposit", false);        // a comparison
    row("客户卡里有二十万定期，想问问基金", "interest.deposit", false);  // what is held
    row("客户说不想也不会买基金", "interest.fund", false);               // one negation
    row("客户让推荐个稳健的理财", "interest.wealth", true);              // asked to recommend
    row("客户说年底把这笔奖金拿去买理财", "interest.wealth", true);      // taken to buy
    row("客户说理财跌了可怎么办", "interest.wealth", false);             // 怎么办 is no intent
    row("客户打算用到期的理财还房贷", "interest.wealth", false);         // a matured holding
    row("客户说再打来就拉黑", "follow_up.call_back", false);             // a threat
    row("电话回访完毕", "follow_up.call_back", false);                   // done
    row("客户设置了短信提醒", "follow_up.call_back", false);             // a service
    row("客户周二来过一趟", "follow_up.visit", false);                   // came: past
    row("客户已于3号到网点签字", "follow_up.visit", false);              // a record
    row("客户昨天来网点吵了一架", "follow_up.visit", false);             // why they came
    row("客户说再打来就拉黑", "objection.no_calls", true);
    row("客户说下周再打给他", "follow_up.call_back", true);
    row("昨天客户答应周五来网点", "follow_up.visit", true);
}

void tst_VoiceCueCombinations::builtInLexiconRound11()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound12_data()
{
    // Round 12 of the built-in lexicon (the done-action rule and the mishearings of part
    // 11), in wordings of its own: none of these notes is in the evaluation notes. Each
    // row fails with the round-11 lexicon (tests/data/voice/lexicon_round11.json) except
    // the last six, which keep recall either way.
    builtInColumns();
    const auto row = builtInRow;
    row("客户未接，已发微信通知", "follow_up.send_info", false);          // sent already
    row("资料昨天已经寄给客户了", "follow_up.send_info", false);          // 已经 before 寄
    row("本次回访客户没提新需求", "follow_up.call_back", false);          // this call
    row("已电话提醒客户补资料", "follow_up.call_back", false);            // reminded already
    row("上周客户来网点签了合同", "follow_up.visit", false);              // came last week
    row("回访：客户对服务满意", "follow_up.call_back", false);            // a heading
    row("客户说钱下个月要用来装修", "follow_up.visit", false);            // 用来 is "for"
    row("客户说等奖金发下来再考虑", "objection.no_money", true);          // waiting for a bonus
    row("客户拿了年终奖，想配点黄金", "objection.no_money", false);      // a bonus is money
    row("客户股票被套牢了", "objection.no_money", false);                 // a loss, not a lack
    row("客户想买点稳当的国债", "objection.fear_loss", false);           // a steady product
    row("帮客户办理转存手续", "interest.deposit", false);                 // a transaction
    row("客户问存款证明怎么开", "interest.deposit", false);               // an errand
    row("客户问五年期国债还有没有额度", "interest.deposit", false);       // a bond's term
    row("客户觉得认购费太贵", "complaint.fees", true);                   // a fund's fee
    row("客户说基金认购费收得高", "interest.fund", false);               // 认购 in a fee
    row("客户打算把工行那笔钱挪过来存", "interest.deposit", true);        // moving money in
    row("客户说还是存银行踏实", "interest.deposit", true);
    row("明早再call客户", "follow_up.call_back", true);                  // call
    row("客户说钱赔了就完了", "objection.fear_loss", true);
    row("客户办了代发工资签约", "follow_up.visit", false);                // 办了: done
    row("风险评估结果是稳健型", "interest.wealth", false);                // a risk grade
    row("客户周末过来聊一下保险", "interest.insurance", true);            // chat about it
    row("客户说有空倾下黄金", "interest.gold", true);                     // Cantonese 倾下
    row("客户是退休干部，想买国债", "life_event.retired", false);          // a status
    row("客户说这是留着退休的钱", "life_event.retired", false);           // money for later
    row("客户觉得放定存没意思", "interest.deposit", false);               // judged, not wanted
    row("已约客户周四来网点", "follow_up.visit", true);                   // the date is promised
    row("已寄出对账单，下周再电话确认", "follow_up.call_back", true);     // a promise after
    row("客户说只图个稳当", "objection.fear_loss", true);
    row("客户说想存个三年定期", "interest.deposit", true);
    row("客户说万一赔了没法交代", "objection.fear_loss", true);           // a loss supposed
    row("客户爱人年底退休", "life_event.retired", true);
}

void tst_VoiceCueCombinations::builtInLexiconRound12()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::yieldsAreCheckedWithTheirPaths()
{
    // A bank's "yields_to" names labels that exist, in an object; "unless" holds phrases.
    QJsonObject busy = label("busy", QJsonArray{QStringLiteral("忙")});
    busy.insert(QStringLiteral("yields_to"),
                QJsonObject{{QStringLiteral("labels"),
                             QJsonArray{QStringLiteral("objection.busy"), QStringLiteral("follow_up.nowhere")}},
                            {QStringLiteral("unless"), QJsonArray{QStringLiteral("@gone")}}});
    QJsonObject other = label("other", QJsonArray{QStringLiteral("再打")});
    other.insert(QStringLiteral("yields_to"), QJsonArray{QStringLiteral("objection.busy")});
    QJsonObject empty = label("empty", QJsonArray{QStringLiteral("再说")});
    empty.insert(QStringLiteral("yields_to"), QJsonObject{{QStringLiteral("labels"), QJsonArray{}}});
    QStringList paths;
    for (const VoiceLexiconProblem &p :
         VoiceLexiconValidator::validate(lexiconJson(QJsonArray{busy, other, empty})))
        paths << p.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("$.labels[0].yields_to.unless[0]"),
                                 QStringLiteral("$.labels[1].yields_to"),
                                 QStringLiteral("$.labels[2].yields_to.labels"),
                                 QStringLiteral("$.labels[0].yields_to.labels[1]")}));
    QVERIFY(testAnalyser(QStringLiteral("objection.busy")));
}

void tst_VoiceCueCombinations::builtInLexiconRound13_data()
{
    // Round 13 of the built-in lexicon (the labelling rules settled in round 13 and the
    // mishearings of part 12), in wordings of its own: none of these notes is in the
    // evaluation notes. Each row fails with the round-12 lexicon
    // (tests/data/voice/lexicon_round12.json) except the last eight, which keep recall either way.
    builtInColumns();
    const auto row = builtInRow;
    row("客户在开车，说半小时后再打给他", "objection.no_time", false);   // busy now: a call back
    row("客户说正在陪领导吃饭，回头再说", "objection.no_time", false);
    row("客户说考虑考虑，回头再说吧", "follow_up.call_back", false);     // a vague deferral
    row("客户说旅游回来再说", "follow_up.call_back", false);             // no time, no action
    row("客户说零花钱搁余额宝里，随用随取挺好", "objection.locked_long", false); // a platform liked
    row("网点的自助机坏了，取不了钱", "objection.locked_long", false);    // a broken machine
    row("客户说转账手续费太贵，不划算", "objection.return_low", false);   // a fee
    row("客户说心里没底，再想想", "objection.no_money", false);          // unsure, not short
    row("客户说利息到账后接着存", "interest.deposit", true);
    row("客户说三年期利率低，倒不如买理财", "interest.wealth", true);
    row("客户想学学怎么管理财务", "interest.wealth", false);      // 管理财务
    row("客户说发了工资再来办", "follow_up.visit", true);
    row("客户想挑个稳当的理财", "objection.fear_loss", false);          // a steady product
    row("客户想给外孙开个存钱账户", "interest.deposit", true);
    row("客户问有没有期限短点的大额存单", "objection.locked_long", false); // asks for a product
    row("客户说存款利息太少，打算买国债", "interest.deposit", false);    // a complaint, then away
    row("客户说下周三有空，到网点当面谈", "follow_up.call_back", false); // a visit, no call
    row("客户说正在陪领导吃饭，回头再说", "follow_up.call_back", true);  // the call was cut short
    row("客户说这个月一直出差，下周再打给他", "objection.no_time", true); // a lasting lack of time
    row("客户说这个月一直出差，下周再打给他", "follow_up.call_back", true);
    row("客户说余额宝随用随取，定期锁三年太久", "objection.locked_long", true); // a lock named
    row("客户说理财收益太低，手续费还贵", "objection.return_low", true);  // a yield named
    row("客户说过段时间再联系", "follow_up.call_back", true);           // an action named
    row("客户说手头紧，月底再说", "follow_up.call_back", true);         // a time named
    row("客户周五来网点，来之前再电话确认", "follow_up.call_back", true); // a visit and a call
}

void tst_VoiceCueCombinations::builtInLexiconRound13()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound14_data()
{
    // Round 14 of the built-in lexicon (the two labelling rules settled in round 14 and the
    // mishearings of part 13), in wordings of its own: none of these notes is in the
    // evaluation notes. Rows marked "fails" fail with the round-13 lexicon
    // (tests/data/voice/lexicon_round13.json); the others are guards that hold either way.
    builtInColumns();
    const auto row = builtInRow;
    // Busy right now with no call back is no objection (rule a) ...
    row("客户说正开着车，不方便讲", "objection.no_time", false);          // fails
    row("客户说在开会呢，先挂了", "objection.no_time", false);            // fails
    row("客户说人在高铁上，听不太清", "objection.no_time", false);        // fails
    row("客户说马上开会，没时间听", "objection.no_time", false);          // fails
    // ... lack of time that lasts, or given as the reason to refuse, still is.
    row("客户说这阵子一直出差，没空", "objection.no_time", true);
    row("客户说在医院陪护老伴，顾不上", "objection.no_time", true);
    row("客户说在医院陪护老伴", "objection.no_time", true);
    row("客户说工作忙，没时间去网点", "objection.no_time", true);
    row("客户说太忙了，没时间听这些，不买", "objection.no_time", true);
    // A promise that hangs on a need is no follow-up (rule b); an answer once decided is.
    row("客户说有需要会联系你们", "follow_up.call_back", false);          // fails
    row("客户说需要的话自己打给我", "follow_up.call_back", false);        // fails
    row("客户说考虑好了会打给我", "follow_up.call_back", true);
    // Part 13's mishearings, worded anew.
    row("客户说钱拿不出来心里不踏实", "objection.no_money", false);      // fails: a lock, not short
    row("客户说基金收益忽高忽低，心里发慌", "objection.return_low", false); // fails: unsteady, not low
    row("客户说这款理财咋这么低", "objection.return_low", true); // fails
    row("客户说这阵子到处花钱", "objection.no_money", true); // fails
    row("客户说就几千块，没什么可理的", "objection.no_money", true); // fails
    row("已为客户办理指数基金定投", "interest.fund", false);             // fails: done for the customer
    row("客户上午来过，已办好定期转存", "interest.deposit", false);      // fails: done
    row("客户周四过来签基金定投", "interest.fund", true);               // fails: a visit for a product
    row("客户说下周带身份证来办理财", "interest.wealth", true);         // guard
    row("客户说周六拿上户口本来开户", "follow_up.visit", true);          // fails: 户口本 + 来, not 本来
    row("客户说家里两口子想理理财", "interest.wealth", true);         // guard
    row("客户说存定期锁着不方便", "objection.no_time", false);           // fails: the lock is awkward
    row("客户说等老公出差回来再定", "objection.no_time", false);         // fails: the husband's trip
    row("今日客户来网点打印对账单", "follow_up.visit", false);           // fails: the visit recorded
    row("客户说手上一时拿不出钱", "objection.no_money", true);   // guard
    row("客户说这周六来网点把存单取了", "follow_up.visit", true);
    row("客户最近老出差，没空", "objection.no_time", true);
}

void tst_VoiceCueCombinations::builtInLexiconRound14()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound15_data()
{
    // Round 15 of the built-in lexicon (the 活期 rule settled in round 15 and the mishearings
    // of part 14), in wordings of its own: none of these notes is in the evaluation notes.
    // Rows marked "fails" fail with the round-14 lexicon
    // (tests/data/voice/lexicon_round14.json); the others are guards that hold either way.
    builtInColumns();
    const auto row = builtInRow;
    // Money left in 活期 while a product is turned down is no interest in deposits; 活期 moved
    // into a deposit still is.
    row("客户说宁愿钱放活期，也不买基金", "interest.deposit", false);          // fails
    row("客户想把活期里的钱转成三年定期", "interest.deposit", true);          // fails
    // 锁定期 is a lock, not a deposit; another bank's higher rate is no interest in deposits;
    // a quota reported to the customer is no interest.
    row("客户嫌锁定期太长，想找短的", "interest.deposit", false);              // fails
    row("客户说建行大额存单比咱们高，想过阵子再看", "interest.deposit", false); // fails
    row("已通知客户大额存单额度满了", "interest.deposit", false);              // fails
    // A rollover and money brought back to be deposited are.
    row("客户说定期到了就续上", "interest.deposit", true);                     // fails
    row("客户打算把香港那边的钱转回来存", "interest.deposit", true);           // fails
    // Wealth products: a product to be talked over or bought again is an interest; a fund's
    // NAV, a product judged unreliable, money there is none of and money moved out are not.
    row("王总说月底带会计一起谈一下理财的事", "interest.wealth", true);        // fails
    row("客户说理财到期以后接着再买一期", "interest.wealth", true);            // fails
    row("客户让我给她推荐一下稳健的理财", "interest.wealth", true);            // fails
    row("客户说债券基金净值涨了，想多买点", "interest.wealth", false);         // fails
    row("客户女儿说理财靠不住，还要再问问", "interest.wealth", false);         // fails
    row("客户说孩子上学处处花钱，哪有钱考虑理财", "interest.wealth", false);   // fails
    row("客户想把到期的理财换成大额存单", "interest.wealth", false);           // guard
    // Visit: a conditional promise, a complaint about having to come, the customer coming
    // home, a call arranged and a time that does not fit are no visit.
    row("客户说有需要的时候自己会来网点", "follow_up.visit", false);            // fails
    row("客户抱怨手机银行不好用，每次还得来柜台", "follow_up.visit", false);    // fails
    row("客户说月底回来再联系", "follow_up.visit", false);                     // fails
    row("客户说约好晚上再call", "follow_up.visit", false);                     // fails
    row("客户说轮班，来网点的时候总凑不上", "follow_up.visit", false);         // fails
    row("客户说回来再来网点办", "follow_up.visit", true);                      // guard
    // No time yields to a visit as to a call back, unless the lack of time lasts.
    row("客户说今天没空，后天过来网点", "objection.no_time", false);           // fails
    row("客户说最近太忙，下月中旬过来办", "objection.no_time", true);          // guard
    // A low return accepted, or a lock judged not worth it, is no objection to the return.
    row("客户说利息不高但是稳当，继续存", "objection.return_low", false);      // fails
    row("客户说收益低就低吧，图个安心", "objection.return_low", false);        // fails
    row("客户说定期锁着不划算", "objection.return_low", false);                // fails
    row("客户说利息这么低，不划算", "objection.return_low", true);             // guard
    // Follow-ups part 14 missed: 再讲 after a time, Cantonese 覆 (reply), a proposal to send,
    // 到时候来, and 在 typed for 再 after a time.
    row("客户说明天再讲", "follow_up.call_back", true);                        // fails
    row("客户话听日覆我", "follow_up.call_back", true);                        // fails
    row("让周五前发方案给客户", "follow_up.send_info", true);                  // fails
    row("客户说月底有空，到时候来", "follow_up.visit", true);                  // fails
    row("客户说两个钟后在打", "follow_up.call_back", true);                    // fails
    row("电话占线，明天在打", "follow_up.call_back", true);                    // fails
    row("客户说在打麻将", "follow_up.call_back", false);                       // guard
    // Money locked too long, worded as part 14 did: a lock to be taken on for a term, a lock
    // not worth it or unpleasant, Cantonese 太耐 (too long), 嫌时间长.
    row("客户说产品得锁十个月，不考虑了", "objection.locked_long", true);      // fails
    row("客户说利息差不多，没必要锁在里面", "objection.locked_long", true);    // fails
    row("客户话呢个产品太耐，唔要", "objection.locked_long", true);            // fails
    row("客户说半年的都嫌时间长", "objection.locked_long", true);              // fails
    row("客户说钱锁着难受", "objection.locked_long", true);                    // fails
    row("客户说会耐心等等", "objection.locked_long", false);                   // guard
    // A stay away with a follow-up promised is the follow-up only (round 15's second rule);
    // a lack of time that lasts, or a stay away with no follow-up, is still no time.
    row("客户说去外地出差了，等回来再联系", "objection.no_time", false);       // fails
    row("客户人在外地，月底回来再约", "objection.no_time", false);             // fails
    row("客户说这阵子太忙，下个月再联系", "objection.no_time", true);          // guard
    row("客户在外地出差呢，回来再说吧", "objection.no_time", true);            // guard
}

void tst_VoiceCueCombinations::builtInLexiconRound15()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound16_data()
{
    // Round 16 of the built-in lexicon (the mishearings of part 15), in wordings of its own:
    // none of these notes is in the evaluation notes. Rows marked "fails" fail with the
    // round-15 lexicon (tests/data/voice/lexicon_round15.json); the others are guards that
    // hold either way.
    builtInColumns();
    const auto row = builtInRow;
    // Deposits: 存 as the verb of an intent (a day then 来存钱, 想存进来, 还是存着, 只想存钱), which
    // one to deposit in, a term asked about without 存款, a rate table, money at another bank
    // to move here when it matures, and money sold or taken out to be deposited; a deposit
    // made, someone else's, money moved here to buy a product and money taken out are none.
    row("客户说下礼拜来网点存钱", "interest.deposit", true); // fails
    row("客户说明早来存钱", "interest.deposit", true); // fails
    row("客户刚才来柜台存钱", "interest.deposit", false); // guard
    row("客户说邻居都在农商行存钱", "interest.deposit", false); // guard
    row("客户说卖菜攒了些现金，想存进来", "interest.deposit", true); // fails
    row("客户说股票不碰了，钱还是存着踏实", "interest.deposit", true); // fails
    row("客户说退休金只想存钱，别的不碰", "interest.deposit", true); // fails
    row("客户拿着八万块问存哪种划算", "interest.deposit", true); // fails
    row("客户问十万块两年期多少利息", "interest.deposit", true); // fails
    row("客户说想放一个三年期的", "interest.deposit", true); // fails
    row("客户说三年期利息是不低，就怕急用", "interest.deposit", false); // guard
    row("客户要一份定期的利率表", "interest.deposit", true); // fails
    row("客户说农商行那笔下月到期，到期就转过来", "interest.deposit", true); // fails
    row("客户说工行理财到期了想转过来买基金", "interest.deposit", false); // guard
    row("客户说秋粮卖了五万，想存个定期", "interest.deposit", true); // fails
    row("客户想把住房公积金取出来存一年定期", "interest.deposit", true); // fails
    row("客户把定期取出来买了基金", "interest.deposit", false); // guard
    // Saving with no purpose of its own is a deposit; saving for a purpose with a product of
    // its own, and 教育储蓄 (the education product's name), are that purpose only (round 16's
    // labelling rule).
    row("客户想了解一下教育储蓄怎么开", "interest.deposit", false); // fails
    row("客户说小孙女刚出生，想给她存点钱", "interest.deposit", true); // fails
    row("客户说年底办喜事，想先存笔钱", "interest.deposit", true); // fails
    row("客户打算存一笔钱供孩子读书", "interest.deposit", false); // guard
    // 不方便 is a moment, no lack of time, unless it lasts; someone else's stay is none either.
    row("客户在厨房做饭，说不方便", "objection.no_time", false); // fails
    row("客户说正在接孙子，不方便接电话", "objection.no_time", false); // fails
    row("客户说这阵子不方便，下月再联系", "objection.no_time", true); // guard
    row("客户说家里老人住院，手头紧", "objection.no_time", false); // fails
    row("客户说要跟在外地的儿子商量", "objection.no_time", false); // fails
    row("客户说在陪老伴住院", "objection.no_time", true); // guard
    // Money locked too long as part 15 worded it: a lock then 等不了 (and no complaint about
    // waiting), 万一 … 拿不出来, 压 + a length, 锁不起, a length then 太死.
    row("客户说封闭期两年，孩子上学等不了", "objection.locked_long", true); // fails
    row("客户说封闭期一年多，女儿出国等不了", "complaint.waiting", false); // fails
    row("客户说五年期利息是多，可万一老伴看病钱拿不出来", "objection.locked_long", true); // fails
    row("客户说进货的钱压半年可不行", "objection.locked_long", true); // fails
    row("客户说这笔钱锁不起", "objection.locked_long", true); // fails
    row("客户嫌大额存单一存五年太死", "objection.locked_long", true); // fails
    row("客户说大厅里排队等不了", "complaint.waiting", true); // guard
    // Visits: Cantonese 过嚟, …完再来; not why the customer came (要说法, 来排队).
    row("客户话听日过嚟签", "follow_up.visit", true); // fails
    row("客户说割完稻子再来", "follow_up.visit", true); // fails
    row("客户跑来网点要说法，说理财亏了", "follow_up.visit", false); // fails
    row("客户说周一来排队的人多得很", "follow_up.visit", false); // fails
    row("客户说下周一来的时候带身份证", "follow_up.visit", true); // guard
    // Funds: 再来买 + a product is an interest; 基金碰都不碰 and 质问 are not.
    row("客户说过两天再来买基金", "interest.fund", true); // fails
    row("客户说只买国债，基金碰都不碰", "interest.fund", false); // fails
    row("客户质问基金为什么跌这么多", "interest.fund", false); // fails
    // A label's own cue after a pair that reaches across a comma cancels it, as after a phrase
    // (VoiceNegationScope: the phrase the finding ends in); failed with round 15's code.
    row("客户说只放定期，基金就不买了", "interest.fund", false); // fails
    row("客户说了解过了，这只基金不买了", "interest.fund", false); // fails
    // Follow-ups with their day: 等会在打 (typed for 再打), a day then 后来办, a leaflet sent.
    row("客户在开车，等会在打", "follow_up.call_back", true); // fails
    row("客户说二十号领了工资后来办理财", "follow_up.visit", true); // fails
    row("客户本来想买，后来听说行情不好", "follow_up.visit", false); // guard
    row("周二给客户寄产品折页", "follow_up.send_info", true); // fails
}

void tst_VoiceCueCombinations::builtInLexiconRound16()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound17_data()
{
    // Round 17 of the built-in lexicon (the mishearings of part 16), in wordings of its own:
    // none of these notes is in the evaluation notes. Rows marked "fails" fail with the
    // round-16 lexicon (tests/data/voice/lexicon_round16.json); the others are guards that
    // hold either way.
    builtInColumns();
    const auto row = builtInRow;
    // No time: 哪有时间 / 哪来的空 asked back is a lack of time.
    row("客户说天天守着铺子，哪有时间弄这些", "objection.no_time", true); // fails
    row("客户说进货都忙不赢，哪来空管这些", "objection.no_time", true); // fails
    row("客户说这两天有时间，可以细聊", "objection.no_time", false); // guard
    // Fear of loss: Cantonese 惊蚀, a fright at the very word (听到…就怕); not daring to decide
    // alone (不敢自己拍板, 不敢做主) is asking the family, no fear.
    row("阿婆话买基金惊蚀", "objection.fear_loss", true); // fails
    row("客户说一提到股票就发怵", "objection.fear_loss", true); // fails
    row("客户说这事不敢自己做主，要问儿子", "objection.fear_loss", false); // fails
    row("客户说钱是女儿的，她不敢拍板", "objection.fear_loss", false); // fails
    row("客户说怕亏，不敢买", "objection.fear_loss", true); // guard
    // Return too low: another bank paying more (比我们多, Cantonese 高啲, a Hong Kong bank),
    // 划不来, 跟没存一样; 才有利息 (interest only at maturity) and a lock's 年不划算 are not.
    row("客户说建行的三年定期利息比我们多", "objection.return_low", true); // fails
    row("客户话恒生定期利率高啲", "objection.return_low", true); // fails
    row("客户嫌这款理财划不来", "objection.return_low", true); // fails
    row("客户说活期放着和没存一样", "objection.return_low", true); // fails
    row("客户说大额存单要满三年才有利息，中途急用咋办", "objection.return_low", false); // fails
    row("客户说钱一压三年不划算，怕要用", "objection.return_low", false); // fails
    row("客户说利息太低了，不划算", "objection.return_low", true); // guard
    // Deposits: 来存 / 只存 + an amount, a product or a length; a deposit handled before
    // (上次办理的), one made (来存了) and one turned down as too long are none.
    row("客户说月底过来存八万", "interest.deposit", true); // fails
    row("客户说两年太长，就存半年的", "interest.deposit", true); // fails
    row("客户上次办理的定期已到账", "interest.deposit", false); // fails
    row("客户说三年期定期太长，怕孩子要用钱", "interest.deposit", false); // guard
    row("客户昨天来存了两万定期", "interest.deposit", false); // guard
    // Follow-ups: 回过来 and 待会在打 (typed for 再打) are a call back, 过来详谈 and …了再来 a
    // visit, 寄过去 a leaflet sent; a day then 回来， is the customer's return, no visit.
    row("客户在开会，说散会给我回过来", "follow_up.call_back", true); // fails
    row("客户在喂猪，待会在打", "follow_up.call_back", true); // fails
    row("客户说周末过来详谈", "follow_up.visit", true); // guard
    row("客户说等拆迁款到了再来", "follow_up.visit", true); // fails
    row("客户说周五从省城回来，回来再约他", "follow_up.visit", false); // fails
    row("客户说周五从省城回来，回来再约他", "follow_up.call_back", true); // fails
    row("客户说想好了再来", "follow_up.visit", false); // guard (a condition on the customer's side)
    row("客户说跟老伴商量好了再过来", "follow_up.visit", false); // guard
    row("答应把保险条款寄过去", "follow_up.send_info", true); // fails
}

void tst_VoiceCueCombinations::builtInLexiconRound17()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound18_data()
{
    // Round 18 of the built-in lexicon (the mishearings of parts 17 and 18), in wordings of its
    // own: none of these notes is in the evaluation notes. Rows marked "fails" fail with the
    // round-17 lexicon (tests/data/voice/lexicon_round17.json); the others are guards that
    // hold either way.
    builtInColumns();
    const auto row = builtInRow;
    // Complaint about a loss: a loss given as the reason to fear or refuse buying again is fear of
    // loss only (settled in round 18); a loss told with discontent stays a complaint.
    row("客户说去年炒基金亏过，现在有点怕", "complaint.loss", false); // fails
    row("客户说去年炒基金亏过，现在有点怕", "objection.fear_loss", true); // fails
    row("客户说股票亏了，再也不碰了", "complaint.loss", false); // fails
    row("客户说理财亏了两万，很不满，要找经理", "complaint.loss", true); // guard
    // Fear of loss: 套牢 is a loss, 谁还敢 asked back a fear, 不想再买 after a loss a refusal (and no
    // purchase elsewhere).
    row("客户说炒股套牢了，心里发慌", "objection.fear_loss", true); // fails
    row("客户说行情这样，谁还敢买基金", "objection.fear_loss", true); // fails
    row("客户说理财亏了钱，不想再买了", "objection.fear_loss", true); // fails
    row("客户说理财亏了钱，不想再买了", "objection.bought_elsewhere", false); // fails
    // Return too low: another bank a little higher (高一截, 高啲 at 中银), a product judged too low;
    // not pay for work (一天就挣), a low rate conceded (虽然利息低), a lock not worth it.
    row("客户说光大的理财年化高一截", "objection.return_low", true); // fails
    row("客户话中银嘅存款高啲", "objection.return_low", true); // fails
    row("客户说你们这款理财太低了", "objection.return_low", true); // fails
    row("客户说一天就挣两三百，没闲钱", "objection.return_low", false); // fails
    row("客户说活期虽然利息低，但存取方便", "objection.return_low", false); // fails
    row("客户说定期要锁三年，不划算", "objection.return_low", false); // fails
    row("客户说定期要锁三年，不划算", "objection.locked_long", true); // guard
    row("客户说利息太低了，不划算", "objection.return_low", true); // guard
    // Wealth products: 周转 is no 转 into a product, nor 任何理财 refused, a 稳健型基金, a return
    // complained of or 免谈.
    row("客户说生意要周转，理财的事先放放", "interest.wealth", false); // fails
    row("客户说任何理财都不碰，只放定期", "interest.wealth", false); // guard
    row("客户问有没有稳健型基金定投", "interest.wealth", false); // fails
    row("客户问有没有稳健型基金定投", "interest.fund", true); // guard
    row("客户说理财收益太低，打算买点国债", "interest.wealth", false); // fails
    row("客户说理财免谈", "interest.wealth", false); // fails
    row("客户想问问稳健点的理财", "interest.wealth", true); // guard
    // …卖了 (a harvest sold) and 赎回 as a product's feature no longer cancel it; 赎回了 still does.
    row("客户说玉米卖了八万，想看看稳健的理财", "interest.wealth", true); // fails
    row("客户问有没有随时可以赎回的理财", "interest.wealth", true); // fails
    // Deposits: saving for a grandchild with no purpose of its own; not one made (已来行), money
    // moving out (换成基金, 转去买).
    row("客户想给外孙存点压岁钱", "interest.deposit", true); // fails
    row("客户想给孩子存点学费", "interest.deposit", false); // guard
    row("客户前天已来行续存了定期", "interest.deposit", false); // guard
    row("客户说到期的存款想换成基金", "interest.deposit", false); // fails
    row("客户说想把定期转去买国债", "interest.deposit", false); // guard
    // No spare money: not a need for money on a condition (要用钱的话), a rate cut or a lock with a
    // need; 一分钱都没有 is one.
    row("客户说要用钱的话会来取", "objection.no_money", false); // fails
    row("客户说存款利率又降了", "objection.no_money", false); // fails
    row("客户说定期锁两年不行，开春要用钱", "objection.no_money", false); // fails
    row("客户说家里在装修，手里的钱不能动", "objection.no_money", true); // guard
    row("客户说卡里一分钱都没有", "objection.no_money", true); // fails
    // Visit: not on the customer's own condition (有事…自己会来) nor asked back (哪有空来); 那天过来
    // after a day, …了一起来, …完了过来 and 发了工资再来 are visits.
    row("客户说有事他自己会来网点", "follow_up.visit", false); // fails
    row("客户说哪有空来银行", "follow_up.visit", false); // fails
    row("客户说下周三轮休，那天过来办", "follow_up.visit", true); // guard
    row("客户说等放寒假了一起来", "follow_up.visit", true); // fails
    row("客户说等麦子割完了过来", "follow_up.visit", true); // fails
    row("客户说发了工资再来", "follow_up.visit", true); // fails
    row("客户说想好了再来", "follow_up.visit", false); // guard
    // No time for these days with a call back is a call back only (settled in round 18); a lasting
    // lack of time stays the objection. 礼拜五在打 is typed for 再打. 已经办好 is no praise (经办).
    row("客户说这两天忙，周五再打", "objection.no_time", false); // fails
    row("客户说这两天忙，周五再打", "follow_up.call_back", true); // guard
    row("客户说最近太忙，下周再打", "objection.no_time", true); // guard
    row("客户说礼拜五在打", "follow_up.call_back", true); // fails
    row("客户说已经办好了", "praise.service", false); // fails
}

void tst_VoiceCueCombinations::builtInLexiconRound18()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound19_data()
{
    // Round 19 of the built-in lexicon (the mishearings of part 19), in wordings of its own: none
    // of these notes is in the evaluation notes. Rows marked "fails" fail with the round-18
    // lexicon (tests/data/voice/lexicon_round18.json); the others are guards that hold either way.
    builtInColumns();
    const auto row = builtInRow;
    // Poor service: a staff member's slip (输错), nothing solved, a process too long, a slow claim.
    row("客户说大堂经理把他的手机号输错了", "complaint.service", true); // fails
    row("客户说打了好几次客服都没解决", "complaint.service", true); // fails
    row("客户说网点办业务流程太繁琐", "complaint.service", true); // fails
    row("客户说车险理赔太慢", "complaint.service", true); // fails
    // Call back: a habit of reminding is praise, a promise hanging on a need none; a day then
    // 告诉他 is one; 再练习 is typed for 再联系.
    row("客户说经理总是提醒她交保费，很细心", "follow_up.call_back", false); // fails
    row("客户说有事微信联系就行", "follow_up.call_back", false); // fails
    row("客户说下礼拜一后天把结果告诉他", "follow_up.call_back", true); // fails
    row("客户说看完资料再练习", "follow_up.call_back", true); // fails
    // Visit: not on spare money to come (有闲钱了再来: no spare money); 改天再来, …完孩子过来,
    // 到手后过来 are visits.
    row("客户说有闲钱了再来网点看看", "follow_up.visit", false); // fails
    row("客户说有闲钱了再来网点看看", "objection.no_money", true); // fails
    row("客户说今天人太多，改天再来", "follow_up.visit", true); // fails
    row("客户说今天人太多，改天再来", "objection.no_time", false); // fails
    row("客户说年终奖到手后过来", "follow_up.visit", true); // fails
    row("客户说明天接完孩子过来", "follow_up.visit", true); // guard
    // No spare money: a debt not paid off, no cash, money tied up in stock (压钱).
    row("客户说车贷还有十万没还完", "objection.no_money", true); // fails
    row("客户说手上没什么现金", "objection.no_money", true); // fails
    row("客户说装修要压钱", "objection.no_money", true); // fails
    // Products: money put into one (想把 … 买成理财), a deposit signed at a visit, a wealth
    // product renewed (到期的理财想续上); money moving out is still none.
    row("客户想把拆迁款一部分买成理财", "interest.wealth", true); // fails
    row("客户说下周来网点签大额存单", "interest.deposit", true); // fails
    row("客户说到期的理财想续上", "interest.wealth", true); // fails
    row("客户说12号过来取存单", "interest.deposit", false); // guard
    row("客户说下周四来把定期转了", "interest.deposit", false); // guard
    row("客户说想存一年定期，但嫌定期不灵活", "interest.deposit", true); // guard
    // Return too low: a platform's yield above ours, 太抵 typed for 太低; not a question (划不划算,
    // 差多少).
    row("客户说余额宝收益比我们的定期高", "objection.return_low", true); // fails
    row("客户说理财收益太抵", "objection.return_low", true); // fails
    row("客户问三年定期划不划算", "objection.return_low", false); // fails
    row("客户问一年和两年利率差多少", "objection.return_low", false); // fails
    row("客户说收益跟活期差不多，没意思", "objection.return_low", true); // guard
    // Loss: 理赔 and 多亏 are no loss; 不敢把钱锁 is a lock, not a fear.
    row("客户说保险理赔很快，多亏了小王", "complaint.loss", false); // fails
    row("客户说怕理赔麻烦，不买了", "objection.fear_loss", false); // fails
    row("客户说不敢把钱锁三年", "objection.fear_loss", false); // fails
    row("客户说不敢把钱锁三年", "objection.locked_long", true); // guard
    // No time: someone else's stay (父亲住院, 在外地读书的女儿); the customer's own stays.
    row("客户说他父亲住院了", "objection.no_time", false); // fails
    row("客户说在外地读书的女儿放假回来了", "objection.no_time", false); // fails
    row("客户说没时间过来，让把资料发他微信上", "objection.no_time", true); // guard
}

void tst_VoiceCueCombinations::builtInLexiconRound19()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound20_data()
{
    // Round 20 of the built-in lexicon (the misses of part 20: whole families of everyday
    // wordings), in wordings of its own: none of these notes is in the evaluation notes. Rows
    // marked "fails" fail with the round-19 lexicon (tests/data/voice/lexicon_round19.json); the
    // others are guards that hold either way.
    builtInColumns();
    const auto row = builtInRow;
    // A channel's fault in everyday words: a statement not found, a card swallowed, money not
    // arrived, another bank's app better than ours; an app better than before stays praise.
    row("客户说手机银行查不到上个月的账单", "complaint.channel", true); // fails
    row("客户说自助机把她的社保卡吞了", "complaint.channel", true); // guard
    row("客户说网银转的钱没到对方账上", "complaint.channel", true); // fails
    row("客户说建行APP比我们的好用", "complaint.channel", true); // fails
    // Poor service: something lost, a sum wrong and denied, nothing solved, a runaround, two
    // answers, a promised call not made; a loss or a call promised by the customer is none.
    row("客户说柜员把她的存折搞丢了", "complaint.service", true); // fails
    row("客户说柜员给她算错了手续费，还不承认", "complaint.service", true); // fails
    row("客户说打了三次电话还是没解决问题", "complaint.service", true); // fails
    row("客户说为了改个手机号跑了三趟", "complaint.service", true); // fails
    row("客户说问了两个柜员，各说各的", "complaint.service", true); // fails
    row("客户说大堂经理说好给他回电，一直没打", "complaint.service", true); // fails
    row("客户说定期到期了，到时候给他打电话", "complaint.service", false); // guard
    row("客户说买的基金跌了，要投诉", "complaint.service", false); // fails
    // Praise of the service: gratitude anywhere in the sentence; 好差 is no 好.
    row("客户说手机银行比以前好用多了", "praise.service", true); // guard
    row("客户说大堂经理帮她填了半天单子，很感激", "praise.service", true); // fails
    row("客户说理财经理态度好差", "praise.service", false); // fails
    // Praise of a product: beat the market, good value; a question of which is better, or the
    // market's mood heard about, is none.
    row("客户说今年买的国债跑赢了通胀，很满意", "praise.product", true); // fails
    row("客户说去年买的年金险很划算", "praise.product", true); // fails
    row("客户问基金和存单哪个划算", "praise.product", false); // guard
    row("客户说听说最近基金行情不错", "praise.product", false); // fails
    // A new job: hired, moved to another employer, a first pay; a demobilisation grant is none.
    row("客户应聘上了区医院的医生", "life_event.new_job", true); // fails
    row("客户说换了一家物流公司上班", "life_event.new_job", true); // fails
    row("客户说拿到第一份工资了，想存起来", "life_event.new_job", true); // fails
    row("客户说转业费打到卡里了", "life_event.new_job", false); // guard
    // A child's schooling: a civil-service exam passed and a child described by its school are none.
    row("客户说女儿考上公务员了", "life_event.child_school", false); // fails
    row("客户想给上小学的儿子存点教育金", "life_event.child_school", false); // fails
    // Fees: a small sum charged and called unfair, across a comma.
    row("客户说补办一张卡还要收二十块，不合理", "complaint.fees", true); // fails
    row("客户说跨行汇款手续费八十多，太贵", "complaint.fees", true); // fails
    // Waiting: an hour taken for one errand, a wait every time.
    row("客户说开个户花了一个多小时", "complaint.waiting", true); // fails
    row("客户说每次来都要等，窗口太少", "complaint.waiting", true); // guard
    // Insurance: its everyday kinds (车险, 防癌险 ...); an employer's annuity is none.
    row("客户问我们这能不能买车险", "interest.insurance", true); // fails
    row("客户说公司的年金要转到哪里", "interest.insurance", false); // fails
    // Wealth: bought again on maturity, money taken out of a platform for it, its material asked for;
    // a redemption asked for is none.
    row("客户说到期的理财想接着买", "interest.wealth", true); // guard
    row("客户想把零钱通的钱取出来买我们的理财", "interest.wealth", true); // fails
    row("客户要一份理财产品的说明书，明天发他", "interest.wealth", true); // fails
    row("客户要求把买的理财全部赎回", "interest.wealth", false); // guard
    // Deposits: putting something aside each month; a bond safer than a deposit, a term life
    // policy, a yield compared with a deposit's are none.
    row("客户说想买凭证式国债，比存银行安全", "interest.deposit", false); // fails
    row("客户想给老伴买份定期寿险", "interest.deposit", false); // fails
    row("客户说工资涨了，想每个月存点", "interest.deposit", true); // fails
    row("客户说银行的理财收益跟存定期差不多", "interest.deposit", false); // fails
    // Return too low: another bank's deposit above our term deposit; a credit limit is no yield.
    row("客户说兴业的大额存单比我们的定期高", "objection.return_low", true); // fails
    row("客户说招行的信用卡额度给得高", "objection.return_low", false); // fails
    // A machine out of cash is a channel fault, not the customer's lack of money; a liquid product
    // wanted is no lock; busy at work right now is no lack of time, a lasting one still is.
    row("客户说取款机里没钱，取不出来", "objection.no_money", false); // fails
    row("客户说取款机里没钱，取不出来", "complaint.channel", true); // fails
    row("客户想买随时能赎回的理财", "objection.locked_long", false); // fails
    row("客户在单位，说上班时间不方便接电话", "objection.no_time", false); // fails
    row("客户说这阵子不方便接电话，月底再打", "objection.no_time", true); // guard
    // The same families in wordings no part holds yet (how staff write them in general): a
    // channel's error message, a matter dragged out, a fund never at a loss, a fee questioned, a
    // civil-service post won, help praised, a wait told by its end; a customer's own silence is none.
    row("客户说手机银行扫码付款老提示错误", "complaint.channel", true); // fails
    row("客户说挂失的事一拖再拖", "complaint.service", true); // fails
    row("客户说考虑考虑，没下文了", "complaint.service", false); // guard
    row("客户说这款债基买了两年没亏过", "praise.product", true); // fails
    row("客户说补卡费凭什么收二十", "complaint.fees", true); // fails
    row("客户说儿子考上编制了", "life_event.new_job", true); // fails
    row("客户说大堂的小伙子帮了大忙", "praise.service", true); // fails
    row("客户说来了半天才叫到她", "complaint.waiting", true); // fails
    // Cantonese and English forms staff type: 唔 is read as 不 (登录唔到), 升大学, 退咗休, 喜得贵子,
    // 移民, fund.
    row("客户说网银成日登录唔到", "complaint.channel", true); // fails
    row("客户说女儿今年升大学", "life_event.child_school", true); // fails
    row("客户说佢老公退咗休", "life_event.retired", true); // fails
    row("客户家里喜得贵子", "life_event.birth", true); // fails
    row("客户说准备移民加拿大", "life_event.moving", true); // fails
    row("客户想了解下fund", "interest.fund", true); // fails
}

void tst_VoiceCueCombinations::builtInLexiconRound20()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconCombines()
{
    checkBuiltIn();
}

void tst_VoiceCueCombinations::builtInLexiconRound10()
{
    checkBuiltIn();
}

QTEST_GUILESS_MAIN(tst_VoiceCueCombinations)
#include "tst_voice_cue_combinations.moc"
