// ServerStatement's value-in-SQL mode (issue #19; PostgreSQL's only mode since a pull's
// statements cost one round-trip each instead of three, and what PgBouncer in transaction
// mode needs): nothing is prepared and each value is written into the statement's text. The
// caller must not notice: whatever the statement's text holds (quotes, identifiers,
// comments, dollar quotes, escape strings) each ? that PostgreSQL would see as a
// placeholder takes the next value, and the value comes back from a real PostgreSQL exactly
// as it went in, as it does with prepared statements.
#include "../common/PostgresCluster.h"
#include "../common/ResultAssert.h"
#include "app/server/ServerStatement.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace bd;

class tst_ServerStatement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void valuesGoWhereThePlaceholdersAre_data();
    void valuesGoWhereThePlaceholdersAre();
    void valuesComeBackExactly_data();
    void valuesComeBackExactly();
    void storedRowsReadBackAsPreparedOnesDo();
    void randomTextAndBytesComeBackExactly();
    void cleanupTestCase();

private:
    // The row `statement` gives with `values`, run with the values written into its text.
    QVariantList pooledRow(const QString &statement, const QVariantList &values, int columns,
                           QString *error);
    // The same, prepared (the mode without a pooler): what the caller expects.
    QVariantList preparedRow(const QString &statement, const QVariantList &values, int columns,
                             QString *error);
    QVariantList row(const QString &statement, const QVariantList &values, int columns,
                     QString *error);

    test::PostgresCluster m_cluster;
    QSqlDatabase m_db;
};

void tst_ServerStatement::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("statements"));
    m_db.setHostName(QStringLiteral("127.0.0.1"));
    m_db.setPort(m_cluster.port());
    m_db.setDatabaseName(test::PostgresCluster::database());
    m_db.setUserName(test::PostgresCluster::user());
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
}

void tst_ServerStatement::cleanup()
{
    ServerStatement::setPostgresValues(ServerStatement::PostgresValues::Bound);
}

void tst_ServerStatement::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("statements"));
}

QVariantList tst_ServerStatement::row(const QString &statement, const QVariantList &values,
                                      int columns, QString *error)
{
    ServerStatement query(m_db, statement);
    const Result<> ran = query.run(values);
    if (!ran) {
        *error = ran.error().message();
        return {};
    }
    QVariantList read;
    if (query.next()) {
        for (int i = 0; i < columns; ++i)
            read << query.value(i);
    }
    query.finish();
    return read;
}

QVariantList tst_ServerStatement::pooledRow(const QString &statement, const QVariantList &values,
                                            int columns, QString *error)
{
    ServerStatement::setPostgresValues(ServerStatement::PostgresValues::InText);
    const QVariantList read = row(statement, values, columns, error);
    ServerStatement::setPostgresValues(ServerStatement::PostgresValues::Bound);
    return read;
}

QVariantList tst_ServerStatement::preparedRow(const QString &statement, const QVariantList &values,
                                              int columns, QString *error)
{
    ServerStatement::setPostgresValues(ServerStatement::PostgresValues::Bound);
    return row(statement, values, columns, error);
}

// Where each value lands: the statement returns the values as text, in the order its
// placeholders stand, and whatever text the statement itself holds around them.
void tst_ServerStatement::valuesGoWhereThePlaceholdersAre_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<QStringList>("expected");

    const QVariantList ab { QStringLiteral("a"), QStringLiteral("b") };
    const QStringList bothAb { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("plain") << QStringLiteral("SELECT ?::text, ?::text") << ab << bothAb;
    QTest::newRow("? in a string")
            << QStringLiteral("SELECT '?'::text, ?::text, ?::text") << ab
            << QStringList { QStringLiteral("?"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("doubled quote in a string")
            << QStringLiteral("SELECT 'it''s ?'::text, ?::text, ?::text") << ab
            << QStringList { QStringLiteral("it's ?"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("backslash ends a standard string")
            << QStringLiteral("SELECT 'c:\\'::text, ?::text, ?::text") << ab
            << QStringList { QStringLiteral("c:\\"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("? in a quoted identifier")
            << QStringLiteral("SELECT \"what?\", \"say \"\"?\"\"\", ?::text FROM "
                              "(SELECT ?::text AS \"what?\", 'x'::text AS \"say \"\"?\"\"\") t")
            << ab << QStringList { QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("a") };
    QTest::newRow("? in a line comment")
            << QStringLiteral("SELECT ?::text, -- which one?\n ?::text") << ab << bothAb;
    QTest::newRow("quote in a line comment")
            << QStringLiteral("SELECT ?::text, -- the branch's own\n ?::text") << ab << bothAb;
    QTest::newRow("line comment at the end")
            << QStringLiteral("SELECT ?::text, ?::text -- and ?") << ab << bothAb;
    QTest::newRow("? in a block comment")
            << QStringLiteral("SELECT ?::text, /* which one? don't */ ?::text") << ab << bothAb;
    QTest::newRow("nested block comment")
            << QStringLiteral("SELECT ?::text, /* outer /* inner ? */ still ? */ ?::text") << ab
            << bothAb;
    QTest::newRow("? in a dollar quote")
            << QStringLiteral("SELECT $$it's ?$$::text, ?::text, ?::text") << ab
            << QStringList { QStringLiteral("it's ?"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("? in a tagged dollar quote")
            << QStringLiteral("SELECT $q$ ? $$ ? ' $q$::text, ?::text, ?::text") << ab
            << QStringList { QStringLiteral(" ? $$ ? ' "), QStringLiteral("a"),
                             QStringLiteral("b") };
    QTest::newRow("dollar in an identifier is no quote")
            << QStringLiteral("SELECT x$y$::text, ?::text FROM (SELECT ?::text AS x$y$) t") << ab
            << QStringList { QStringLiteral("b"), QStringLiteral("a") };
    QTest::newRow("escape string with \\'")
            << QStringLiteral("SELECT E'it\\'s ?'::text, ?::text, ?::text") << ab
            << QStringList { QStringLiteral("it's ?"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("escape string ending in \\\\")
            << QStringLiteral("SELECT e'c:\\\\'::text, ?::text, ?::text") << ab
            << QStringList { QStringLiteral("c:\\"), QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("name ending in e before a string is no escape string")
            << QStringLiteral("SELECT ?::text, name'x\\'::text, ?::text") << ab
            << QStringList { QStringLiteral("a"), QStringLiteral("x\\"), QStringLiteral("b") };
    QTest::newRow("value holding quotes, comments and ?")
            << QStringLiteral("SELECT ?::text, ?::text")
            << QVariantList { QStringLiteral("O'Brien -- ? /* $$ \"?\""), QStringLiteral("b") }
            << QStringList { QStringLiteral("O'Brien -- ? /* $$ \"?\""), QStringLiteral("b") };
}

void tst_ServerStatement::valuesGoWhereThePlaceholdersAre()
{
    QFETCH(QString, statement);
    QFETCH(QVariantList, values);
    QFETCH(QStringList, expected);
    QString error;
    const QVariantList columns = pooledRow(statement, values, int(expected.size()), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList texts;
    for (const QVariant &column : columns)
        texts << column.toString();
    QCOMPARE(texts, expected);
}

// Each kind of value the server binds, read back through a cast to its column type: the
// same as a prepared statement gives for it.
void tst_ServerStatement::valuesComeBackExactly_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected");

    const QString text = QStringLiteral("SELECT ?::text");
    const QString number = QStringLiteral("SELECT ?::bigint");
    QTest::newRow("text") << text << QVariant(QStringLiteral("Zhang Wei"))
                          << QVariant(QStringLiteral("Zhang Wei"));
    QTest::newRow("unicode text") << text << QVariant(QStringLiteral("Zoë 张伟 😀 \u202E"))
                                  << QVariant(QStringLiteral("Zoë 张伟 😀 \u202E"));
    QTest::newRow("quotes and backslashes")
            << text << QVariant(QStringLiteral("a'b''c\\d\\'e\"f$$g"))
            << QVariant(QStringLiteral("a'b''c\\d\\'e\"f$$g"));
    QTest::newRow("empty text") << text << QVariant(QStringLiteral(""))
                                << QVariant(QStringLiteral(""));
    QTest::newRow("null text") << text << QVariant(QString()) << QVariant();
    QTest::newRow("null of no type") << text << QVariant() << QVariant();
    QTest::newRow("typed null number")
            << number << QVariant(QMetaType::fromType<qint64>()) << QVariant();
    QTest::newRow("number") << number << QVariant(qint64(9007199254740993))
                            << QVariant(qint64(9007199254740993));
    QTest::newRow("negative number") << number << QVariant(qint64(-42)) << QVariant(qint64(-42));
    QTest::newRow("smallest bigint") << number << QVariant(std::numeric_limits<qint64>::min())
                                     << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("negative after a minus") << QStringLiteral("SELECT 10 -?::bigint")
                                            << QVariant(qint64(-3)) << QVariant(qint64(13));
    QTest::newRow("negative after a slash") << QStringLiteral("SELECT 12 /?::bigint")
                                            << QVariant(qint64(-3)) << QVariant(qint64(-4));
    QTest::newRow("int") << QStringLiteral("SELECT ?::int") << QVariant(int(-7))
                         << QVariant(int(-7));
    QTest::newRow("double") << QStringLiteral("SELECT ?::float8") << QVariant(0.1) << QVariant(0.1);
    QTest::newRow("negative double")
            << QStringLiteral("SELECT 1 -?::float8") << QVariant(-2.5) << QVariant(3.5);
    QTest::newRow("true") << QStringLiteral("SELECT ?::boolean") << QVariant(true)
                          << QVariant(true);
    QTest::newRow("false") << QStringLiteral("SELECT ?::boolean") << QVariant(false)
                           << QVariant(false);
    const QByteArray bytes("\x00\x01'\\\"?\xff\x80--/*$$", 14);
    QTest::newRow("bytes") << QStringLiteral("SELECT ?::bytea") << QVariant(bytes)
                           << QVariant(bytes);
    QTest::newRow("empty bytes") << QStringLiteral("SELECT ?::bytea") << QVariant(QByteArray(""))
                                 << QVariant(QByteArray(""));
    const QDateTime at(QDate(2026, 12, 7), QTime(3, 4, 5, 678), Qt::UTC);
    QTest::newRow("time stamp") << QStringLiteral(
            "SELECT ?::timestamptz = '2026-12-07 03:04:05.678Z'")
                                << QVariant(at) << QVariant(true);
    QTest::newRow("date") << QStringLiteral("SELECT ?::date::text") << QVariant(QDate(2026, 2, 28))
                          << QVariant(QStringLiteral("2026-02-28"));
}

void tst_ServerStatement::valuesComeBackExactly()
{
    QFETCH(QString, statement);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    QString error;
    const QVariantList prepared = preparedRow(statement, { value }, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("prepared: ") + error));
    const QVariantList pooled = pooledRow(statement, { value }, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("values in the text: ") + error));
    QCOMPARE(pooled.size(), 1);
    QCOMPARE(prepared.size(), 1);
    // NULL comes back as a null QVariant of the column's type.
    QCOMPARE(pooled.first().isNull(), expected.isNull());
    QCOMPARE(prepared.first().isNull(), expected.isNull());
    if (expected.isNull())
        return;
    QCOMPARE(pooled.first(), expected);
    QCOMPARE(prepared.first(), expected);
}

// Writes as the server does (an INSERT in a transaction, values in the text) and reads back
// with a plain query: the stored row is the one a prepared INSERT stores.
void tst_ServerStatement::storedRowsReadBackAsPreparedOnesDo()
{
    QVERIFY_RESULT(ServerStatement::exec(
            m_db,
            QStringLiteral("CREATE TABLE stored (mode text PRIMARY KEY, note text, payload bytea, "
                           "amount bigint, rate float8, ok boolean, missing text)")));
    const QVariantList values { QStringLiteral("Mrs O'Neil -- asked /* twice */ $$?$$ \\n"),
                                QByteArray("\x00\xff\\x'", 5),
                                qint64(-123456789012345),
                                -0.000123,
                                true,
                                QString() };
    const QString insert
            = QStringLiteral("INSERT INTO stored (mode, note, payload, amount, rate, ok, missing) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) -- one row per mode");
    QVERIFY(m_db.transaction());
    QVERIFY_RESULT(ServerStatement::exec(m_db, insert,
                                         QVariantList { QStringLiteral("prepared") } + values));
    ServerStatement::setPostgresValues(ServerStatement::PostgresValues::InText);
    const Result<> pooled = ServerStatement::exec(
            m_db, insert, QVariantList { QStringLiteral("pooled") } + values);
    ServerStatement::setPostgresValues(ServerStatement::PostgresValues::Bound);
    QVERIFY2(pooled, qPrintable(pooled.errorString()));
    QVERIFY(m_db.commit());

    QSqlQuery read(m_db);
    QVERIFY(read.exec(QStringLiteral("SELECT mode, note, payload, amount, rate, ok, missing IS "
                                     "NULL FROM stored ORDER BY mode")));
    int rows = 0;
    while (read.next()) {
        ++rows;
        QCOMPARE(read.value(1).toString(), values.at(0).toString());
        QCOMPARE(read.value(2).toByteArray(), values.at(1).toByteArray());
        QCOMPARE(read.value(3).toLongLong(), values.at(2).toLongLong());
        QCOMPARE(read.value(4).toDouble(), values.at(3).toDouble());
        QCOMPARE(read.value(5).toBool(), true);
        QVERIFY2(read.value(6).toBool(), "a null QString is stored as NULL");
    }
    QCOMPARE(rows, 2);
}

// Random text and bytes, heavy in the characters that end quotes and start comments, round
// trip through the value-in-text mode. Replay a failure with BD_STATEMENT_SEED=<seed>.
void tst_ServerStatement::randomTextAndBytesComeBackExactly()
{
    const quint32 seed = qEnvironmentVariableIsSet("BD_STATEMENT_SEED")
            ? quint32(qEnvironmentVariableIntValue("BD_STATEMENT_SEED"))
            : QRandomGenerator::global()->generate();
    qInfo("seed %u (replay: BD_STATEMENT_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    const QString tricky = QStringLiteral("'\"\\?$-/*\n\t eE_x张😀");
    for (int round = 0; round < 300; ++round) {
        QString text;
        QByteArray bytes;
        const int length = random.bounded(24);
        for (int i = 0; i < length; ++i) {
            // Code points, not UTF-16 units, so that no surrogate is split.
            const int pick = random.bounded(tricky.size() + 1);
            if (pick == tricky.size())
                text += QChar(char16_t(0x20 + random.bounded(0x5f)));
            else if (tricky.at(pick).isHighSurrogate())
                text += tricky.mid(pick, 2);
            else if (!tricky.at(pick).isLowSurrogate())
                text += tricky.at(pick);
            bytes += char(random.bounded(256));
        }
        QString error;
        const QVariantList columns
                = pooledRow(QStringLiteral("SELECT ?::text, /* ? */ ?::bytea -- ?"),
                            { text, bytes }, 2, &error);
        QVERIFY2(
                error.isEmpty(),
                qPrintable(QStringLiteral("seed %1 round %2: %3").arg(seed).arg(round).arg(error)));
        QCOMPARE(columns.value(0).toString(), text);
        QCOMPARE(columns.value(1).toByteArray(), bytes);
    }
}

QTEST_GUILESS_MAIN(tst_ServerStatement)
#include "tst_server_statement.moc"
