// The rules that protect customer identity data: ID numbers, mobiles, masking, field
// validation, tiers and the hybrid logical clock that orders changes.
#include "app/domain/CustomerField.h"
#include "app/domain/CustomerTier.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Masking.h"
#include "app/domain/MobileNumber.h"
#include "app/domain/Permission.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/domain/Uuid7.h"

#include <QSet>
#include <QTest>

using namespace bd;

class tst_IdentityRules : public QObject
{
    Q_OBJECT

private slots:
    void idNumber_data();
    void idNumber();
    void composedIdNumbersAreValid();
    void mobile_data();
    void mobile();
    void masking();
    void fieldValidation_data();
    void fieldValidation();
    void tiers_data();
    void tiers();
    void permissions();
    void uuid7IsOrderedAndUnique();
    void hlcSurvivesClockSkew();
};

void tst_IdentityRules::idNumber_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("problem");
    using P = ResidentIdNumber::Problem;
    QTest::newRow("valid, digit check") << "110101198001010010" << int(P::None);
    QTest::newRow("valid, X check") << "11010519491231002X" << int(P::None);
    QTest::newRow("lower-case x accepted") << "11010519491231002x" << int(P::None);
    QTest::newRow("wrong check digit") << "110101198001010011" << int(P::CheckDigit);
    QTest::newRow("too short") << "11010119800101001" << int(P::Length);
    QTest::newRow("letters inside") << "1101011980010A0010" << int(P::Characters);
    QTest::newRow("30 February") << "110101198002300015" << int(P::BirthDate);
    QTest::newRow("born in the future") << "110101209901010012" << int(P::BirthDate);
}

void tst_IdentityRules::idNumber()
{
    QFETCH(QString, id);
    QFETCH(int, problem);
    QCOMPARE(int(ResidentIdNumber::check(id, QDate(2026, 11, 23))), problem);
    if (problem != int(ResidentIdNumber::Problem::None))
        QVERIFY(!ResidentIdNumber::problemText(ResidentIdNumber::Problem(problem)).isEmpty());
}

void tst_IdentityRules::composedIdNumbersAreValid()
{
    for (int sequence = 0; sequence < 1000; sequence += 7) {
        const QDate birth(1960 + sequence % 50, 1 + sequence % 12, 1 + sequence % 28);
        const QString id = ResidentIdNumber::compose(QStringLiteral("310104"), birth, sequence);
        QVERIFY2(ResidentIdNumber::isValid(id), qPrintable(id));
        QCOMPARE(ResidentIdNumber::birthDate(id), birth);
        QCOMPARE(ResidentIdNumber::isMale(id), sequence % 2 == 1);
    }
}

void tst_IdentityRules::mobile_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << "13800138000" << true << "13800138000";
    QTest::newRow("spaces") << "138 0013 8000" << true << "13800138000";
    QTest::newRow("+86") << "+86 199-1234-5678" << true << "19912345678";
    QTest::newRow("starts with 12") << "12800138000" << false << "12800138000";
    QTest::newRow("ten digits") << "1380013800" << false << "1380013800";
    QTest::newRow("landline") << "021-63211234" << false << "02163211234";
}

void tst_IdentityRules::mobile()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QCOMPARE(MobileNumber::isValid(typed), valid);
    QCOMPARE(MobileNumber::normalized(typed), normalized);
}

void tst_IdentityRules::masking()
{
    QCOMPARE(Masking::idNumber(QStringLiteral("110101198001010010")),
             QStringLiteral("110101********0010"));
    QCOMPARE(Masking::phone(QStringLiteral("13800138000")), QStringLiteral("138****8000"));
    QCOMPARE(Masking::address(QStringLiteral("上海市黄浦区中山东一路1号")),
             QStringLiteral("上海市黄浦区****"));
    QCOMPARE(Masking::accountNumber(QStringLiteral("6222020200112233445")),
             QStringLiteral("6222***********3445"));
    QCOMPARE(Masking::name(QStringLiteral("欧阳明华")), QStringLiteral("欧**华"));
    QCOMPARE(Masking::phone(QString()), QString());
}

void tst_IdentityRules::fieldValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVariant>("stored");
    QTest::newRow("phone normalised") << "phone" << "138 0013 8000" << true << QVariant("13800138000");
    QTest::newRow("phone bad") << "phone" << "12345" << false << QVariant();
    QTest::newRow("id upper-cased") << "id_number" << "11010519491231002x" << true
                                    << QVariant("11010519491231002X");
    QTest::newRow("id bad check digit") << "id_number" << "110101198001010011" << false << QVariant();
    QTest::newRow("income in wan") << "annual_income" << "12万" << true << QVariant(qint64(12000000));
    QTest::newRow("income negative") << "annual_income" << "-5" << false << QVariant();
    QTest::newRow("gender in Chinese") << "gender" << "女" << true << QVariant("F");
    QTest::newRow("gender unknown") << "gender" << "x" << false << QVariant();
    QTest::newRow("marital") << "marital_status" << "married" << true << QVariant("married");
    QTest::newRow("lifecycle Chinese") << "lifecycle_stage" << "成熟期" << true << QVariant("maturity");
    QTest::newRow("flag yes") << "do_not_contact" << "yes" << true << QVariant(1);
    QTest::newRow("flag junk") << "marketing_consent" << "maybe" << false << QVariant();
    QTest::newRow("empty name") << "name" << "  " << false << QVariant();
    QTest::newRow("birth date") << "birth_date" << "1975-02-28" << true << QVariant("1975-02-28");
    QTest::newRow("birth date bad") << "birth_date" << "1975-02-30" << false << QVariant();
    QTest::newRow("not editable") << "aum_fen" << "1" << false << QVariant();
    // A pasted byte-order mark is invisible, and JSON on the way to other desks drops it.
    QTest::newRow("pasted mark dropped") << "occupation" << QString(QChar(0xFEFF)) + "教师"
                                         << true << QVariant("教师");
    QTest::newRow("pasted mark in a name") << "name" << QString(QChar(0xFEFF)) + "张三"
                                           << true << QVariant("张三");
}

void tst_IdentityRules::fieldValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(bool, ok);
    QFETCH(QVariant, stored);
    const CustomerField::Check check = CustomerField::validate(field, typed, QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(check.ok, ok);
    if (ok)
        QCOMPARE(check.value.toString(), stored.toString());
    else
        QVERIFY2(!check.problem.isEmpty(), "a refusal must say why");
}

void tst_IdentityRules::tiers_data()
{
    QTest::addColumn<qint64>("yuan");
    QTest::addColumn<int>("tier");
    QTest::newRow("nothing") << qint64(0) << int(CustomerTier::Ordinary);
    QTest::newRow("just under 5万") << qint64(49'999) << int(CustomerTier::Ordinary);
    QTest::newRow("5万") << qint64(50'000) << int(CustomerTier::Silver);
    QTest::newRow("50万") << qint64(500'000) << int(CustomerTier::Gold);
    QTest::newRow("300万") << qint64(3'000'000) << int(CustomerTier::Platinum);
    QTest::newRow("600万") << qint64(6'000'000) << int(CustomerTier::Diamond);
}

void tst_IdentityRules::tiers()
{
    QFETCH(qint64, yuan);
    QFETCH(int, tier);
    const CustomerTier found = Tiers::forAum(Money::fromYuan(yuan));
    QCOMPARE(int(found), tier);
    QCOMPARE(Tiers::fromCode(Tiers::code(found)), found);
    QCOMPARE(Tiers::isVip(found), found >= CustomerTier::Gold);
}

void tst_IdentityRules::permissions()
{
    QVERIFY(Permissions::roleHas(StaffRole::WealthManager, Permission::RunKyc));
    QVERIFY(!Permissions::roleHas(StaffRole::Teller, Permission::EditCustomerProfile));
    QVERIFY(!Permissions::roleHas(StaffRole::LobbyManager, Permission::RevealPersonalData));
    QVERIFY(Permissions::roleHas(StaffRole::Admin, Permission::ManageUsers));
    QVERIFY(!Permissions::roleHas(StaffRole::Admin, Permission::EditCustomerProfile));
    QVERIFY(Permissions::roleHas(StaffRole::BranchHead, Permission::AssignCallLists));
    QVERIFY(!Permissions::roleHas(StaffRole::BranchHead, Permission::ManageUsers));
}

void tst_IdentityRules::uuid7IsOrderedAndUnique()
{
    Uuid7Generator generator(42);
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const QString id = generator.nextAt(1'700'000'000'000 + i / 100);
        QVERIFY2(Uuid7Generator::isValid(id), qPrintable(id));
        QVERIFY2(previous < id, qPrintable(previous + QStringLiteral(" !< ") + id));
        previous = id;
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 20000);
    Uuid7Generator again(42);
    QCOMPARE(again.nextAt(1'700'000'000'000), Uuid7Generator(42).nextAt(1'700'000'000'000));
}

void tst_IdentityRules::hlcSurvivesClockSkew()
{
    qint64 wallA = 1000;
    qint64 wallB = 500; // B's clock is behind
    HybridLogicalClock a(QStringLiteral("node-a"), [&] { return wallA; });
    HybridLogicalClock b(QStringLiteral("node-b"), [&] { return wallB; });
    const HlcStamp fromA = a.now();
    const HlcStamp seenByB = b.observe(fromA);
    const HlcStamp laterOnB = b.now();
    QVERIFY(fromA < seenByB);
    QVERIFY(seenByB < laterOnB); // B's later edit orders after A's despite the skew
    wallA = 1000;
    const HlcStamp first = a.now();
    const HlcStamp second = a.now();
    QVERIFY(first < second); // same millisecond: the counter orders them
    const HlcStamp parsed = HlcStamp::fromString(laterOnB.toString());
    QCOMPARE(parsed.toString(), laterOnB.toString());
    QVERIFY(laterOnB.toString() > fromA.toString()); // sorts as text too
}

QTEST_GUILESS_MAIN(tst_IdentityRules)
#include "tst_identity_rules.moc"
