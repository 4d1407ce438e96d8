// Households: linking customers as one family with a head, and who may; the household's
// AUM and tier through AUM changes, a member moving to another branch and a member's
// erasure (the link goes, the other members stay; a head hands over); suggested links
// found through the blind keys only (never a clear address or number) and confirmed or
// turned down by a person; every change synced and audited.
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "app/services/customer360/CustomerTransferService.h"
#include "app/services/households/HouseholdRelation.h"
#include "app/services/households/HouseholdService.h"
#include "app/services/privacy/PersonalDataRights.h"
#include "app/services/staff/AuthService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kOtherBranch = QStringLiteral("01907c2a-0000-7000-8000-0000000000b2");
const QString kAddress = QStringLiteral("上海市黄浦区中山东一路1号");

QString id(int n)
{
    return QStringLiteral("01907c2a-3333-7000-8000-0000000001%1").arg(n, 2, 10, QLatin1Char('0'));
}
} // namespace

class tst_Households : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linkingNeedsThePermission_data();
    void linkingNeedsThePermission();
    void linkMakesAHouseholdWithAHead();
    void oneHouseholdPerCustomer();
    void headAndRelationsChange();
    void householdAumFollowsItsMembers();
    void movingAMemberTakesThemOut();
    void erasureRemovesTheLinkNotTheOthers();
    void suggestionsComeFromBlindKeysOnly();
    void dismissedSuggestionsStayAway();
    void unlinkingTheLastButOneDissolves();

private:
    Session signIn(const QString &user);
    bool exec(const QString &sql, const QVariantList &values = {});
    int count(const QString &sql, const QVariantList &values = {});
    bool addCustomer(const QString &customerId, const QString &name, qint64 aumYuan,
                     const QString &phone, const QString &address);
    HouseholdPicture picture(const QString &customerId);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_wealth, m_head, m_teller;
};

Session tst_Households::signIn(const QString &user)
{
    return test::signInOrStop(m_store, user);
}

bool tst_Households::exec(const QString &sql, const QVariantList &values)
{
    return test::exec(m_store, sql, values);
}

int tst_Households::count(const QString &sql, const QVariantList &values)
{
    return test::count(m_store, sql, values);
}

bool tst_Households::addCustomer(const QString &customerId, const QString &name, qint64 aumYuan,
                                 const QString &phone, const QString &address)
{
    static int cif = 100;
    const QString tier = Tiers::code(Tiers::forAum(Money::fromYuan(aumYuan)));
    if (!test::addCustomer(m_store, customerId, m_branch.branchId,
                           QStringLiteral("C3101000%1").arg(++cif), name,
                           QStringLiteral("110101198001010010"), phone, aumYuan * 100, tier, {}))
        return false;
    const auto sealed = SensitiveColumns::seal(m_store, address);
    return sealed && exec(QStringLiteral("UPDATE customer SET address = ? WHERE id = ?"),
                          {*sealed, customerId})
            && CustomerSearchIndex(m_store).update(CustomerId(customerId));
}

HouseholdPicture tst_Households::picture(const QString &customerId)
{
    const Result<HouseholdPicture> read = HouseholdService(m_store, m_wealth).picture(CustomerId(customerId));
    if (!read)
        qFatal("picture: %s", qPrintable(read.errorString()));
    return *read;
}

void tst_Households::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("households.db"))));
    m_branch = test::makeSmallBranch(m_store);
    m_wealth = signIn(QStringLiteral("wealth"));
    m_head = signIn(QStringLiteral("head"));
    m_teller = signIn(QStringLiteral("teller"));
    const QString t = QStringLiteral("2026-01-01T00:00:00Z");
    QVERIFY(exec(QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                "VALUES (?, '310115', '浦东支行', ?, ?)"),
                 {kOtherBranch, t, t}));
    // A family: 王建国 (30万) and 李秀英 (18万) share a flat; their son 王磊 (5,000) lives
    // elsewhere but uses his mother's mobile; 赵敏 lives at the fixture's address.
    QVERIFY(addCustomer(id(1), QStringLiteral("王建国"), 300000, QStringLiteral("13912345678"),
                        QStringLiteral("上海市浦东新区世纪大道100号 3栋1201室")));
    QVERIFY(addCustomer(id(2), QStringLiteral("李秀英"), 180000, QStringLiteral("13987654321"),
                        QStringLiteral("上海市浦东新区世纪大道１００号3栋1201室")));
    QVERIFY(addCustomer(id(3), QStringLiteral("王磊"), 5000, QStringLiteral("139 8765 4321"),
                        QStringLiteral("上海市徐汇区漕溪北路5号")));
    QVERIFY(addCustomer(id(4), QStringLiteral("赵敏"), 2000000, QStringLiteral("13600000004"),
                        kAddress));
    QVERIFY(exec(QStringLiteral("DELETE FROM sync_outbox")));
}

void tst_Households::linkingNeedsThePermission_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("teller") << QStringLiteral("teller") << false;
    QTest::newRow("lobby manager") << QStringLiteral("lobby") << false;
    QTest::newRow("administrator") << QStringLiteral("admin") << false;
    QTest::newRow("wealth manager") << QStringLiteral("wealth") << true;
    QTest::newRow("branch head") << QStringLiteral("head") << true;
}

void tst_Households::linkingNeedsThePermission()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    const Session session = signIn(user);
    QCOMPARE(session.can(Permission::ManageHouseholds), allowed);
    if (allowed)
        return; // linked for real below
    const int refusals = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_refused'"));
    HouseholdService service(m_store, session);
    const Result<HouseholdId> linked = service.link(CustomerId(id(1)), CustomerId(id(2)),
                                                    QStringLiteral("spouse"));
    QVERIFY(!linked);
    QVERIFY(!linked.errorString().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household_member")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_refused'")),
             refusals + 1);
    // Looking is for everyone who sees customers.
    QVERIFY(HouseholdService(m_store, session).picture(CustomerId(id(1))));
}

void tst_Households::linkMakesAHouseholdWithAHead()
{
    HouseholdService service(m_store, m_wealth);
    const Result<HouseholdId> household = service.link(CustomerId(id(1)), CustomerId(id(2)),
                                                       QStringLiteral("spouse"));
    QVERIFY2(household, qPrintable(household.errorString()));
    const HouseholdPicture seen = picture(id(2));
    QVERIFY(seen.household);
    QCOMPARE(seen.household->id, *household);
    QCOMPARE(seen.household->members.size(), 2);
    QCOMPARE(seen.household->head()->customerId, CustomerId(id(1)));
    QCOMPARE(seen.household->members.at(1).relation, QStringLiteral("spouse"));
    QCOMPARE(seen.household->members.at(1).name, QStringLiteral("李秀英"));
    // 30万 + 18万 = 48万: Silver, and 2万 short of Gold.
    QCOMPARE(seen.standing.aum, Money::fromYuan(480000));
    QCOMPARE(seen.standing.tier, CustomerTier::Silver);
    QCOMPARE(*seen.standing.nextTier, CustomerTier::Gold);
    QCOMPARE(seen.standing.shortOfNext, Money::fromYuan(20000));
    QVERIFY(seen.standing.text().contains(Money::fromYuan(20000).toDisplayString()));
    QVERIFY(seen.standing.text().contains(Tiers::label(CustomerTier::Gold)));

    // The son joins as a child of the head: linked through either member.
    QVERIFY(service.link(CustomerId(id(2)), CustomerId(id(3)), QStringLiteral("child")));
    QCOMPARE(picture(id(3)).household->members.size(), 3);
    QCOMPARE(picture(id(1)).standing.aum, Money::fromYuan(485000));

    // Synced: the household and three member rows; audited per link, no names in it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'household'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT row_id) FROM sync_outbox "
                                  "WHERE table_name = 'household_member'")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'household_linked'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail_json LIKE '%王%'")), 0);
}

void tst_Households::oneHouseholdPerCustomer()
{
    HouseholdService service(m_store, m_wealth);
    // 赵敏 may not join a second household: 李秀英 is in one already.
    QVERIFY(!service.link(CustomerId(id(4)), CustomerId(id(2)), QStringLiteral("relative")));
    QVERIFY(!service.link(CustomerId(id(4)), CustomerId(id(4)), QStringLiteral("relative")));
    QVERIFY(!service.link(CustomerId(id(1)), CustomerId(id(4)), QStringLiteral("head")));
    QVERIFY(!service.link(CustomerId(id(1)), CustomerId(id(4)), QStringLiteral("cousin")));
    // A customer of another branch is not linked from here.
    QVERIFY(exec(QStringLiteral("UPDATE customer SET branch_id = ? WHERE id = ?"), {kOtherBranch, id(4)}));
    const Result<HouseholdId> other = service.link(CustomerId(id(1)), CustomerId(id(4)),
                                                   QStringLiteral("relative"));
    QVERIFY(!other);
    QVERIFY(exec(QStringLiteral("UPDATE customer SET branch_id = ? WHERE id = ?"),
                 {m_branch.branchId, id(4)}));
    QVERIFY(!picture(id(4)).household);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household WHERE deleted = 0")), 1);
}

void tst_Households::headAndRelationsChange()
{
    HouseholdService service(m_store, m_wealth);
    QVERIFY(service.makeHead(CustomerId(id(2)), QStringLiteral("spouse")));
    HouseholdPicture seen = picture(id(1));
    QCOMPARE(seen.household->head()->customerId, CustomerId(id(2)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household_member WHERE relation = 'head'")), 1);
    // The head's relation is "head": it changes only with the head.
    QVERIFY(!service.setRelation(CustomerId(id(2)), QStringLiteral("spouse")));
    QVERIFY(service.setRelation(CustomerId(id(3)), QStringLiteral("child")));
    QVERIFY(service.makeHead(CustomerId(id(1)), QStringLiteral("spouse")));
    QCOMPARE(picture(id(3)).household->head()->customerId, CustomerId(id(1)));
    QCOMPARE(HouseholdRelation::label(QStringLiteral("partner")).isEmpty(), false);
}

void tst_Households::householdAumFollowsItsMembers()
{
    // Money in and out of a member's accounts moves the household with it.
    QVERIFY(exec(QStringLiteral("UPDATE customer SET aum_fen = aum_fen + 1500000 WHERE id = ?"), {id(3)}));
    HouseholdPicture seen = picture(id(1));
    QCOMPARE(seen.standing.aum, Money::fromYuan(500000));
    QCOMPARE(seen.standing.tier, CustomerTier::Gold);
    QCOMPARE(*seen.standing.nextTier, CustomerTier::Platinum);
    QCOMPARE(seen.standing.shortOfNext, Money::fromYuan(2500000));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET aum_fen = aum_fen - 1500000 WHERE id = ?"), {id(3)}));
    QCOMPARE(picture(id(1)).standing.aum, Money::fromYuan(485000));
}

void tst_Households::movingAMemberTakesThemOut()
{
    CustomerTransferService moves(m_store, m_head);
    const auto moved = moves.moveToBranch(CustomerId(id(3)), kOtherBranch, QStringLiteral("moved to Pudong"));
    QVERIFY2(moved, qPrintable(moved.errorString()));
    HouseholdPicture seen = picture(id(1));
    QCOMPARE(seen.household->members.size(), 2);
    QCOMPARE(seen.standing.aum, Money::fromYuan(480000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM household_member WHERE id = ? "
                                  "AND household_id IS NULL"), {id(3)}), 1);
    // The unlink is in the old branch's log, so its other workstations see him leave.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                  "'household_member' AND row_id = ? AND to_branch IS NULL "
                                  "AND fields_json LIKE '%\"household_id\":null%'"), {id(3)}), 1);
    QVERIFY(exec(QStringLiteral("UPDATE customer SET branch_id = ? WHERE id = ?"),
                 {m_branch.branchId, id(3)}));
}

void tst_Households::erasureRemovesTheLinkNotTheOthers()
{
    HouseholdService service(m_store, m_wealth);
    QVERIFY(service.link(CustomerId(id(1)), CustomerId(id(3)), QStringLiteral("child")));
    QCOMPARE(picture(id(1)).household->members.size(), 3);
    // The head is erased: the link goes, the member with the largest AUM heads the rest.
    PersonalDataRights rights(m_store, m_head);
    const auto erased = rights.erase(CustomerId(id(1)), QStringLiteral("ER-2026-001"));
    QVERIFY2(erased, qPrintable(erased.errorString()));
    const HouseholdPicture seen = picture(id(2));
    QCOMPARE(seen.household->members.size(), 2);
    QCOMPARE(seen.household->head()->customerId, CustomerId(id(2)));
    QCOMPARE(seen.standing.aum, Money::fromYuan(185000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE id IN (?, ?) "
                                  "AND erased_at IS NULL"), {id(2), id(3)}), 2);
    QVERIFY(!picture(id(1)).household);
    // An erased customer is linked no more.
    QVERIFY(!service.link(CustomerId(id(2)), CustomerId(id(1)), QStringLiteral("spouse")));
}

void tst_Households::suggestionsComeFromBlindKeysOnly()
{
    // The keys compared are keyed hashes: no address or mobile in clear in the index.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_search_key WHERE key LIKE '%世纪大道%' "
                                  "OR key LIKE '%中山东一路%' OR key LIKE '%13987654321%' "
                                  "OR key LIKE '%12345678%'")), 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM customer_search_key WHERE key LIKE 'ar:%'")) >= 5);

    // 张三, 欧阳明华 and 赵敏 share the fixture's address.
    HouseholdPicture seen = picture(m_branch.customerId);
    QVERIFY(!seen.household);
    QStringList others;
    for (const HouseholdSuggestion &suggestion : seen.suggestions) {
        others << suggestion.otherName;
        QVERIFY(suggestion.sameAddress);
        QVERIFY(!suggestion.sameMobile);
    }
    QCOMPARE(others, (QStringList{QStringLiteral("赵敏"), QStringLiteral("欧阳明华")}));

    // 王磊 shares his mother's mobile (typed with spaces), not her address; they are one
    // household already, so nothing is suggested between them.
    QVERIFY(picture(id(3)).suggestions.isEmpty());
    HouseholdService service(m_store, m_wealth);
    QVERIFY(service.unlink(CustomerId(id(3))));
    seen = picture(id(3));
    QCOMPARE(seen.suggestions.size(), 1);
    QCOMPARE(seen.suggestions.first().otherId, CustomerId(id(2)));
    QVERIFY(seen.suggestions.first().sameMobile);
    QVERIFY(!seen.suggestions.first().sameAddress);
    // Unlinking the son left his mother alone: the household dissolved.
    QVERIFY(seen.suggestions.first().otherHousehold.isEmpty());
    QVERIFY(!picture(id(2)).household);
    QCOMPARE(CustomerSearchIndex::normalisedAddress(QStringLiteral("世纪大道100号 3栋-1201室")),
             CustomerSearchIndex::normalisedAddress(QStringLiteral("世纪大道１００号3栋1201室")));

    // The branch's list: every pair once.
    const auto branch = service.branchSuggestions(50);
    QVERIFY2(branch, qPrintable(branch.errorString()));
    QCOMPARE(branch->size(), 4); // three at the fixture's address, the mother and son
}

void tst_Households::dismissedSuggestionsStayAway()
{
    HouseholdService service(m_store, m_wealth);
    QVERIFY(service.dismissSuggestion(CustomerId(id(4)), CustomerId(m_branch.customerId)));
    const HouseholdPicture seen = picture(m_branch.customerId);
    QCOMPARE(seen.suggestions.size(), 1);
    QCOMPARE(seen.suggestions.first().otherName, QStringLiteral("欧阳明华"));
    QCOMPARE(picture(id(4)).suggestions.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'household_dismissal'")), 1);
    // Confirming one links them, and it is suggested no more.
    QVERIFY(service.link(CustomerId(m_branch.customerId), CustomerId(m_branch.otherCustomerId),
                         QStringLiteral("parent")));
    QVERIFY(picture(m_branch.customerId).suggestions.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'household_suggestion_dismissed'")), 1);
}

void tst_Households::unlinkingTheLastButOneDissolves()
{
    HouseholdService service(m_store, m_wealth);
    const HouseholdId household = picture(m_branch.customerId).household->id;
    QVERIFY(service.unlink(CustomerId(m_branch.otherCustomerId)));
    QVERIFY(!picture(m_branch.customerId).household);
    QCOMPARE(count(QStringLiteral("SELECT deleted FROM household WHERE id = ?"), {household.toString()}), 1);
    QVERIFY(!service.unlink(CustomerId(m_branch.customerId)));
}

QTEST_GUILESS_MAIN(tst_Households)
#include "tst_households.moc"
