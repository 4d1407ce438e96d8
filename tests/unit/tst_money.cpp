#include "app/domain/Money.h"
#include "app/domain/MoneyText.h"

#include <QRegularExpression>
#include <QTest>

using bd::Money;
namespace MoneyText = bd::MoneyText;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void arithmeticIsExact();
    void plainString_data();
    void plainString();
    void displayStringPerLocale();
    void columnsKeepOneUnit_data();
    void columnsKeepOneUnit();
    void headlines_data();
    void headlines();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("plain yuan") << "zh_CN" << "12345" << true << qint64(1234500);
    QTest::newRow("two decimals") << "zh_CN" << "12345.67" << true << qint64(1234567);
    QTest::newRow("one decimal") << "en_US" << "0.5" << true << qint64(50);
    QTest::newRow("grouped") << "en_US" << "1,234,567.89" << true << qint64(123456789);
    QTest::newRow("yen sign") << "zh_CN" << "¥1,000" << true << qint64(100000);
    QTest::newRow("full-width yen") << "zh_CN" << "￥88" << true << qint64(8800);
    QTest::newRow("yuan suffix") << "zh_CN" << "3000 元" << true << qint64(300000);
    QTest::newRow("wan") << "zh_CN" << "5万" << true << qint64(5000000);
    QTest::newRow("decimal wan") << "zh_CN" << "5.5万元" << true << qint64(5500000);
    QTest::newRow("wan to the fen") << "zh_CN" << "1.234567万" << true << qint64(1234567);
    QTest::newRow("german separators") << "de_DE" << "1.234,56" << true << qint64(123456);
    QTest::newRow("negative") << "en_US" << "-20.00" << true << qint64(-2000);
    QTest::newRow("three decimals refused") << "en_US" << "1.234" << false << qint64(0);
    QTest::newRow("letters refused") << "en_US" << "12a" << false << qint64(0);
    QTest::newRow("empty refused") << "en_US" << "" << false << qint64(0);
    QTest::newRow("bad grouping refused") << "en_US" << "12,34" << false << qint64(0);
    QTest::newRow("absurdly large refused") << "en_US" << "99999999999999999" << false << qint64(0);
    QTest::newRow("only unit refused") << "zh_CN" << "万" << false << qint64(0);
    // Outside testing, issue 15: a Chinese input method left in full-width mode types
    // ８００００ and ８０，０００ at the counter; they were refused as "not a number".
    QTest::newRow("full-width digits") << "zh_CN" << "８００００" << true << qint64(8000000);
    QTest::newRow("full-width grouped") << "zh_CN" << "８０，０００．５０" << true << qint64(8000050);
    QTest::newRow("full-width wan") << "zh_CN" << "８万" << true << qint64(8000000);
    QTest::newRow("full-width minus") << "zh_CN" << "－２０" << true << qint64(-2000);
    QTest::newRow("exponent refused") << "en_US" << "1e9" << false << qint64(0);
}

void tst_Money::parse()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(qint64, fen);
    const auto money = Money::parse(typed, QLocale(locale));
    QCOMPARE(money.has_value(), valid);
    if (valid)
        QCOMPARE(qint64(money->fen()), fen);
}

void tst_Money::arithmeticIsExact()
{
    // 0.1 + 0.2 must be 0.30 to the fen, ten million times over.
    Money sum;
    for (int i = 0; i < 10'000'000; ++i)
        sum += Money::fromFen(10) + Money::fromFen(20);
    QCOMPARE(qint64(sum.fen()), qint64(300'000'000));
    QVERIFY(Money::fromYuan(5) > Money::fromFen(499));
    QCOMPARE((Money::fromYuan(1) - Money::fromFen(1)).fen(), 99);
}

void tst_Money::plainString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0.00";
    QTest::newRow("fen") << qint64(5) << "0.05";
    QTest::newRow("grouped") << qint64(123456789) << "1,234,567.89";
    QTest::newRow("negative") << qint64(-150) << "-1.50";
}

void tst_Money::plainString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toPlainString(), text);
    QCOMPARE(Money::parse(text, QLocale::c())->fen(), fen);
}

void tst_Money::displayStringPerLocale()
{
    QCOMPARE(Money::fromFen(123456).toDisplayString(QLocale(QLocale::English)),
             QStringLiteral("¥1,234.56"));
    QCOMPARE(Money::fromYuan(8'000).toDisplayString(QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("¥8,000.00"));
    QCOMPARE(Money::fromFen(-123456).toDisplayString(QLocale(QLocale::English)),
             QStringLiteral("-¥1,234.56"));
}

void tst_Money::columnsKeepOneUnit_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    // One column of amounts, small and large: yuan throughout, never "¥1,198.54万" next
    // to "¥940,438.65".
    QTest::newRow("zh small") << "zh_CN" << qint64(94043865) << "¥940,438.65";
    QTest::newRow("zh large") << "zh_CN" << qint64(1198540000) << "¥11,985,400.00";
    QTest::newRow("zh branch") << "zh_CN" << qint64(393908782000000) << "¥3,939,087,820,000.00";
    QTest::newRow("en large") << "en_US" << qint64(1198540000) << "¥11,985,400.00";
}

void tst_Money::columnsKeepOneUnit()
{
    QFETCH(QString, locale);
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toDisplayString(QLocale(locale)), text);
}

void tst_Money::headlines_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("zh yuan") << "zh_CN" << qint64(800000) << "¥8,000.00";
    QTest::newRow("zh wan") << "zh_CN" << qint64(350000000) << "¥350.00万";
    QTest::newRow("zh yi") << "zh_CN" << qint64(393908782000000) << "¥39,390.88亿";
    QTest::newRow("zh 39 yi") << "zh_CN" << qint64(3939087820000) << "¥393.91亿";
    QTest::newRow("zh just under 1 yi") << "zh_CN" << qint64(9999990000) << "¥9,999.99万";
    QTest::newRow("zh negative") << "zh_CN" << qint64(-350000000) << "-¥350.00万";
    QTest::newRow("en yuan") << "en_US" << qint64(800000) << "¥8,000.00";
    QTest::newRow("en million") << "en_US" << qint64(350000000) << "¥3.50 million";
    QTest::newRow("en billion") << "en_US" << qint64(393908782000000) << "¥3,939.09 billion";
}

void tst_Money::headlines()
{
    QFETCH(QString, locale);
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    const QString headline = MoneyText::headline(Money::fromFen(fen), QLocale(locale));
    QCOMPARE(headline, text);
    // Never a unit on top of a unit ("¥39,390,878.20万").
    QVERIFY(headline.count(QRegularExpression(QStringLiteral("[万亿]"))) <= 1);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
