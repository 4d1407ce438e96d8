// The CSV reader of imports: RFC 4180 quoting, line numbers, encodings refused clearly.
#include "app/services/dataimport/CsvReader.h"

#include <QTest>

using namespace bd;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void tst_CsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");
    QTest::newRow("plain, LF") << QByteArray("a,b\n1,2\n")
                               << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
    QTest::newRow("CRLF, no final break") << QByteArray("a,b\r\n1,2")
                                          << QList<QStringList>{{"a", "b"}, {"1", "2"}}
                                          << QList<int>{1, 2};
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBFname\n张三\n")
                                 << QList<QStringList>{{"name"}, {QStringLiteral("张三")}}
                                 << QList<int>{1, 2};
    // Files joined with `cat` carry the second file's mark mid-text; JSON readers drop a mark
    // at a string's start, so a kept one would make the same value differ once sent.
    QTest::newRow("mark inside the text dropped")
            << QByteArray("name,city\n\xEF\xBB\xBF张三,\"\xEF\xBB\xBF上海\"\n")
            << QList<QStringList>{{"name", "city"}, {QStringLiteral("张三"), QStringLiteral("上海")}}
            << QList<int>{1, 2};
    QTest::newRow("quoted comma, quote, line break")
            << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n3,4\n")
            << QList<QStringList>{{"a", "b"}, {"x, y", "say \"hi\"\nthere"}, {"3", "4"}}
            << QList<int>{1, 2, 4};
    QTest::newRow("empty fields kept") << QByteArray(",\n\"\",x\n")
                                       << QList<QStringList>{{"", ""}, {"", "x"}}
                                       << QList<int>{1, 2};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n")
                                         << QList<QStringList>{{"a"}, {"b"}} << QList<int>{1, 4};
}

void tst_CsvReader::parses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    const CsvReader::Result result = CsvReader::parse(csv);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(result.records.at(i).fields, records.at(i));
        QCOMPARE(result.records.at(i).line, lines.at(i));
    }
}

void tst_CsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("says");
    // "张三" in GBK: not UTF-8.
    QTest::newRow("GBK") << QByteArray("name\n\xD5\xC5\xC8\xFD\n") << "GBK";
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0", 6) << "UTF-16";
    QTest::newRow("binary") << QByteArray("a\0b", 3) << "binary";
    QTest::newRow("unclosed quote") << QByteArray("a\n\"open,1\n2\n") << "Line 2";
    QTest::newRow("text after quote") << QByteArray("a\n\"x\"y\n") << "Line 2";
    QTest::newRow("quote inside field") << QByteArray("a\nx\"y\n") << "Line 2";
}

void tst_CsvReader::refuses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, says);
    const CsvReader::Result result = CsvReader::parse(csv);
    QVERIFY(!result.ok);
    QVERIFY(result.records.isEmpty());
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csv_reader.moc"
