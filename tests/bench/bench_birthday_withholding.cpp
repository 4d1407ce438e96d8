// What withholding the desk's birthday care tasks costs a pull (issue 14, BirthdayCareTasks):
// a role without reveal_personal_data pulling pages of care-task completions, which name no
// kind, so each row is looked up in the log; against a wealth manager's pull of the same
// pages, which looks nothing up. Over a real QHttpServer on the embedded SQLite store. Prints
// ms per page of both and the ratio; no assertion on time.
//   BRANCHDESK_BENCH_CHANGES=20000 build/tests/bench/bench_birthday_withholding
// Defaults (ctest): 2,000 care tasks (every tenth a birthday), each completed once.
#include "../common/EmbeddedServerStore.h"
#include "app/domain/Uuid7.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace bd;

namespace {
const BranchId kBranch(QStringLiteral("branch-1"));
const QString kPassword = QStringLiteral("password-1");
constexpr int kPage = 1000;

SyncChange careChange(const QString &rowId, const QJsonObject &fields, int number)
{
    SyncChange change;
    change.changeId = Uuid7Generator::generate();
    change.table = QStringLiteral("care_task");
    change.rowId = rowId;
    change.op = QStringLiteral("upsert");
    change.fields = fields;
    change.hlc = QStringLiteral("2026-12-06T10:00:00.000Z-%1-bench").arg(number, 8, 10, QLatin1Char('0'));
    change.originNode = QStringLiteral("bench");
    change.schemaVersion = 1;
    return change;
}
} // namespace

class bench_BirthdayWithholding : public QObject
{
    Q_OBJECT

private slots:
    void pullOfCompletionsPerRole();

private:
    double msPerPage(const QString &username, qint64 head);

    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    ServerStore *m_store = nullptr;
};

double bench_BirthdayWithholding::msPerPage(const QString &username, qint64 head)
{
    const Result<ServerAccounts::Token> token = m_store->accounts().signIn(username, kPassword);
    if (!token)
        return -1;
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    for (qint64 after = 0; after < head; ++pages) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/changes?after=%2&limit=%3")
                                             .arg(m_port)
                                             .arg(after)
                                             .arg(kPage)));
        request.setRawHeader("Authorization", "Bearer " + token->token.toLatin1());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(60000))
            return -1;
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        const qint64 last = answer.value(QStringLiteral("last_seq")).toInteger();
        if (last <= after)
            return -1;
        after = last;
    }
    return double(timer.nsecsElapsed()) / 1e6 / pages;
}

void bench_BirthdayWithholding::pullOfCompletionsPerRole()
{
    const int tasks = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES")
            : 2000;
    QTemporaryDir dir;
    ServerStore store;
    const Result<> opened
            = test::openEmbeddedStore(store, dir.filePath(QStringLiteral("server.db")));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    m_store = &store;
    QVERIFY(store.branches().ensure({kBranch, QStringLiteral("001"), QStringLiteral("Main")}));
    QVERIFY(store.accounts().add(QStringLiteral("teller"), kBranch, StaffRole::Teller, kPassword));
    QVERIFY(store.accounts().add(QStringLiteral("manager"), kBranch, StaffRole::WealthManager,
                                 kPassword));
    // The tasks, then every one completed (a completion names no kind).
    QList<SyncChange> inserts;
    QList<SyncChange> completions;
    for (int i = 0; i < tasks; ++i) {
        const QString id = Uuid7Generator::generate();
        const QString kind = i % 10 == 0 ? QStringLiteral("birthday") : QStringLiteral("maturity");
        inserts << careChange(id,
                              {{QStringLiteral("customer_id"), QStringLiteral("c-%1").arg(i)},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("due_on"), QStringLiteral("2027-03-14")},
                               {QStringLiteral("status"), QStringLiteral("open")}},
                              2 * i);
        completions << careChange(id,
                                  {{QStringLiteral("status"), QStringLiteral("done")},
                                   {QStringLiteral("done_at"), QStringLiteral("2027-03-14T09:00:00Z")}},
                                  2 * i + 1);
    }
    QVERIFY(store.changeLog().append(kBranch, inserts));
    QVERIFY(store.changeLog().append(kBranch, completions));
    const qint64 head = store.changeLog().head(kBranch).valueOr(0);
    QCOMPARE(head, qint64(2 * tasks));

    QHttpServer server;
    ServerRoutes::install(server, &store, dir.path());
    m_port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
    msPerPage(QStringLiteral("manager"), head); // warm up
    const double manager = msPerPage(QStringLiteral("manager"), head);
    const double teller = msPerPage(QStringLiteral("teller"), head);
    QVERIFY(manager > 0 && teller > 0);
    std::printf("pull of %d care tasks and their completions, %d per page: wealth manager "
                "%.1f ms/page, teller (birthday tasks withheld) %.1f ms/page, ratio %.2f\n",
                tasks, kPage, manager, teller, teller / manager);
    m_store = nullptr;
}

QTEST_GUILESS_MAIN(bench_BirthdayWithholding)
#include "bench_birthday_withholding.moc"
