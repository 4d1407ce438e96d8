// Sign-in per role (issue #15 item 20): from the password check (SignInDialog's
// credentialsAccepted) to
//   shown   - the main window with the role's workspace is shown,
//   usable  - the GUI thread answers its event queue again (a posted event runs),
//   filled  - every figure of the workspace is in (Workspace::isLoading() false) and the
//             sign-in's background care plan is done,
// and the longest stall of the GUI thread from shown to filled (a 5 ms heartbeat timer):
// a frozen window shows as a long stall; "check stall" is the longest within the click itself
// (the password check). Every role, the administrator too, and the changes each role's
// sign-ins left waiting for sync (#15 item 3: planning alone must not fill the outbox). On a
// kept file (BRANCHDESK_BENCH_DB) the first sign-in (the branch head's) is timed apart, from
// opening the file: an older file's migrations and upgrade are in it. Median of BRANCHDESK_BENCH_ROUNDS (default 3) sign-ins
// through the real dialog of a real Workstation, offscreen. For the branch head the ratio of
// "filled" to the overview's SQL stepped through the sqlite3 C API. Branch as in
// BenchBranch.h (BRANCHDESK_BENCH_CUSTOMERS, default 20000, or BRANCHDESK_BENCH_DB).
// The care plan's line on the wealth manager's Today ("Preparing your care plan: N %"): each
// move it made, and the longest time it stood still, per sign-in. BRANCHDESK_BENCH_REPLAN=1
// forgets the day's plan marks before each sign-in (every sign-in plans the book in full, as
// the first of a day does), =2 also the kept birth dates (a book's first plan ever);
// BRANCHDESK_BENCH_SCREENSHOT=<png> keeps the window once while the line is at 5-84 %, in
// the language of BRANCHDESK_BENCH_LANG (zh_CN, en) at 1366x768.
// For the wealth manager, after the sign-ins: each part of the desk's figures (the
// opportunities, Today's ranking, care tasks due, money arriving, the book, its next
// maturities, the book figures) timed alone on the calling thread, twice.
#include "BenchBranch.h"
#include "app/services/calls/ManagerDay.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/opportunities/OpportunityBoard.h"
#include "database/workspaces/WealthManagerDeskQueries.h"
#include "translations/LanguageSetup.h"
#include "ui/calls/CustomerBookModel.h"
#include "ui/calls/BackgroundCarePlan.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/StoreOpening.h"
#include "ui/shell/WealthManagerWorkspace.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/Workstation.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

using namespace bd;

namespace {

struct SignInTimes
{
    double shownMs = 0;
    double usableMs = 0;
    double filledMs = 0;
    double stallMs = 0;
    double checkStallMs = 0; // the longest stall from the click to the window shown
    // The two parts of "filled" (issue #15: which one keeps a role waiting): the workspace's
    // figures in, and the sign-in's background care plan done.
    double figuresMs = -1;
    double carePlanMs = -1;
    // The care plan's line: each percent it showed and when (ms from the password check),
    // and the longest it stood still between two of them (or the last and the plan's end).
    QStringList planMoves;
    double planStillMs = 0;
    QString planStillAt; // "from -> to"
};

bool stillLoading(Workstation &workstation)
{
    MainWindow *window = workstation.mainWindow();
    const QVariant loading = window ? window->workspace()->property("loading") : QVariant();
    return (loading.isValid() && loading.toBool()) || workstation.carePlan()->isRunning();
}

// Once per run: the window kept as a picture while the care plan's line is under way.
void keepScreenshot(MainWindow *window, int percent)
{
    static bool kept = false;
    const QString path = qEnvironmentVariable("BRANCHDESK_BENCH_SCREENSHOT");
    if (kept || path.isEmpty() || !window || percent < 5 || percent >= 85)
        return;
    auto *line = window->findChild<QLabel *>(QStringLiteral("carePlanProgress"));
    if (!line || !line->isVisible())
        return;
    kept = window->grab().save(path);
    std::fprintf(stderr, "screenshot at %d %% (%s): %s\n", percent, qPrintable(line->text()),
                 kept ? qPrintable(path) : "not saved");
}

std::optional<SignInTimes> signInOnce(const QString &path, const QString &user,
                                      const QString &password)
{
    StoreOpening opening = openWorkstationStore(path);
    if (!opening.ok())
        return std::nullopt;
    Workstation workstation(std::move(opening.store));
    workstation.start();
    SignInDialog *dialog = workstation.signInDialog();
    auto *userName = dialog->findChild<QLineEdit *>(QStringLiteral("userNameField"));
    auto *passwordField = dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    if (!userName || !passwordField || !button)
        return std::nullopt;
    userName->setText(user);
    passwordField->setText(password);

    SignInTimes times;
    QElapsedTimer clock;
    QObject::connect(dialog, &SignInDialog::credentialsAccepted, dialog, [&] { clock.start(); });
    // Connected after the workspace's own line (Workstation's constructor): the line reads
    // `percent` when this runs.
    double lastMove = -1;
    QString lastPercent;
    const auto planStill = [&](double now, const QString &to) {
        if (lastMove >= 0 && now - lastMove > times.planStillMs) {
            times.planStillMs = now - lastMove;
            times.planStillAt = lastPercent + QStringLiteral(" -> ") + to;
        }
    };
    QObject::connect(workstation.carePlan(), &BackgroundCarePlan::progressed, dialog, [&](int percent) {
        const double now = clock.isValid() ? clock.nsecsElapsed() / 1e6 : 0;
        planStill(now, QStringLiteral("%1 %").arg(percent));
        lastMove = now;
        lastPercent = QStringLiteral("%1 %").arg(percent);
        times.planMoves << QStringLiteral("%1 %@%2").arg(percent).arg(now, 0, 'f', 0);
        keepScreenshot(workstation.mainWindow(), percent);
    });
    // The click's own stalls: the password check, and an old file's upgrade (which runs
    // behind a progress window on a worker, so the timer goes on beating).
    QElapsedTimer sinceClick;
    double lastClickBeat = 0;
    QTimer checkBeat;
    checkBeat.setInterval(5);
    QObject::connect(&checkBeat, &QTimer::timeout, [&] {
        const double now = sinceClick.nsecsElapsed() / 1e6;
        times.checkStallMs = std::max(times.checkStallMs, now - lastClickBeat);
        lastClickBeat = now;
    });
    sinceClick.start();
    checkBeat.start();
    QTest::mouseClick(button, Qt::LeftButton); // returns once the window is made and shown
    if (workstation.mainWindow())
        workstation.mainWindow()->resize(1366, 768); // the smallest screen staff have
    checkBeat.stop();
    times.checkStallMs = std::max(times.checkStallMs, sinceClick.nsecsElapsed() / 1e6 - lastClickBeat);
    if (!clock.isValid() || !workstation.mainWindow())
        return std::nullopt;
    times.shownMs = clock.nsecsElapsed() / 1e6;

    bool answered = false;
    QTimer::singleShot(0, [&] {
        answered = true;
        times.usableMs = clock.nsecsElapsed() / 1e6;
    });
    double lastBeat = times.shownMs;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        times.stallMs = std::max(times.stallMs, now - lastBeat);
        lastBeat = now;
    });
    heartbeat.start();
    QElapsedTimer limit;
    limit.start();
    const auto noteParts = [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        MainWindow *window = workstation.mainWindow();
        const QVariant loading = window ? window->workspace()->property("loading") : QVariant();
        if (times.figuresMs < 0 && !(loading.isValid() && loading.toBool()))
            times.figuresMs = now;
        if (times.carePlanMs < 0 && !workstation.carePlan()->isRunning()) {
            times.carePlanMs = now;
            planStill(now, QStringLiteral("done"));
        }
    };
    while ((!answered || stillLoading(workstation)) && limit.elapsed() < 600000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        noteParts();
    }
    noteParts();
    times.filledMs = clock.nsecsElapsed() / 1e6;
    times.stallMs = std::max(times.stallMs, times.filledMs - lastBeat);
    return times;
}

// The branch head's overview figures (BranchHeadDeskQueries) stepped through the C API.
double rawBranchHeadOverviewMs(Store &store, const QString &branchId)
{
    static const char *const statements[] = {
            "SELECT tier, SUM(customers), SUM(aum_fen) FROM customer_figure WHERE branch_id = ?1 "
            "GROUP BY tier",
            "SELECT tier, SUM(customers) FROM customer_figure WHERE branch_id = ?1 GROUP BY tier",
            "SELECT COUNT(*) FROM referral WHERE branch_id = ?1 AND deleted = 0 "
            "AND status IN ('logged', 'accepted', 'contacted', 'met')",
            "SELECT u.username, u.display_name, u.role, "
            "(SELECT COALESCE(SUM(f.customers), 0) FROM customer_figure f WHERE f.manager_id = u.id), "
            "(SELECT COUNT(*) FROM call_task t WHERE t.assigned_to = u.id AND t.status = 'open' "
            "AND t.deleted = 0), "
            "(SELECT COUNT(*) FROM referral r WHERE r.referred_to = u.id "
            "AND r.status IN ('logged', 'accepted', 'contacted', 'met') AND r.deleted = 0) "
            "FROM staff_user u WHERE u.branch_id = ?1 AND u.deleted = 0 AND u.active = 1"};
    sqlite3 *db = Store::nativeHandle(store.database());
    const QByteArray branch = branchId.toUtf8();
    QElapsedTimer timer;
    timer.start();
    for (const char *sql : statements) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return -1;
        sqlite3_bind_text(statement, 1, branch.constData(), int(branch.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW) {
        }
        sqlite3_finalize(statement);
    }
    return timer.nsecsElapsed() / 1e6;
}

// The wealth manager's desk figures part by part, as WealthManagerWorkspace reads them on its
// workers (the opportunities on their own, then the desk's one read), each timed alone on the
// calling thread: which part keeps "figures" waiting (issue #15 item 20).
QStringList wealthManagerDeskParts(Store &store, const Session &session)
{
    const QDate today = localToday(systemCallClock());
    const WealthManagerDeskQueries queries(store);
    const QString me = session.user.id;
    QStringList parts;
    QElapsedTimer timer;
    const auto timed = [&](const QString &name, const std::function<qsizetype()> &read) {
        timer.start();
        const qsizetype rows = read();
        parts << QStringLiteral("%1 %2 ms (%3 rows)")
                         .arg(name)
                         .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1)
                         .arg(rows);
    };
    timed(QStringLiteral("opportunities"), [&] {
        return OpportunityBoard(store, session).open().valueOr({}).size();
    });
    timed(QStringLiteral("Today's ranking"),
          [&] { return ManagerDay(store, session).today().size(); });
    timed(QStringLiteral("care tasks due"), [&] {
        return queries.careTasksDue(me, today.addDays(WealthManagerWorkspace::kCareDays)).size();
    });
    timed(QStringLiteral("money arriving"), [&] {
        return queries.moneyArriving(me, today, today.addDays(WealthManagerWorkspace::kArrivalDays))
                .size();
    });
    QList<CustomerSummary> book;
    timed(QStringLiteral("book"), [&] {
        book = CustomerService(store, session).myCustomers().valueOr({});
        return book.size();
    });
    timed(QStringLiteral("next maturities"), [&] {
        return queries.nextMaturities(customerIdsOf(book), today).size();
    });
    timed(QStringLiteral("book figures"),
          [&] { return qsizetype(queries.bookFigures(me).customers); });
    return parts;
}

// BRANCHDESK_BENCH_REPLAN: the day's plan marks forgotten (1), and the kept birth dates too
// (2), so that the next sign-in plans its book as the first of a day, or of a book, does.
// Empty when done or not asked for; otherwise what went wrong.
QString forgetPlans(Store &store)
{
    const int replan = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_REPLAN");
    QStringList statements;
    if (replan >= 1)
        statements << QStringLiteral("DELETE FROM app_setting WHERE key LIKE 'care_plan.%'");
    if (replan >= 2)
        statements << QStringLiteral("DELETE FROM customer_birthday");
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery query(store.database());
        if (!query.exec(sql))
            return sql + QStringLiteral(": ") + query.lastError().text();
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no window state of a real user
    if (qEnvironmentVariableIsSet("BRANCHDESK_BENCH_LANG"))
        LanguageSetup::install(app, qEnvironmentVariable("BRANCHDESK_BENCH_LANG"));
    QTextStream out(stdout);
    const QString given = qEnvironmentVariable("BRANCHDESK_BENCH_DB");
    if (!given.isEmpty() && QFileInfo::exists(given)) {
        // A kept file, maybe an older one: its upgrade (migrations on open, sealing at the
        // first sign-in of a key holder) is timed as staff would meet it, through the dialog.
        QElapsedTimer upgrade;
        upgrade.start();
        for (const auto &account : DemoBranchGenerator::demoAccounts()) {
            if (account.role != QLatin1String("branch_head"))
                continue;
            const auto first = signInOnce(given, account.username, account.password);
            if (!first) {
                std::fprintf(stderr, "cannot sign in %s\n", qPrintable(account.username));
                return 1;
            }
            out << QStringLiteral("first sign-in (open, migrations, any upgrade, branch head's "
                                  "workspace filled): %1 s; longest stall of the GUI thread in "
                                  "the sign-in's click %2 ms, after it %3 ms")
                            .arg(upgrade.elapsed() / 1000.0, 0, 'f', 1)
                            .arg(first->checkStallMs, 0, 'f', 0)
                            .arg(first->stallMs, 0, 'f', 0)
                << Qt::endl;
            break;
        }
    }
    bench::Branch branch;
    if (!bench::openBranch(branch, out))
        return 1;
    const auto waitingChanges = [&branch] {
        QSqlQuery query(branch.store.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE pushed_at IS NULL "
                                         "AND refused_reason IS NULL"))
                        && query.next()
                ? query.value(0).toLongLong()
                : -1;
    };
    const qint64 waitingAtStart = waitingChanges();
    out << "changes waiting for sync before the sign-ins: " << waitingAtStart << Qt::endl;
    const int rounds = qEnvironmentVariableIsSet("BRANCHDESK_BENCH_ROUNDS")
            ? std::max(1, qEnvironmentVariableIntValue("BRANCHDESK_BENCH_ROUNDS"))
            : 3;
    out << "sign-in to a usable workspace, " << branch.customers << " customers, median of "
        << rounds << " (ms from the password check)" << Qt::endl;
    out << "role                shown   usable   filled  longest stall  check stall  +waiting"
           "  figures  care plan"
        << Qt::endl;
    // BRANCHDESK_BENCH_ROLES=wealth_manager,branch_head: only these roles (a 1M run of one
    // role takes a minute, of all of them several).
    const QStringList onlyRoles = qEnvironmentVariable("BRANCHDESK_BENCH_ROLES")
                                          .split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = true;
    QStringList seen;
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (seen.contains(account.role) || (!onlyRoles.isEmpty() && !onlyRoles.contains(account.role)))
            continue;
        seen << account.role;
        const qint64 waitingBefore = waitingChanges();
        std::vector<double> shown, usable, filled, stall, checkStall, figures, carePlan;
        QStringList eachRound, planLines;
        for (int round = 0; round < rounds; ++round) {
            if (const QString forgotten = forgetPlans(branch.store); !forgotten.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(forgotten));
                return 1;
            }
            const auto times = signInOnce(branch.path, account.username, account.password);
            if (!times) {
                std::fprintf(stderr, "cannot sign in %s\n", qPrintable(account.username));
                ok = false;
                break;
            }
            shown.push_back(times->shownMs);
            usable.push_back(times->usableMs);
            filled.push_back(times->filledMs);
            stall.push_back(times->stallMs);
            checkStall.push_back(times->checkStallMs);
            figures.push_back(times->figuresMs);
            carePlan.push_back(times->carePlanMs);
            eachRound << QStringLiteral("%1 (figures %2, care plan %3)")
                                 .arg(times->filledMs, 0, 'f', 0)
                                 .arg(times->figuresMs, 0, 'f', 0)
                                 .arg(times->carePlanMs, 0, 'f', 0);
            if (!times->planMoves.isEmpty())
                planLines << QStringLiteral("  care plan line, sign-in %1: stood still at most %2 ms "
                                            "(%3); moves (%, ms): %4")
                                     .arg(round + 1)
                                     .arg(times->planStillMs, 0, 'f', 0)
                                     .arg(times->planStillAt, times->planMoves.join(QLatin1Char(' ')));
        }
        if (shown.empty())
            continue;
        // Changes a role's sign-ins (planning included) left for sync: only planning and
        // reading, so none should pile up.
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(account.role, -16)
                        .arg(bench::percentile(shown, 0.5), 8, 'f', 0)
                        .arg(bench::percentile(usable, 0.5), 8, 'f', 0)
                        .arg(bench::percentile(filled, 0.5), 8, 'f', 0)
                        .arg(bench::percentile(stall, 0.5), 14, 'f', 0)
                        .arg(bench::percentile(checkStall, 0.5), 12, 'f', 0)
                        .arg(waitingChanges() - waitingBefore, 9)
                        .arg(bench::percentile(figures, 0.5), 8, 'f', 0)
                        .arg(bench::percentile(carePlan, 0.5), 10, 'f', 0)
            << Qt::endl;
        // The first sign-in of a role may differ (a book's birthdays are opened once).
        out << "  filled per sign-in, in order: " << eachRound.join(QStringLiteral("; "))
            << Qt::endl;
        for (const QString &line : std::as_const(planLines))
            out << line << Qt::endl;
        if (account.role == QLatin1String("wealth_manager")) {
            // Twice: the first read after the sign-ins may find pages the sign-ins did not.
            const auto session
                    = AuthService(branch.store).signIn(account.username, account.password).session;
            for (int pass = 1; session && pass <= 2; ++pass)
                out << "  desk figures on the calling thread, pass " << pass << ": "
                    << wealthManagerDeskParts(branch.store, *session).join(QStringLiteral("; "))
                    << Qt::endl;
        }
        if (account.role == QLatin1String("branch_head") && !filled.empty()) {
            std::vector<double> raw;
            for (int round = 0; round < rounds; ++round)
                raw.push_back(rawBranchHeadOverviewMs(branch.store, branch.session->branch.id));
            const double rawMs = bench::percentile(raw, 0.5);
            out << QStringLiteral("  branch head overview SQL on the raw engine: %1 ms; "
                                  "filled / raw = %2x")
                            .arg(rawMs, 0, 'f', 1)
                            .arg(rawMs > 0 ? bench::percentile(filled, 0.5) / rawMs : 0, 0, 'f', 1)
                << Qt::endl;
        }
    }
    out << "changes waiting for sync after the sign-ins: " << waitingChanges() << " (+"
        << waitingChanges() - waitingAtStart << ")" << Qt::endl;
    return ok ? 0 : 1;
}
