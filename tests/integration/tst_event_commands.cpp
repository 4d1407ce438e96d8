// The event marketing commands as real processes (issue #17): `branchdesk-admin rules
// validate` on the shipped file and on a file with many problems (every one listed with its
// path), and `branchdesk-server add-service-account` / `events import` over the embedded
// SQLite store: a malformed file imports nothing, a good one is stored once.
#include "../common/ProgramRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = bd::test::ProgramRun;

Run run(const QString &program, const QStringList &arguments, const QString &home)
{
    return bd::test::runProgram(program, arguments, bd::test::homeEnvironment(home));
}
} // namespace

class tst_EventCommands : public QObject
{
    Q_OBJECT

private slots:
    void validatesTheShippedRules();
    void listsEveryProblemOfABrokenFile();
    void importsEventsWholeOrNotAtAll();

private:
    QTemporaryDir m_dir;
    Run admin(const QStringList &arguments)
    {
        return run(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments, m_dir.path());
    }
    Run server(const QStringList &arguments)
    {
        return run(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                   QStringList{QStringLiteral("--db-driver"), QStringLiteral("sqlite"),
                               QStringLiteral("--db-path"), m_dir.filePath(QStringLiteral("server.db")),
                               QStringLiteral("--snapshot-dir"), m_dir.path()}
                           + arguments,
                   m_dir.path());
    }
};

void tst_EventCommands::validatesTheShippedRules()
{
    const Run r = admin({QStringLiteral("rules"), QStringLiteral("validate"),
                         QStringLiteral(BRANCHDESK_SOURCE_DIR "/resources/rules/shipped_rules.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("12 rule(s)")) || r.out.contains(QLatin1String("12 rules")),
             qPrintable(r.out));
}

void tst_EventCommands::listsEveryProblemOfABrokenFile()
{
    const QString path = QStringLiteral(BRANCHDESK_SOURCE_DIR "/tests/unit/data/rules/many_problems.json");
    const Run text = admin({QStringLiteral("rules"), QStringLiteral("validate"), path});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QLatin1String("rules[0].when.conditions[1].conditions[1].value")),
             qPrintable(text.out));
    QVERIFY2(text.err.contains(QLatin1String("11 problem")), qPrintable(text.err));
    const Run json = admin({QStringLiteral("rules"), QStringLiteral("validate"),
                            QStringLiteral("--json"), path});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 11);
    QCOMPARE(admin({QStringLiteral("rules"), QStringLiteral("validate"),
                    m_dir.filePath(QStringLiteral("missing.json"))})
                     .exitCode,
             1);
}

void tst_EventCommands::importsEventsWholeOrNotAtAll()
{
    const Run account = server({QStringLiteral("add-service-account"), QStringLiteral("core")});
    QVERIFY2(account.exitCode == 0, qPrintable(account.out + account.err));
    QVERIFY2(account.out.contains(QLatin1String("bdsa_")), qPrintable(account.out));

    const QString header = QStringLiteral("event_id,kind,cif_no,occurred_at,amount_fen,direction,channel\n");
    QFile bad(m_dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write((header + QStringLiteral("e1,transaction,CIF1,2026-12-01T10:00:00Z,100,out,mobile\n"
                                       "e2,transaction,CIF1,2026-12-01T10:00:00Z,100,up,mobile\n"))
                      .toUtf8());
    bad.close();
    const Run refused = server({QStringLiteral("events"), QStringLiteral("import"), bad.fileName()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("bad.csv:3: direction")), qPrintable(refused.err));

    QFile good(m_dir.filePath(QStringLiteral("good.jsonl")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("{\"event_id\":\"e1\",\"kind\":\"transaction\",\"cif_no\":\"CIF1\","
               "\"occurred_at\":\"2026-12-01T10:00:00Z\",\"amount_fen\":100,\"direction\":\"out\","
               "\"channel\":\"mobile\"}\n");
    good.close();
    const Run first = server({QStringLiteral("events"), QStringLiteral("import"), good.fileName()});
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    // No branch was imported: the CIF number matches nobody, and the event is still kept once.
    QVERIFY2(first.out.contains(QLatin1String("1 of unknown customers")), qPrintable(first.out));
    const Run again = server({QStringLiteral("events"), QStringLiteral("import"), good.fileName()});
    QVERIFY2(again.out.contains(QLatin1String("0 new, 1 sent before")), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(tst_EventCommands)
#include "tst_event_commands.moc"
