// The pinyin table and the instant-search index: polyphonic surnames, every reading of
// given-name characters, initials, number suffixes and ranking.
#include "../common/ResultAssert.h"
#include "../common/SmallBranchFixture.h"

#include "app/domain/Uuid7.h"
#include "database/core/Transaction.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/search/Pinyin.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_CustomerSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readingsComeFromUnihan_data();
    void readingsComeFromUnihan();
    void surnamesReadAsSurnames_data();
    void surnamesReadAsSurnames();
    void givenNamesKeepEveryReading();
    void keysCoverEveryWayToType();
    void lookup_data();
    void lookup();
    void exactMatchesRankFirst();
    void surnameMatchesOnlyItsSurnameReadings();
    void uncustomaryReadingsRankAfterCustomaryOnes();
    void updateFollowsAnEdit();
    void updateOfManyCustomersIsTheirRebuild();
    void shortOrEmptyQueriesFindNothing();
    void aBatchOfHalfTheBookKeepsTheIndexByCustomer();

private:
    QString addCustomer(const QString &name, const QString &phone, const QString &idNumber);
    QStringList namesFor(const QString &typed);
    QStringList allKeys();
    bool deletesByCustomerUseTheirIndex();

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    int m_next = 10;
};

QString tst_CustomerSearch::addCustomer(const QString &name, const QString &phone,
                                        const QString &idNumber)
{
    const QString id = QStringLiteral("01907c2a-3333-7000-8000-0000000000%1").arg(++m_next);
    test::addCustomer(m_store, id, m_branch.branchId,
                      QStringLiteral("C310100000%1").arg(m_next), name, idNumber, phone,
                      100000, QStringLiteral("ordinary"), QString());
    return id;
}

void tst_CustomerSearch::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("search.db"))));
    m_branch = test::makeSmallBranch(m_store);
    addCustomer(QStringLiteral("单雄信"), QStringLiteral("13911110001"), QStringLiteral("310104198506150031"));
    addCustomer(QStringLiteral("曾国藩"), QStringLiteral("13911110002"), QStringLiteral("310104197011110025"));
    addCustomer(QStringLiteral("区志强"), QStringLiteral("13911110003"), QStringLiteral("310104199001010011"));
    addCustomer(QStringLiteral("尉迟恭"), QStringLiteral("13911110004"), QStringLiteral("310104196002020015"));
    addCustomer(QStringLiteral("张长乐"), QStringLiteral("13911110005"), QStringLiteral("310104198808080024"));
    addCustomer(QStringLiteral("张三丰"), QStringLiteral("13911110006"), QStringLiteral("310104195503030014"));
    CustomerSearchIndex index(m_store);
    QVERIFY_RESULT(index.rebuild());
    QVERIFY(index.isCurrent());
}

void tst_CustomerSearch::readingsComeFromUnihan_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("customary");
    QTest::addColumn<QString>("alsoRead");
    QTest::newRow("张") << "张" << "zhang" << "zhang";
    QTest::newRow("长") << "长" << "zhang" << "chang";
    QTest::newRow("乐") << "乐" << "le" << "yue";
    QTest::newRow("单") << "单" << "dan" << "shan";
    QTest::newRow("区") << "区" << "qu" << "ou";
    QTest::newRow("绿 (ü as v)") << "绿" << "lv" << "lu";
    QTest::newRow("𠀀 (outside the BMP)") << "𠀀" << "he" << "he";
}

void tst_CustomerSearch::readingsComeFromUnihan()
{
    QFETCH(QString, character);
    QFETCH(QString, customary);
    QFETCH(QString, alsoRead);
    const QStringList readings = Pinyin::readings(character.toUcs4().first());
    QVERIFY(!readings.isEmpty());
    QCOMPARE(readings.first(), customary);
    QVERIFY2(readings.contains(alsoRead), qPrintable(readings.join(QLatin1Char(' '))));
    QVERIFY(Pinyin::readings(U'A').isEmpty());
}

void tst_CustomerSearch::surnamesReadAsSurnames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");
    QTest::newRow("单 Shan") << "单田芳" << "shantianfang" << "stf";
    QTest::newRow("曾 Zeng") << "曾国藩" << "zengguofan" << "zgf";
    QTest::newRow("解 Xie") << "解缙" << "xiejin" << "xj";
    QTest::newRow("区 Ou") << "区志强" << "ouzhiqiang" << "ozq";
    QTest::newRow("仇 Qiu") << "仇英" << "qiuying" << "qy";
    QTest::newRow("朴 Piao") << "朴树" << "piaoshu" << "ps";
    QTest::newRow("查 Zha") << "查良镛" << "zhaliangyong" << "zly";
    QTest::newRow("盖 Ge") << "盖叫天" << "gejiaotian" << "gjt";
    QTest::newRow("尉迟 Yuchi") << "尉迟恭" << "yuchigong" << "ycg";
    QTest::newRow("欧阳 Ouyang") << "欧阳修" << "ouyangxiu" << "oyx";
}

void tst_CustomerSearch::surnamesReadAsSurnames()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    const Pinyin::NameSpellings spellings = Pinyin::forName(name);
    QVERIFY(!spellings.full.isEmpty());
    QCOMPARE(spellings.full.first(), full);
    QCOMPARE(spellings.initials.first(), initials);
    // The character's ordinary reading does not leak in for the surname.
    if (name.startsWith(QStringLiteral("单")))
        QVERIFY(!spellings.full.contains(QStringLiteral("dantianfang")));
}

void tst_CustomerSearch::givenNamesKeepEveryReading()
{
    const Pinyin::NameSpellings spellings = Pinyin::forName(QStringLiteral("张长乐"));
    for (const char *expected : {"zhangzhangle", "zhangchangle", "zhangchangyue", "zhangzhangyue"})
        QVERIFY2(spellings.full.contains(QLatin1String(expected)), expected);
    QVERIFY(spellings.initials.contains(QStringLiteral("zcl")));
    QVERIFY(spellings.initials.contains(QStringLiteral("zzy")));
    QVERIFY(Pinyin::forName(QStringLiteral("阿依古丽·买买提")).full.first().startsWith(QStringLiteral("ayiguli")));
}

void tst_CustomerSearch::keysCoverEveryWayToType()
{
    const QStringList keys = CustomerSearchIndex::keysFor(
            {QStringLiteral("张三丰"), QStringLiteral("13800138000"),
             QStringLiteral("11010519491231002x"), QStringLiteral("c31010000001")});
    for (const char *expected : {"n:张三丰", "ns:三丰", "ns:丰", "p:zhangsanfeng", "ps:sanfeng",
                                 "ps:feng", "i:zsf", "is:sf", "c:C31010000001", "mr:00083100831",
                                 "dr:X20013219491501011"})
        QVERIFY2(keys.contains(QString::fromUtf8(expected)), expected);
    QCOMPARE(keys.size(), QSet<QString>(keys.cbegin(), keys.cend()).size());
}

void tst_CustomerSearch::lookup_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("initials zs") << "zs" << "张三丰";
    QTest::newRow("full pinyin") << "zhangsanfeng" << "张三丰";
    QTest::newRow("pinyin prefix") << "zhangsan" << "张三丰";
    QTest::newRow("upper-case pinyin") << "ZSF" << "张三丰";
    QTest::newRow("given name pinyin") << "sanfeng" << "张三丰";
    QTest::newRow("polyphonic surname shan") << "shanxiongxin" << "单雄信";
    QTest::newRow("polyphonic surname initials") << "sxx" << "单雄信";
    QTest::newRow("zeng") << "zeng" << "曾国藩";
    QTest::newRow("ou") << "ouzhi" << "区志强";
    QTest::newRow("yuchi") << "ycg" << "尉迟恭";
    QTest::newRow("every reading: changle") << "zhangchangle" << "张长乐";
    QTest::newRow("every reading: zhangyue") << "zhangzhangyue" << "张长乐";
    QTest::newRow("name") << "张三" << "张三丰";
    QTest::newRow("part of name") << "雄信" << "单雄信";
    QTest::newRow("mobile last 4") << "0004" << "尉迟恭";
    QTest::newRow("mobile full") << "13911110003" << "区志强";
    QTest::newRow("ID last 6") << "020015" << "尉迟恭";
    QTest::newRow("ID full") << "310104197011110025" << "曾国藩";
    QTest::newRow("CIF") << "c31010000002" << "欧阳明华";
    // Outside testing, issue 15: typed with a Chinese input method in full-width mode, or
    // copied from a card with its dashes, these found nobody.
    QTest::newRow("full-width mobile last 4") << "０００４" << "尉迟恭";
    QTest::newRow("full-width ID last 6") << "０２００１５" << "尉迟恭";
    QTest::newRow("full-width pinyin") << "ｚｓｆ" << "张三丰";
    QTest::newRow("full-width CIF") << "Ｃ３１０１００００００２" << "欧阳明华";
    QTest::newRow("mobile with dashes") << "139-1111-0003" << "区志强";
    QTest::newRow("mobile with country code") << "+86 139 1111 0003" << "区志强";
}

void tst_CustomerSearch::lookup()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QVERIFY2(namesFor(typed).contains(expected), qPrintable(namesFor(typed).join(QLatin1Char(','))));
}

QStringList tst_CustomerSearch::namesFor(const QString &typed)
{
    QStringList names;
    const auto hits = CustomerSearchIndex(m_store).lookup(typed, 50);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT name FROM customer WHERE id = ?"));
    for (const auto &hit : hits) {
        query.bindValue(0, hit.customerId.toString());
        if (query.exec() && query.next())
            names << query.value(0).toString();
    }
    return names;
}

void tst_CustomerSearch::exactMatchesRankFirst()
{
    // "张三" is the whole name of one customer and the start of another's.
    const QStringList names = namesFor(QStringLiteral("张三"));
    QCOMPARE(names.value(0), QStringLiteral("张三"));
    QVERIFY(names.contains(QStringLiteral("张三丰")));
    // Typing the exact initials of one customer puts them before partial matches.
    const auto hits = CustomerSearchIndex(m_store).lookup(QStringLiteral("zs"), 50);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().rank, 0);
}

void tst_CustomerSearch::surnameMatchesOnlyItsSurnameReadings()
{
    // 方 also reads wǎng, but never as a surname: "wang" must not bring up 方超晨.
    addCustomer(QStringLiteral("方超晨"), QStringLiteral("13911110021"), QStringLiteral("310104198506150121"));
    addCustomer(QStringLiteral("王超"), QStringLiteral("13911110022"), QStringLiteral("310104198506150122"));
    QVERIFY_RESULT(CustomerSearchIndex(m_store).rebuild());
    const Pinyin::NameSpellings spellings = Pinyin::forName(QStringLiteral("方超晨"));
    for (const QString &full : spellings.full)
        QVERIFY2(!full.startsWith(QStringLiteral("wang")), qPrintable(full));
    for (const QString &initials : spellings.initials)
        QVERIFY2(!initials.startsWith(QLatin1Char('w')), qPrintable(initials));
    for (const char *typed : {"wang", "wangchao", "wcc", "wc"}) {
        const QStringList names = namesFor(QString::fromLatin1(typed));
        QVERIFY2(!names.contains(QStringLiteral("方超晨")), typed);
    }
    QVERIFY(namesFor(QStringLiteral("wang")).contains(QStringLiteral("王超")));
    QVERIFY(namesFor(QStringLiteral("fangchaochen")).contains(QStringLiteral("方超晨")));
    QVERIFY(namesFor(QStringLiteral("fcc")).contains(QStringLiteral("方超晨")));
    QVERIFY(namesFor(QStringLiteral("chaochen")).contains(QStringLiteral("方超晨")));
}

void tst_CustomerSearch::uncustomaryReadingsRankAfterCustomaryOnes()
{
    // 乐 is customarily lè in a given name (also yuè); 悦 is yuè. Both customers match
    // "wangyue", the one whose name customarily reads so first, whatever their AUM.
    const QString le = addCustomer(QStringLiteral("王乐"), QStringLiteral("13911110023"), QStringLiteral("310104198506150123"));
    const QString yue = addCustomer(QStringLiteral("王悦"), QStringLiteral("13911110024"), QStringLiteral("310104198506150124"));
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE customer SET aum_fen = 900000000 WHERE id = '%1'").arg(le)));
    QVERIFY_RESULT(CustomerSearchIndex(m_store).rebuild());
    const auto hits = CustomerSearchIndex(m_store).lookup(QStringLiteral("wangyue"), 50);
    qsizetype lePosition = -1, yuePosition = -1;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (hits.at(i).customerId == CustomerId(le))
            lePosition = i;
        if (hits.at(i).customerId == CustomerId(yue))
            yuePosition = i;
    }
    QVERIFY(lePosition >= 0);   // other readings of a given name still match
    QVERIFY(yuePosition >= 0);
    QVERIFY(hits.at(yuePosition).rank < hits.at(lePosition).rank);
    QCOMPARE(hits.at(yuePosition).rank, 0);
}

void tst_CustomerSearch::updateFollowsAnEdit()
{
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE customer SET name = '查理', phone = '13700009999' "
                                      "WHERE cif_no = 'C31010000011'")));
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM customer WHERE cif_no = 'C31010000011'")));
    QVERIFY(query.next());
    CustomerSearchIndex index(m_store);
    QVERIFY(index.update(CustomerId(query.value(0).toString())));
    QVERIFY(namesFor(QStringLiteral("zhali")).contains(QStringLiteral("查理")));
    QVERIFY(namesFor(QStringLiteral("9999")).contains(QStringLiteral("查理")));
    QVERIFY(!namesFor(QStringLiteral("shanxiongxin")).contains(QStringLiteral("查理")));
    QVERIFY(namesFor(QStringLiteral("0001")).isEmpty() || !namesFor(QStringLiteral("0001")).contains(QStringLiteral("查理")));
}

QStringList tst_CustomerSearch::allKeys()
{
    QStringList keys;
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT key || ' ' || customer_id FROM customer_search_key "
                                  "ORDER BY 1"))) {
        while (query.next())
            keys << query.value(0).toString();
    }
    return keys;
}

// A pulled batch re-indexes its customers all at once (keys inserted in sorted order): a
// renamed, a deleted, a new and an unchanged customer end up exactly as a full rebuild
// files them.
void tst_CustomerSearch::updateOfManyCustomersIsTheirRebuild()
{
    const auto idOf = [this](const QString &cif) {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("SELECT id FROM customer WHERE cif_no = ?"));
        query.addBindValue(cif);
        return query.exec() && query.next() ? CustomerId(query.value(0).toString()) : CustomerId();
    };
    QSqlQuery query(m_store.database());
    QVERIFY(query.exec(QStringLiteral("UPDATE customer SET name = '钱多多', phone = '13700008888' "
                                      "WHERE cif_no = 'C31010000012'")));
    QVERIFY(query.exec(QStringLiteral("UPDATE customer SET deleted = 1 "
                                      "WHERE cif_no = 'C31010000013'")));
    const CustomerId added(addCustomer(QStringLiteral("孙悟空"), QStringLiteral("13911117777"),
                                       QStringLiteral("310104198001010019")));
    const QList<CustomerId> batch{added, idOf(QStringLiteral("C31010000013")),
                                  idOf(QStringLiteral("C31010000012")),
                                  idOf(QStringLiteral("C31010000014"))};
    QVERIFY(!batch.contains(CustomerId()));
    CustomerSearchIndex index(m_store);
    QVERIFY_RESULT(index.update(batch));
    QVERIFY(namesFor(QStringLiteral("qianduoduo")).contains(QStringLiteral("钱多多")));
    QVERIFY(namesFor(QStringLiteral("8888")).contains(QStringLiteral("钱多多")));
    QVERIFY(!namesFor(QStringLiteral("zengguofan")).contains(QStringLiteral("钱多多")));
    QVERIFY(namesFor(QStringLiteral("区志强")).isEmpty());
    QVERIFY(namesFor(QStringLiteral("swk")).contains(QStringLiteral("孙悟空")));
    QVERIFY(namesFor(QStringLiteral("7777")).contains(QStringLiteral("孙悟空")));
    QVERIFY(namesFor(QStringLiteral("尉迟恭")).contains(QStringLiteral("尉迟恭")));
    const QStringList updated = allKeys();
    QVERIFY_RESULT(index.rebuild());
    QCOMPARE(updated, allKeys());
}

void tst_CustomerSearch::shortOrEmptyQueriesFindNothing()
{
    QVERIFY(namesFor(QString()).isEmpty());
    QVERIFY(namesFor(QStringLiteral("   ")).isEmpty());
    QVERIFY(namesFor(QStringLiteral("139")).isEmpty()); // three digits are not a search
    QVERIFY(namesFor(QStringLiteral("qqqqq")).isEmpty());
    QVERIFY(namesFor(QStringLiteral("%")).isEmpty()); // no LIKE wildcards leak through
}

bool tst_CustomerSearch::deletesByCustomerUseTheirIndex()
{
    QSqlQuery plan(m_store.database());
    if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN DELETE FROM customer_search_key "
                                  "WHERE customer_id = 'x'")))
        return false;
    QString details;
    while (plan.next())
        details += plan.value(3).toString();
    return details.contains(QLatin1String("customer_search_key_customer"));
}

// A batch that brings at least half of the book (a new workstation's first pulls) fills the
// keys without the index by customer and builds it once at the end (issue 13): the keys
// are the ones a rebuild files, the new customers are found, and the index is there after
// the commit and after a rollback (a customer's keys are removed through it: without it,
// every edit of a customer would read the whole key table).
void tst_CustomerSearch::aBatchOfHalfTheBookKeepsTheIndexByCustomer()
{
    QVERIFY(deletesByCustomerUseTheirIndex());
    const auto addBatch = [this](int from, int count) {
        QList<CustomerId> batch;
        for (int i = from; i < from + count; ++i) {
            const QString id = Uuid7Generator::generate();
            if (test::addCustomer(m_store, id, m_branch.branchId,
                                  QStringLiteral("B%1").arg(i, 10, 10, QLatin1Char('0')),
                                  QStringLiteral("新客户%1").arg(i), QString(),
                                  QStringLiteral("136%1").arg(i, 8, 10, QLatin1Char('0')), 1000,
                                  QStringLiteral("ordinary"), QString()))
                batch << CustomerId(id);
        }
        return batch;
    };
    {
        Transaction transaction(m_store.database());
        const QList<CustomerId> batch = addBatch(0, 700);
        QCOMPARE(batch.size(), 700);
        QVERIFY_RESULT(CustomerSearchIndex(m_store).update(batch));
        // rolled back here
    }
    QVERIFY(deletesByCustomerUseTheirIndex());
    QVERIFY(namesFor(QStringLiteral("新客户123")).isEmpty());
    {
        Transaction transaction(m_store.database());
        const QList<CustomerId> batch = addBatch(0, 700);
        QVERIFY_RESULT(CustomerSearchIndex(m_store).update(batch));
        QVERIFY_RESULT(transaction.commit());
    }
    QVERIFY(deletesByCustomerUseTheirIndex());
    QCOMPARE(namesFor(QStringLiteral("新客户123")), QStringList{QStringLiteral("新客户123")});
    QVERIFY(namesFor(QStringLiteral("0123")).contains(QStringLiteral("新客户123")));
    const QStringList updated = allKeys();
    QVERIFY_RESULT(CustomerSearchIndex(m_store).rebuild());
    QCOMPARE(updated, allKeys());
}

QTEST_GUILESS_MAIN(tst_CustomerSearch)
#include "tst_customer_search.moc"
