// Issue 14 (docs/SECURITY.md §8.1): the birth date is withheld from roles without
// reveal_personal_data, so the server's birthday sweep must not hand it to them either. A
// "birthday" opportunity is written a few days before the day (its time, with the plain
// birth year, gives the date and so the 8 characters the ID number's mask hides). Over a real
// QHttpServer on the embedded SQLite store: the sweep runs, and each role pulls
// GET /v1/changes with its own token.
#include "../common/EmbeddedServer.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include "app/common/SyncChange.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const BranchId kBranch(QStringLiteral("branch-1"));
const CustomerId kCustomer(QStringLiteral("0190c1a2-0000-7000-8000-000000000001"));
const QString kPassword = QStringLiteral("password-1");

CustomerProfile bornOn(const QDate &birth)
{
    CustomerProfile c;
    c.id = kCustomer;
    c.branchId = kBranch;
    c.cifNo = QStringLiteral("CIF0001");
    c.managerId = StaffId(QStringLiteral("manager-1"));
    c.aum = Money::fromFen(100'000'000);
    c.tier = QStringLiteral("gold");
    c.openedOn = QDate(2020, 1, 1);
    c.birthDate = birth;
    return c;
}
} // namespace

class tst_BirthdayEventsByRole : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyRolesThatRevealHearOfABirthday_data();
    void onlyRolesThatRevealHearOfABirthday();
    void laterChangesOfABirthdayOpportunityAreWithheldToo();

private:
    QJsonObject pull(const QString &username);

    std::unique_ptr<test::OneBranchServer> m_served;
    QNetworkAccessManager m_network;
};

void tst_BirthdayEventsByRole::init()
{
    m_served = std::make_unique<test::OneBranchServer>();
    const Result<> opened = m_served->open(kBranch);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    const QList<std::pair<QString, StaffRole>> staff = {
            {QStringLiteral("teller"), StaffRole::Teller},
            {QStringLiteral("lobby"), StaffRole::LobbyManager},
            {QStringLiteral("admin"), StaffRole::Admin},
            {QStringLiteral("manager"), StaffRole::WealthManager},
            {QStringLiteral("head"), StaffRole::BranchHead}};
    for (const auto &[name, role] : staff)
        QVERIFY(m_served->store.accounts().add(name, kBranch, role, kPassword));
    QVERIFY(m_served->serve());
}

void tst_BirthdayEventsByRole::cleanup()
{
    m_served.reset();
}

QJsonObject tst_BirthdayEventsByRole::pull(const QString &username)
{
    const Result<ServerAccounts::Token> token = m_served->store.accounts().signIn(username, kPassword);
    if (!token)
        return {};
    QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/changes?after=0").arg(m_served->port)));
    request.setRawHeader("Authorization", "Bearer " + token->token.toLatin1());
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void tst_BirthdayEventsByRole::onlyRolesThatRevealHearOfABirthday_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("hears");
    QTest::newRow("teller") << QStringLiteral("teller") << false;
    QTest::newRow("lobby manager") << QStringLiteral("lobby") << false;
    QTest::newRow("administrator") << QStringLiteral("admin") << false;
    QTest::newRow("wealth manager") << QStringLiteral("manager") << true;
    QTest::newRow("branch head") << QStringLiteral("head") << true;
}

void tst_BirthdayEventsByRole::onlyRolesThatRevealHearOfABirthday()
{
    QFETCH(QString, username);
    QFETCH(bool, hears);
    const QDate today = QDate::currentDate();
    const QDate birthday = today.addDays(3);
    QVERIFY(m_served->store.events().facts().load(kBranch, {bornOn(QDate(1961, birthday.month(),
                                                                   birthday.day()))},
                                           0, true));
    // The server's own sweep (as at start and hourly) raises the event for the coming days.
    const Result<int> raised = m_served->store.events().birthdays().run(today);
    QVERIFY2(raised, qPrintable(raised.errorString()));
    QCOMPARE(*raised, 1);

    const QJsonObject answer = pull(username);
    QVERIFY2(answer.contains(QStringLiteral("changes")),
             qPrintable(QJsonDocument(answer).toJson()));
    const QJsonArray changes = answer.value(QStringLiteral("changes")).toArray();
    const QByteArray text = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    int birthdays = 0;
    for (const QJsonValue &value : changes) {
        const QJsonObject fields = value.toObject().value(QStringLiteral("fields")).toObject();
        if (fields.value(QStringLiteral("event_kind")).toString() == QLatin1String("birthday"))
            ++birthdays;
    }
    if (hears) {
        QCOMPARE(birthdays, 1);
        return;
    }
    // Nothing of it: no opportunity, no event id naming the customer's birthday.
    QVERIFY2(birthdays == 0 && !text.contains("birthday"), text.constData());
    // The cursor passes the withheld change: the next pull does not ask for it again.
    QVERIFY(answer.value(QStringLiteral("last_seq")).toInteger() >= 1);
}

// A desk's follow-through (a partial change: seen, contacted) and a delete of the sweep's
// opportunity name no event: sent to a teller's desk, which never had the row, they were held
// there for good (tst_fault_run, seeds 1301 and 1302: "D (fresh) holds 5 pulled opportunity
// delete changes that never applied").
void tst_BirthdayEventsByRole::laterChangesOfABirthdayOpportunityAreWithheldToo()
{
    const QDate birthday = QDate::currentDate().addDays(1);
    QVERIFY(m_served->store.events().facts().load(
            kBranch, {bornOn(QDate(1968, birthday.month(), birthday.day()))}, 0, true));
    QVERIFY(m_served->store.events().birthdays().run(QDate::currentDate()));
    QString opportunity;
    for (const QJsonValue &value : pull(QStringLiteral("manager")).value(QStringLiteral("changes")).toArray()) {
        if (value.toObject().value(QStringLiteral("table")).toString() == QLatin1String("opportunity"))
            opportunity = value.toObject().value(QStringLiteral("row_id")).toString();
    }
    QVERIFY(!opportunity.isEmpty());
    HybridLogicalClock clock(QStringLiteral("desk-1"));
    auto later = [&](const QString &op, const QJsonObject &fields) {
        SyncChange change;
        change.changeId = Uuid7Generator::generate();
        change.table = QStringLiteral("opportunity");
        change.rowId = opportunity;
        change.op = op;
        change.fields = fields;
        change.hlc = clock.now().toString();
        change.originNode = QStringLiteral("desk-1");
        change.schemaVersion = 1;
        return change;
    };
    QVERIFY(m_served->store.changeLog().append(
            kBranch, {later(QStringLiteral("upsert"), {{QStringLiteral("seen_at"), QStringLiteral("2026-12-06T09:00:00Z")}}),
                      later(QStringLiteral("delete"), {})}));
    const QJsonObject teller = pull(QStringLiteral("teller"));
    const QByteArray text = QJsonDocument(teller).toJson(QJsonDocument::Compact);
    QVERIFY2(teller.contains(QStringLiteral("changes")), text.constData());
    QVERIFY2(!text.contains(opportunity.toUtf8()), text.constData());
    QCOMPARE(teller.value(QStringLiteral("last_seq")).toInteger(), 3);
    // The manager, who may know the date, gets all three.
    int mine = 0;
    for (const QJsonValue &value : pull(QStringLiteral("manager")).value(QStringLiteral("changes")).toArray())
        mine += value.toObject().value(QStringLiteral("row_id")).toString() == opportunity;
    QCOMPARE(mine, 3);
}

QTEST_GUILESS_MAIN(tst_BirthdayEventsByRole)
#include "tst_birthday_events_by_role.moc"
