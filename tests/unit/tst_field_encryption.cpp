// Encryption at rest of personal-data columns: sealing and opening, failing closed, the raw
// file and its WAL holding no plain ID number, phone, address or note, the blind search
// keys, key slots through a password change, and the upgrade of a file made before.
#include "../common/SmallBranchFixture.h"

#include "AuthService.h"
#include "ChangeRecorder.h"
#include "CustomerContactRepository.h"
#include "CustomerRepository.h"
#include "FieldKeyring.h"
#include "FieldKeys.h"
#include "PasswordHasher.h"
#include "SensitiveColumns.h"
#include "StaffRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kIdNumber = QStringLiteral("110101198001010010");
const QString kPhone = QStringLiteral("13800138000");
const QString kOtherId = QStringLiteral("11010519491231002X");
const QString kAddress = QStringLiteral("上海市黄浦区中山东一路1号");
const QString kNote = QStringLiteral("想给女儿存一笔留学金，担心汇率波动");
const QString kNewPhone = QStringLiteral("13611112222");

QString reversed(QString text)
{
    std::reverse(text.begin(), text.end());
    return text;
}
} // namespace

class tst_FieldEncryption : public QObject
{
    Q_OBJECT

private slots:
    void sealedValuesRoundTrip();
    void wrongKeyFailsClosed();
    void rawFileHoldsNoPlaintext();
    void blindIndexFindsWholeNumbersAndTails_data();
    void blindIndexFindsWholeNumbersAndTails();
    void twoDatabasesHaveDifferentKeys();
    void passwordChangeKeepsAccess();
    void lockedStoreRefusesToReveal();
    void userWithoutSlotIsRefused();
    void oldPlainFileIsEncryptedAtAdministratorSignIn();

private:
    static QByteArray fileBytes(const QString &path);

    QTemporaryDir m_dir;
};

QByteArray tst_FieldEncryption::fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_FieldEncryption::sealedValuesRoundTrip()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("roundtrip.db"))));
    test::makeSmallBranch(store);
    QVERIFY(store.fieldsEncrypted());
    QVERIFY(store.fieldKeys());

    const std::optional<QVariant> sealed = SensitiveColumns::seal(store, kNote);
    QVERIFY(sealed);
    QVERIFY(SensitiveColumns::isSealed(*sealed));
    QVERIFY(!sealed->toString().contains(kNote));
    QCOMPARE(SensitiveColumns::open(store, *sealed), kNote);
    // A random nonce per value: the same text never seals the same way twice.
    QVERIFY(SensitiveColumns::seal(store, kNote)->toString() != sealed->toString());
    // Empty and NULL keep their meaning.
    QCOMPARE(SensitiveColumns::seal(store, QString())->toString(), QString());
    QVERIFY(SensitiveColumns::seal(store, QVariant(QMetaType::fromType<QString>()))->isNull());

    // The fixture's customers are stored sealed and read back plain.
    QSqlQuery raw(store.database());
    QVERIFY(raw.exec(QStringLiteral("SELECT phone, id_number, address FROM customer WHERE cif_no = 'C31010000001'")));
    QVERIFY(raw.next());
    for (int i = 0; i < 3; ++i)
        QVERIFY(SensitiveColumns::isSealed(raw.value(i)));
    const auto details = CustomerRepository(store).find(kPhone);
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().phone, kPhone);
    QCOMPARE(details.first().idNumber, kIdNumber);
}

void tst_FieldEncryption::wrongKeyFailsClosed()
{
    Store first;
    Store second;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("first.db"))));
    QVERIFY(second.open(m_dir.filePath(QStringLiteral("second.db"))));
    test::makeSmallBranch(first);
    test::makeSmallBranch(second);
    const QVariant sealed = *SensitiveColumns::seal(first, kPhone);

    QString error;
    QVERIFY(!SensitiveColumns::tryOpen(second, sealed, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(SensitiveColumns::open(second, sealed), QString()); // nothing, not garbage

    // A tampered value does not open either, even with the right key.
    QString tampered = sealed.toString();
    tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == QLatin1Char('A')
            ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!SensitiveColumns::tryOpen(first, tampered));
}

void tst_FieldEncryption::rawFileHoldsNoPlaintext()
{
    const QString path = m_dir.filePath(QStringLiteral("raw.db"));
    {
        Store store;
        QVERIFY(store.open(path));
        const test::SmallBranch branch = test::makeSmallBranch(store);
        const AuthService::Result signedIn = AuthService(store).signIn(QStringLiteral("wealth"), test::kPassword);
        QVERIFY2(signedIn.session, qPrintable(signedIn.message));

        // Every write path: a contact note, a phone edit (which also fills the outbox).
        const int pendingBefore = ChangeRecorder::pendingCount(store);
        Transaction transaction(store.database());
        CustomerContactRepository contacts(store);
        QVERIFY(!contacts.insertInteraction({branch.customerId, signedIn.session->user.id,
                                             QStringLiteral("phone"), QStringLiteral("care"),
                                             QString(), kNote, QStringLiteral("汇率风险"), QDate()})
                         .isEmpty());
        CustomerRepository customers(store);
        const int version = customers.details(branch.otherCustomerId)->value(QStringLiteral("version")).toInt();
        QCOMPARE(customers.update(branch.otherCustomerId, {{QStringLiteral("phone"), kNewPhone}}, version),
                 CustomerRepository::UpdateResult::Updated);
        QVERIFY(transaction.commit());
        QCOMPARE(ChangeRecorder::pendingCount(store), pendingBefore + 2);
        QCOMPARE(customers.find(kNewPhone).size(), 1);

        QSqlQuery checkpoint(store.database());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));

        // The WAL still holds the pages written (a passive checkpoint leaves it), so both
        // files are scanned while the store is open.
        const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.contains(QStringLiteral("张三").toUtf8())); // names are not encrypted
        for (const QString &secret : {kIdNumber, kOtherId, kPhone, kNewPhone, kAddress, kNote,
                                      reversed(kPhone), reversed(kIdNumber),
                                      QStringLiteral("19912345678")}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        }
    }
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || !fileBytes(path + QStringLiteral("-wal")).contains(kPhone.toUtf8()));
    QVERIFY(!fileBytes(path).contains(kPhone.toUtf8()));
}

void tst_FieldEncryption::blindIndexFindsWholeNumbersAndTails_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("cif"); // empty: nobody

    QTest::newRow("whole mobile") << kPhone << "C31010000001";
    QTest::newRow("last 4") << "8000" << "C31010000001";
    QTest::newRow("last 5 (checked)") << "38000" << "C31010000001";
    QTest::newRow("last 6") << "138000" << "C31010000001";
    QTest::newRow("last 8 (checked)") << "00138000" << "C31010000001";
    QTest::newRow("tail that does not match") << "48000" << "";
    QTest::newRow("whole ID") << kIdNumber << "C31010000001";
    QTest::newRow("ID last 4 with X") << "002x" << "C31010000002";
    QTest::newRow("ID last 7 (checked)") << "231002X" << "C31010000002";
    QTest::newRow("middle digits") << "1380013" << "";
}

void tst_FieldEncryption::blindIndexFindsWholeNumbersAndTails()
{
    QFETCH(QString, typed);
    QFETCH(QString, cif);
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("blind-%1.db").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')))));
    test::makeSmallBranch(store);

    QSqlQuery keys(store.database());
    QVERIFY(keys.exec(QStringLiteral("SELECT count(*) FROM customer_search_key WHERE key LIKE 'mr:%' "
                                     "OR key LIKE 'dr:%'")));
    QVERIFY(keys.next());
    QCOMPARE(keys.value(0).toInt(), 0); // no clear number keys in an encrypted file

    const QList<CustomerSummary> found = CustomerRepository(store).find(typed);
    if (cif.isEmpty()) {
        QVERIFY(found.isEmpty());
    } else {
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().cifNo, cif);
    }
}

void tst_FieldEncryption::twoDatabasesHaveDifferentKeys()
{
    Store first;
    Store second;
    QVERIFY(first.open(m_dir.filePath(QStringLiteral("keys-a.db"))));
    QVERIFY(second.open(m_dir.filePath(QStringLiteral("keys-b.db"))));
    test::makeSmallBranch(first);
    test::makeSmallBranch(second);
    QVERIFY(!first.fieldKeyId().isEmpty());
    QVERIFY(first.fieldKeyId() != second.fieldKeyId());
    // Same phone, different blind keys: the index of one file says nothing about another.
    QCOMPARE(CustomerSearchIndex::keysFor({{}, kPhone, {}, {}}, first.fieldKeys().get()).size(), 4);
    QVERIFY(CustomerSearchIndex::keysFor({{}, kPhone, {}, {}}, first.fieldKeys().get())
            != CustomerSearchIndex::keysFor({{}, kPhone, {}, {}}, second.fieldKeys().get()));
}

void tst_FieldEncryption::passwordChangeKeepsAccess()
{
    const QString path = m_dir.filePath(QStringLiteral("password.db"));
    const QString newPassword = QStringLiteral("a-new-password-1");
    {
        Store store;
        QVERIFY(store.open(path));
        test::makeSmallBranch(store);
        const AuthService::Result admin = AuthService(store).signIn(QStringLiteral("admin"), test::kPassword);
        QVERIFY(admin.session);
        UserAdministration users(store, &*admin.session);
        QVERIFY2(users.setPassword(QStringLiteral("wealth"), newPassword), qPrintable(users.errorString()));
        AuthService(store).signOut(*admin.session);
        QVERIFY(!store.fieldKeys());
    }
    Store store;
    QVERIFY(store.open(path));
    QVERIFY(!store.fieldKeys()); // a reopened file is locked until someone signs in
    QCOMPARE(AuthService(store).signIn(QStringLiteral("wealth"), test::kPassword).outcome,
             AuthService::Outcome::WrongCredentials);
    const AuthService::Result wealth = AuthService(store).signIn(QStringLiteral("wealth"), newPassword);
    QVERIFY2(wealth.session, qPrintable(wealth.message));
    QVERIFY(store.fieldKeys());
    const QList<CustomerSummary> found = CustomerRepository(store).find(QStringLiteral("8000"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().phone, kPhone);
}

void tst_FieldEncryption::lockedStoreRefusesToReveal()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QString customerId;
    {
        Store store;
        QVERIFY(store.open(path));
        customerId = test::makeSmallBranch(store).customerId;
    }
    Store store;
    QVERIFY(store.open(path));
    QVERIFY(store.fieldsEncrypted());
    QVERIFY(!store.fieldKeys());
    CustomerRepository customers(store);
    const std::optional<QVariantMap> row = customers.details(customerId);
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("phone")).toString(), QString());
    QCOMPARE(row->value(QStringLiteral("id_number")).toString(), QString());
    QCOMPARE(row->value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    // Writing personal data into a locked encrypted file is refused, not done in clear.
    QVERIFY(!SensitiveColumns::seal(store, kNewPhone));
    Transaction transaction(store.database());
    QCOMPARE(customers.update(customerId, {{QStringLiteral("phone"), kNewPhone}},
                              row->value(QStringLiteral("version")).toInt()),
             CustomerRepository::UpdateResult::Failed);
    QVERIFY(!customers.errorString().isEmpty());
    transaction.rollback();

    const AuthService::Result teller = AuthService(store).signIn(QStringLiteral("teller"), test::kPassword);
    QVERIFY(teller.session);
    QCOMPARE(customers.details(customerId)->value(QStringLiteral("phone")).toString(), kPhone);
    AuthService(store).signOut(*teller.session);
    QCOMPARE(customers.details(customerId)->value(QStringLiteral("phone")).toString(), QString());
}

void tst_FieldEncryption::userWithoutSlotIsRefused()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("noslot.db"))));
    const test::SmallBranch branch = test::makeSmallBranch(store);
    store.lockFields();
    // As if pulled from the server: a user row with a password hash but no key slot here.
    StaffUser pulled;
    pulled.branchId = branch.branchId;
    pulled.username = QStringLiteral("pulled");
    pulled.displayName = QStringLiteral("钱同步");
    pulled.role = StaffRole::WealthManager;
    pulled.passwordHash = PasswordHasher::hash(test::kPassword);
    {
        Transaction transaction(store.database());
        QVERIFY(StaffRepository(store).insert(pulled));
        QVERIFY(transaction.commit());
    }
    const AuthService::Result refused = AuthService(store).signIn(QStringLiteral("pulled"), test::kPassword);
    QCOMPARE(refused.outcome, AuthService::Outcome::Failed);
    QVERIFY(!refused.session);
    QVERIFY(refused.message.contains(QLatin1String("administrator")));
    QVERIFY(!store.fieldKeys());

    // An administrator setting the password here gives the user a key slot.
    const AuthService::Result admin = AuthService(store).signIn(QStringLiteral("admin"), test::kPassword);
    QVERIFY(admin.session);
    UserAdministration users(store, &*admin.session);
    QVERIFY(users.setPassword(QStringLiteral("pulled"), QStringLiteral("pulled-password")));
    store.lockFields();
    QVERIFY(AuthService(store).signIn(QStringLiteral("pulled"), QStringLiteral("pulled-password")).session);
}

void tst_FieldEncryption::oldPlainFileIsEncryptedAtAdministratorSignIn()
{
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    Store store;
    QVERIFY(store.open(path));
    // A file from before encryption: users and customers in clear, no data key.
    Branch branchRow{{}, QStringLiteral("310102"), QStringLiteral("老支行"), QStringLiteral("上海"), {}};
    StaffUser admin;
    StaffUser teller;
    {
        Transaction transaction(store.database());
        QVERIFY(BranchRepository(store).insert(branchRow));
        for (auto [user, name, role] : {std::tuple{&admin, "admin", StaffRole::Admin},
                                        std::tuple{&teller, "teller", StaffRole::Teller}}) {
            user->branchId = branchRow.id;
            user->username = QString::fromLatin1(name);
            user->displayName = QString::fromLatin1(name);
            user->role = role;
            user->passwordHash = PasswordHasher::hash(test::kPassword);
            QVERIFY(StaffRepository(store).insert(*user));
        }
        QVERIFY(transaction.commit());
    }
    QVERIFY(test::addCustomer(store, QStringLiteral("01907c2a-3333-7000-8000-0000000000aa"),
                              branchRow.id, QStringLiteral("C31020000001"), QStringLiteral("李四"),
                              kIdNumber, kPhone, 100, QStringLiteral("ordinary"), QString()));
    QVERIFY(CustomerSearchIndex(store).rebuild());
    QVERIFY(!store.fieldsEncrypted());
    QCOMPARE(CustomerRepository(store).find(QStringLiteral("8000")).size(), 1);

    // A teller's sign-in leaves it as it is (nobody could give the others their keys).
    const AuthService::Result tellerIn = AuthService(store).signIn(QStringLiteral("teller"), test::kPassword);
    QVERIFY(tellerIn.session);
    QVERIFY(!store.fieldsEncrypted());
    AuthService(store).signOut(*tellerIn.session);

    // The administrator's sign-in makes the key and seals what was there.
    const AuthService::Result adminIn = AuthService(store).signIn(QStringLiteral("admin"), test::kPassword);
    QVERIFY2(adminIn.session, qPrintable(adminIn.message));
    QVERIFY(store.fieldsEncrypted());
    QCOMPARE(CustomerRepository(store).find(QStringLiteral("138000")).size(), 1);
    QCOMPARE(CustomerRepository(store).find(kIdNumber).first().phone, kPhone);
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    QVERIFY(!bytes.contains(kPhone.toUtf8()));
    QVERIFY(!bytes.contains(kIdNumber.toUtf8()));
    QVERIFY(!bytes.contains(reversed(kPhone).toUtf8()));
    QVERIFY(!bytes.contains(kAddress.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_FieldEncryption)
#include "tst_field_encryption.moc"
