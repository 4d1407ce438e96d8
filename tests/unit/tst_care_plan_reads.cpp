// The care plan and the wealth manager's money arriving read only what they need (issue #15
// item 20, migration 0044): the birthdays of a window through the day tokens of the kept
// entries, the maturities and fund arrivals of a window through indexes that carry what is
// filtered on. On a demo branch the tasks planned are the same, one by one, as planned by
// walking the whole book each time, and the window's maturities and money arriving are the
// same as the statements before 0044 give; the query plans use the indexes (a plan that lost
// one reads every customer of a 1M branch, seconds, and a small test file cannot show it).
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/TableWalks.h"
#include "../common/TestSql.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/calls/CarePlanner.h"
#include "app/services/staff/AuthService.h"
#include "database/calls/BirthdayBook.h"
#include "database/calls/CallQueries.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/workspaces/WealthManagerDeskQueries.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_CarePlanReads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSameTasksAsAWalkOfTheWholeBook();
    void theSameMaturitiesAndMoneyAsBefore();
    void theWindowsAreReadThroughTheirIndexes();
    void noDayTokenGroupGivesItsDayAway();
    void theTwentyNinthOfFebruaryIsLookedUpOnItsDay();

private:
    static Session signIn(Store &store);
    static QString exec(Store &store, const QString &sql, const QVariantList &values = {});
    static QStringList careTasks(Store &store);
    QDate today() const { return QDate::currentDate(); }

    QTemporaryDir m_dir;
    Store m_walked; // every plan walks the whole book (the book row taken away first)
    Store m_lookedUp; // the plans look the window up after the first
    Session m_manager;
    Session m_managerB;
};

Session tst_CarePlanReads::signIn(Store &store)
{
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (account.role != QLatin1String("wealth_manager"))
            continue;
        const AuthService::Result result
                = AuthService(store).signIn(account.username, account.password);
        if (!result.session)
            qFatal("cannot sign in %s: %s", qPrintable(account.username),
                   qPrintable(result.message));
        return *result.session;
    }
    qFatal("no wealth manager among the demo accounts");
}

// Empty when done; otherwise why not.
QString tst_CarePlanReads::exec(Store &store, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() ? QString() : sql + QStringLiteral(": ") + query.lastError().text();
}

// Every care task as "customer|kind|due|staff|status|note", the note opened, in order.
QStringList tst_CarePlanReads::careTasks(Store &store)
{
    QStringList tasks;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT customer_id, kind, due_on, staff_id, status, note "
                                   "FROM care_task ORDER BY customer_id, kind, due_on")))
        return { query.lastError().text() };
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < 5; ++i)
            cells << query.value(i).toString();
        cells << SensitiveColumns::open(store, query.value(5));
        tasks << cells.join(QLatin1Char('|'));
    }
    return tasks;
}

void tst_CarePlanReads::initTestCase()
{
    const QString walked = m_dir.filePath(QStringLiteral("walked.db"));
    QVERIFY_RESULT(test::openDemoBranch(m_walked, walked, 1200));
    const QString copy = m_dir.filePath(QStringLiteral("looked-up.db"));
    QCOMPARE(exec(m_walked, QStringLiteral("VACUUM INTO ?"), { copy }), QString());
    QVERIFY_RESULT(m_lookedUp.open(copy));
    m_manager = signIn(m_walked);
    m_managerB = signIn(m_lookedUp);
    QCOMPARE(m_manager.user.id, m_managerB.user.id);
    const auto keys = m_lookedUp.fieldKeys();
    QVERIFY(keys && keys->canOpenIdentifiers()); // a wealth manager opens birth dates
}

void tst_CarePlanReads::theSameTasksAsAWalkOfTheWholeBook()
{
    const QStringList tasksBefore = careTasks(m_walked);
    QCOMPARE(careTasks(m_lookedUp), tasksBefore);
    // A plan every 23 days through a year, the day's marks forgotten each time (every plan
    // reads). The same customers are changed on both files between plans: a birth date
    // written (a pending entry), a customer of another book given to this manager.
    int birthdays = 0;
    int lookedUp = 0;
    QSqlQuery others(m_walked.database());
    QVERIFY(others.exec(QStringLiteral("SELECT id FROM customer WHERE manager_id <> '%1' "
                                       "AND deleted = 0 ORDER BY id LIMIT 20")
                                .arg(m_manager.user.id)));
    QStringList otherBook;
    while (others.next())
        otherBook << others.value(0).toString();
    QVERIFY(otherBook.size() >= 16);
    for (int step = 0; step < 16; ++step) {
        const QDate day = today().addDays(23 * step);
        const CallClock clock = [day] {
            return QDateTime(day, QTime(9, 0));
        };
        if (step % 3 == 1) {
            // Born a few days after the plan's day: its birthday is in the window.
            const QDate birth(1970, day.addDays(3).month(), day.addDays(3).day());
            for (Store *store : { &m_walked, &m_lookedUp }) {
                const QVariant sealed
                        = SensitiveColumns::sealColumn(*store, QStringLiteral("customer"),
                                                       QStringLiteral("birth_date"),
                                                       birth.toString(Qt::ISODate))
                                  .value_or(QVariant());
                QCOMPARE(exec(*store,
                              QStringLiteral("UPDATE customer SET birth_date = ? WHERE id = ?"),
                              { sealed, otherBook.at(step) }),
                         QString());
                QCOMPARE(exec(*store,
                              QStringLiteral("UPDATE customer SET manager_id = ? WHERE id = ?"),
                              { m_manager.user.id, otherBook.at(step + 1) }),
                         QString());
            }
        }
        for (Store *store : { &m_walked, &m_lookedUp })
            QCOMPARE(exec(*store,
                          QStringLiteral("DELETE FROM app_setting WHERE key LIKE 'care_plan.%'")),
                     QString());
        QCOMPARE(exec(m_walked,
                      QStringLiteral("DELETE FROM customer_birthday "
                                     "WHERE customer_id LIKE '#book:%'")),
                 QString());
        const QStringList statements = test::statementsRunBy(m_lookedUp, [&] {
            const CarePlanner::Report b = CarePlanner(m_lookedUp, m_managerB, clock).planMine();
            QVERIFY2(b.ok, qPrintable(b.problem));
        });
        if (statements.filter(QStringLiteral("customer_birthday_day")).size() > 0)
            ++lookedUp;
        const CarePlanner::Report a = CarePlanner(m_walked, m_manager, clock).planMine();
        QVERIFY2(a.ok, qPrintable(a.problem));
        birthdays += a.birthdays;
    }
    qInfo() << "birthday tasks planned:" << birthdays
            << "plans that looked the window up:" << lookedUp;
    QVERIFY(birthdays >= 10); // the comparison below has birthdays in it
    QCOMPARE(lookedUp, 15); // all but the first plan of the copy
    const QStringList walkedTasks = careTasks(m_walked);
    const QStringList lookedUpTasks = careTasks(m_lookedUp);
    QVERIFY(walkedTasks.size() > tasksBefore.size());
    for (qsizetype i = 0; i < std::min(walkedTasks.size(), lookedUpTasks.size()); ++i)
        QCOMPARE(lookedUpTasks.at(i), walkedTasks.at(i));
    QCOMPARE(lookedUpTasks.size(), walkedTasks.size());
}

void tst_CarePlanReads::theSameMaturitiesAndMoneyAsBefore()
{
    // The statements before migration 0044, stepped here as the reference.
    const QString branchId = m_manager.branch.id;
    const QString me = m_manager.user.id;
    int compared = 0;
    for (int step = 0; step < 12; ++step) {
        const QDate first = today().addDays(30 * step);
        const QDate until = first.addDays(CarePlanner::kMaturityWindowDays);
        for (const QString &managerId : { me, QString() }) {
            // One entry per customer and day, its products in table order, amounts summed.
            QStringList before;
            QSqlQuery old(m_walked.database());
            old.prepare(QStringLiteral(
                    "SELECT h.customer_id, COALESCE(c.manager_id, ''), h.maturity_date, "
                    "h.product_name, h.amount_fen FROM holding h JOIN customer c ON c.id = "
                    "h.customer_id "
                    "WHERE c.deleted = 0 AND c.branch_id = ? AND h.status = 'active' "
                    "AND h.deleted = 0 AND h.product_family <> 'loan' "
                    "AND h.maturity_date BETWEEN ? AND ? AND (COALESCE(?, '') = '' OR c.manager_id "
                    "= ?) "
                    "ORDER BY h.customer_id, h.maturity_date, h.rowid"));
            for (const QVariant &value :
                 QVariantList { branchId, SqlTime::date(first), SqlTime::date(until), managerId,
                                managerId })
                old.addBindValue(value);
            QVERIFY2(old.exec(), qPrintable(old.lastError().text()));
            QString entry;
            QStringList products;
            qint64 amount = 0;
            const auto close = [&] {
                if (!entry.isEmpty())
                    before << entry + products.join(QStringLiteral("; ")) + QLatin1Char('|')
                                    + QString::number(amount);
            };
            while (old.next()) {
                const QString key = QStringLiteral("%1|%2|%3|")
                                            .arg(old.value(0).toString(), old.value(1).toString(),
                                                 old.value(2).toString());
                if (key != entry) {
                    close();
                    entry = key;
                    products.clear();
                    amount = 0;
                }
                products << old.value(3).toString();
                amount += old.value(4).toLongLong();
            }
            close();
            QStringList now;
            for (const MaturityDue &m :
                 CallQueries(m_walked).maturities(branchId, managerId, first, until))
                now << QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(m.customerId, m.managerId, SqlTime::date(m.on), m.products,
                                     QString::number(m.amount.fen()));
            QCOMPARE(now, before);
            compared += now.size();
        }
        // Money arriving, as the desk read it before 0044.
        QStringList before;
        QSqlQuery old(m_walked.database());
        old.prepare(QStringLiteral(R"(
            SELECT h.maturity_date, c.name, 'maturity', h.product_name, h.amount_fen
            FROM holding h JOIN customer c ON c.id = h.customer_id
            WHERE c.deleted = 0 AND c.manager_id = ? AND h.status = 'active' AND h.deleted = 0
              AND h.product_family <> 'loan' AND h.maturity_date BETWEEN ? AND ?
            UNION ALL
            SELECT f.expected_on, c.name, f.source, f.note, f.amount_fen
            FROM fund_arrival f JOIN customer c ON c.id = f.customer_id
            WHERE c.deleted = 0 AND c.manager_id = ? AND f.status = 'expected' AND f.deleted = 0
              AND f.expected_on BETWEEN ? AND ?
              AND NOT (f.source = 'maturity' AND EXISTS (
                  SELECT 1 FROM holding m WHERE m.customer_id = f.customer_id
                  AND m.maturity_date = f.expected_on AND m.status = 'active' AND m.deleted = 0))
            ORDER BY 1, 5 DESC, 2, 4 LIMIT 500)"));
        for (const QVariant &value :
             QVariantList { me, SqlTime::date(first), SqlTime::date(until), me,
                            SqlTime::date(first), SqlTime::date(until) })
            old.addBindValue(value);
        QVERIFY2(old.exec(), qPrintable(old.lastError().text()));
        while (old.next())
            before << QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(old.value(0).toString(), old.value(1).toString(),
                                   old.value(2).toString(),
                                   SensitiveColumns::open(m_walked, old.value(3)),
                                   old.value(4).toString());
        QStringList now;
        for (const MoneyArrivalLine &line :
             WealthManagerDeskQueries(m_walked).moneyArriving(me, first, until))
            now << QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(SqlTime::date(line.on), line.customerName, line.source,
                                 line.productName, QString::number(line.amount.fen()));
        // Rows of one day and amount come in either order: compared as sets of the same size.
        before.sort();
        now.sort();
        QCOMPARE(now, before);
        compared += now.size();
    }
    QVERIFY2(compared >= 50, qPrintable(QString::number(compared)));
}

void tst_CarePlanReads::theWindowsAreReadThroughTheirIndexes()
{
    // Planned as for a 1,000,000-customer branch (a small file's plan is whatever is quickest
    // on a few rows). Before 0044: holding_maturity held the date only (every holding of the
    // window read as a row), and no index found a birthday (every customer of the book walked).
    QVERIFY(test::planAsForALargeBranch(m_lookedUp, QStringLiteral("customer"), 1000000));
    QVERIFY(test::planAsForALargeBranch(m_lookedUp, QStringLiteral("holding"), 3000000));
    const auto cleanStats = qScopeGuard([this] {
        QSqlQuery(m_lookedUp.database()).exec(QStringLiteral("DELETE FROM sqlite_stat1"));
        QSqlQuery(m_lookedUp.database()).exec(QStringLiteral("ANALYZE sqlite_schema"));
    });
    const QString me = m_managerB.user.id;
    const QStringList statements = test::statementsRunBy(m_lookedUp, [&] {
        CallQueries(m_lookedUp).maturities(m_managerB.branch.id, me, today(), today().addDays(14));
        WealthManagerDeskQueries(m_lookedUp).moneyArriving(me, today(), today().addDays(30));
        BirthdayBook(m_lookedUp).between(m_managerB.branch.id, me, today(), today().addDays(7));
        CallQueries(m_lookedUp).openedSince(m_managerB.branch.id, me, today().addDays(-90));
    });
    QStringList steps;
    for (const QString &sql : statements) {
        if (sql.contains(QLatin1String("holding"))
            || sql.contains(QLatin1String("customer_birthday"))
            || sql.contains(QLatin1String("opened_on >=")))
            steps << test::planSteps(m_lookedUp, sql);
    }
    const QString all = steps.join(QLatin1Char('\n'));
    qInfo().noquote() << all;
    const auto uses = [&steps](const QString &step) {
        return steps.filter(step).size();
    };
    // Maturities of the care plan and of money arriving: a range of days in the index that
    // carries status, family and customer, each customer looked up by id in the index that
    // carries branch, manager and the deleted flag.
    QVERIFY2(uses(QStringLiteral(
                     "SEARCH h USING INDEX holding_maturity (maturity_date>? AND maturity_date<?)"))
                     == 2,
             qPrintable(all));
    QVERIFY2(uses(QStringLiteral(
                     "SEARCH f USING INDEX fund_arrival_date (expected_on>? AND expected_on<?)"))
                     == 1,
             qPrintable(all));
    QVERIFY2(uses(QStringLiteral(
                     "customer_tier_of_id (id=? AND branch_id=? AND deleted=? AND manager_id=?)"))
                     >= 5,
             qPrintable(all));
    // Birthdays: the window's day tokens, and the book's pending entries.
    QVERIFY2(uses(QStringLiteral(
                     "SEARCH b USING COVERING INDEX customer_birthday_day (day_token=?)"))
                     == 1,
             qPrintable(all));
    QVERIFY2(uses(QStringLiteral("SEARCH b USING INDEX customer_birthday_to_open (branch_id=? AND "
                                 "manager_id=?)"))
                     == 1,
             qPrintable(all));
    // The new customers of the last 90 days: a range of the manager's opening days.
    QVERIFY2(uses(QStringLiteral(
                     "SEARCH c USING INDEX customer_manager_opened (manager_id=? AND opened_on>?)"))
                     == 1,
             qPrintable(all));
    QVERIFY2(steps.filter(QRegularExpression(QStringLiteral("^SCAN (h|c|b|f)\\b"))).isEmpty(),
             qPrintable(all));
}

// The day tokens' groups are what a copy of the file shows (the customer ids, and so their
// buckets, are plain). A book born evenly over four years, one leap year: one customer per
// birth date in each bucket. No token's group may stand out by its size: 29 February's came
// out a quarter of the others', which told who was born on it.
void tst_CarePlanReads::noDayTokenGroupGivesItsDayAway()
{
    const auto keys = m_lookedUp.fieldKeys();
    QVERIFY(keys);
    const auto bucketOf = [](const QString &id) {
        return int(uchar(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256)
                                 .at(0)))
                % BirthdayBook::kBuckets;
    };
    QList<QStringList> idsOfBucket(BirthdayBook::kBuckets); // unused ids, by bucket
    int made = 0;
    const auto takeId = [&](int bucket) {
        while (idsOfBucket[bucket].isEmpty()) {
            const QString id = QStringLiteral("c%1").arg(made++);
            idsOfBucket[bucketOf(id)].append(id);
        }
        return idsOfBucket[bucket].takeLast();
    };
    QHash<QString, int> groupOf;
    for (QDate birth(2000, 1, 1); birth.year() < 2004; birth = birth.addDays(1)) {
        const QString monthDay = birth.toString(QStringLiteral("MM-dd"));
        for (int bucket = 0; bucket < BirthdayBook::kBuckets; ++bucket)
            ++groupOf[BirthdayBook::dayTokenOf(*keys, takeId(bucket), monthDay)];
    }
    QList<int> sizes = groupOf.values();
    std::sort(sizes.begin(), sizes.end());
    const int median = sizes.at(sizes.size() / 2);
    QCOMPARE(median, 4);
    QVERIFY2(sizes.first() * 2 >= median,
             qPrintable(QStringLiteral("a group of %1, median %2").arg(sizes.first()).arg(median)));
}

// 29 February is looked up through 28 February's tokens and still found on its own day: in
// a window of both days, in one from the 29th (a leap year), not in a 28 February that ends
// the window of another year (as the walk counts it: CarePlanner moves it to the 28th).
void tst_CarePlanReads::theTwentyNinthOfFebruaryIsLookedUpOnItsDay()
{
    const QString branchId = m_managerB.branch.id;
    const QString me = m_managerB.user.id;
    QSqlQuery mine(m_lookedUp.database());
    QVERIFY(mine.exec(QStringLiteral("SELECT id FROM customer WHERE manager_id = '%1' "
                                     "AND deleted = 0 ORDER BY id DESC LIMIT 3")
                              .arg(me)));
    QStringList ids;
    while (mine.next())
        ids << mine.value(0).toString();
    QCOMPARE(ids.size(), 3);
    const QStringList births { QStringLiteral("1988-02-29"), QStringLiteral("1990-02-28"),
                               QStringLiteral("1991-03-01") };
    for (int i = 0; i < 3; ++i) {
        const QVariant sealed = SensitiveColumns::sealColumn(m_lookedUp, QStringLiteral("customer"),
                                                             QStringLiteral("birth_date"),
                                                             births.at(i))
                                        .value_or(QVariant());
        QCOMPARE(exec(m_lookedUp, QStringLiteral("UPDATE customer SET birth_date = ? WHERE id = ?"),
                      { sealed, ids.at(i) }),
                 QString());
    }
    BirthdayBook book(m_lookedUp);
    // The first read opens the written dates (pending entries) and keeps them with tokens.
    const BirthdayBook::Window first
            = book.between(branchId, me, QDate(2028, 2, 24), QDate(2028, 3, 2));
    QVERIFY_RESULT(book.remember(first));
    const auto found = [&](const QDate &from, const QDate &until) {
        const BirthdayBook::Window window = book.between(branchId, me, from, until);
        QStringList days;
        for (const CarePlanCustomer &c : window.customers) {
            const int at = int(ids.indexOf(c.customerId));
            if (at >= 0)
                days << QStringLiteral("%1=%2").arg(at).arg(c.birthDate.toString(u"MM-dd"));
        }
        days.sort();
        return days.join(QLatin1Char(' ')) + (window.opened.isEmpty() ? "" : " (opened)")
                + (window.walkedBook.isEmpty() ? "" : " (walked)");
    };
    const QString all = QStringLiteral("0=02-29 1=02-28 2=03-01");
    QCOMPARE(found(QDate(2028, 2, 24), QDate(2028, 3, 2)), all);
    QCOMPARE(found(QDate(2028, 2, 29), QDate(2028, 3, 7)), QStringLiteral("0=02-29 2=03-01"));
    QCOMPARE(found(QDate(2027, 2, 21), QDate(2027, 2, 28)), QStringLiteral("1=02-28"));
    QCOMPARE(found(QDate(2027, 2, 22), QDate(2027, 3, 1)), all);
}

QTEST_GUILESS_MAIN(tst_CarePlanReads)
#include "tst_care_plan_reads.moc"
