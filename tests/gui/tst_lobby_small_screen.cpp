// The lobby manager's walk-in log on a 1366x768 screen (a 1366x720 window), in both languages
// (issue #15): a suggestion of three or more lines keeps clear of the class row below it, and
// every signal check box shows its whole text and an Alt letter, at every moment.
#include "../common/ResultAssert.h"
#include "ScreenTour.h"

#include "app/domain/DomainTerms.h"
#include "translations/LanguageSetup.h"
#include "ui/branchfloor/ObservedSignals.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class tst_LobbySmallScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void longSuggestionKeepsClearOfTheClassRow_data();
    void longSuggestionKeepsClearOfTheClassRow();
    void signalTextsAreWhole_data();
    void signalTextsAreWhole();
    void linkingACustomerKeepsThePanelWidth_data();
    void linkingACustomerKeepsThePanelWidth();

private:
    std::unique_ptr<MainWindow> lobbyWindow(const QString &language);
    static void languages();

    QTemporaryDir m_dir;
    Store m_store;
    Session m_lobby;
};

void tst_LobbySmallScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY_RESULT(m_store.open(m_dir.filePath(QStringLiteral("lobby.db"))));
    QVERIFY(test::ScreenTour::makeDemoBranch(m_store));
    const auto sessions = test::ScreenTour(m_store).signInEveryRole();
    const auto lobby = sessions.find(QStringLiteral("lobby_manager"));
    QVERIFY(lobby != sessions.end());
    m_lobby = lobby->second;
}

void tst_LobbySmallScreen::cleanupTestCase()
{
    LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void tst_LobbySmallScreen::languages()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageSetup::available())
        QTest::newRow(qPrintable(language)) << language;
}

std::unique_ptr<MainWindow> tst_LobbySmallScreen::lobbyWindow(const QString &language)
{
    LanguageSetup::install(*QCoreApplication::instance(), language);
    auto window = std::make_unique<MainWindow>(m_store, m_lobby);
    window->resize(test::kSmallScreenWindow);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void tst_LobbySmallScreen::longSuggestionKeepsClearOfTheClassRow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("ticked");
    QTest::addColumn<bool>("linked"); // a customer with money falling due, reasons of their own
    // The state of docs/screenshots/lobby_signals_two_moments.png (three lines), and more.
    const QStringList twoMoments{QStringLiteral("entering.clothing"),
                                 QStringLiteral("consulting.maturing_soon")};
    const QStringList many = twoMoments
            + QStringList{QStringLiteral("consulting.states_amount"),
                          QStringLiteral("consulting.voucher_amount"),
                          QStringLiteral("entering.companions"), QStringLiteral("entering.brands")};
    for (const QString &language : LanguageSetup::available()) {
        QTest::newRow(qPrintable(language + QStringLiteral(" two moments")))
                << language << twoMoments << false;
        QTest::newRow(qPrintable(language + QStringLiteral(" many signals")))
                << language << many << false;
        QTest::newRow(qPrintable(language + QStringLiteral(" customer with money due")))
                << language << twoMoments << true;
        // The most the column holds: a linked customer's own reasons and six ticked signals.
        QTest::newRow(qPrintable(language + QStringLiteral(" money due, many signals")))
                << language << many << true;
    }
}

void tst_LobbySmallScreen::longSuggestionKeepsClearOfTheClassRow()
{
    QFETCH(QString, language);
    QFETCH(QStringList, ticked);
    QFETCH(bool, linked);
    const auto window = lobbyWindow(language);
    QVERIFY(window);
    auto *log = window->findChild<WalkInLog *>();
    QVERIFY(log);
    log->clear();
    if (linked) {
        QSqlQuery due(m_store.database());
        QVERIFY(due.exec(QStringLiteral(
                "SELECT h.customer_id FROM holding h JOIN customer c ON c.id = h.customer_id "
                "WHERE h.status = 'active' AND h.deleted = 0 AND c.deleted = 0 AND c.tier = 'ordinary' "
                "AND h.maturity_date BETWEEN date('now') AND date('now', '+14 days') "
                "GROUP BY h.customer_id ORDER BY COUNT(*) DESC, c.aum_fen DESC LIMIT 1")));
        QVERIFY(due.next());
        log->linkCustomer(CustomerId(due.value(0).toString()), QString());
    }
    for (const QString &code : ticked) {
        log->setMoment(code.section(QLatin1Char('.'), 0, 0));
        log->setSignal(code, true);
    }
    // As drawn right after the change (a grab, the first paint), not after more passes.
    QCoreApplication::processEvents();
    // BRANCHDESK_SCREENSHOT_DIR=dir keeps what was checked, as a person would look at it.
    if (const QString shots = qEnvironmentVariable("BRANCHDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QString name = QString::fromUtf8(QTest::currentDataTag());
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]+")), QStringLiteral("-"));
        window->grab().save(QDir(shots).filePath(QStringLiteral("lobby-%1.png").arg(name)));
    }
    auto *suggestion = window->findChild<QLabel *>(QStringLiteral("walkInSuggestion"));
    auto *valueClass = window->findChild<QComboBox *>(QStringLiteral("walkInClass"));
    QVERIFY(suggestion && valueClass);
    QVERIFY2(suggestion->text().count(QStringLiteral("<br>")) >= 2, qPrintable(suggestion->text()));

    // The whole text in the label's own rect ...
    QVERIFY2(suggestion->height() >= suggestion->heightForWidth(suggestion->width()),
             qPrintable(QStringLiteral("%1 px high, the text needs %2")
                                .arg(suggestion->height())
                                .arg(suggestion->heightForWidth(suggestion->width()))));
    // ... and the rect clear of the class row (its field and its label).
    const QRect text(suggestion->mapTo(window.get(), QPoint(0, 0)), suggestion->size());
    QList<QWidget *> row{valueClass};
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() == valueClass)
            row << label;
    QCOMPARE(row.size(), 2);
    for (QWidget *widget : std::as_const(row)) {
        const QRect rect(widget->mapTo(window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(!text.intersects(rect),
                 qPrintable(QStringLiteral("the suggestion (y %1-%2) runs into the class row "
                                           "(y %3-%4)")
                                    .arg(text.top()).arg(text.bottom())
                                    .arg(rect.top()).arg(rect.bottom())));
    }
}

void tst_LobbySmallScreen::signalTextsAreWhole_data()
{
    languages();
}

void tst_LobbySmallScreen::signalTextsAreWhole()
{
    QFETCH(QString, language);
    const auto window = lobbyWindow(language);
    QVERIFY(window);
    auto *log = window->findChild<WalkInLog *>();
    auto *signalBoxes = window->findChild<ObservedSignals *>();
    QVERIFY(log && signalBoxes);
    QStringList cut;
    for (const QString &moment : DomainTerms::codes(Vocabulary::LobbyMoment)) {
        log->setMoment(moment);
        QCoreApplication::processEvents();
        const QList<QCheckBox *> boxes = signalBoxes->findChildren<QCheckBox *>();
        QVERIFY(!boxes.isEmpty());
        for (const QCheckBox *box : boxes) {
            if (box->isVisibleTo(window.get()) && box->sizeHint().width() > box->width())
                cut << QStringLiteral("\"%1\" shown %2 px wide, needs %3")
                               .arg(box->text())
                               .arg(box->width())
                               .arg(box->sizeHint().width());
            // Item 11: the user guide ticks them with Alt letters; each has one to show.
            if (box->isVisibleTo(window.get()) && !box->text().contains(QRegularExpression(
                        QStringLiteral("&[^&\\s]"))))
                cut << QStringLiteral("\"%1\" has no Alt letter").arg(box->text());
        }
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
}

void tst_LobbySmallScreen::linkingACustomerKeepsThePanelWidth_data()
{
    languages();
}

// Outside testing, issue 15 F11: linking a customer with a long name (and a long reason typed)
// widened the walk-in log and cut today's walk-ins beside it. The panel keeps its width; the
// customer line elides and shows the whole text as its tooltip.
void tst_LobbySmallScreen::linkingACustomerKeepsThePanelWidth()
{
    QFETCH(QString, language);
    const auto window = lobbyWindow(language);
    QVERIFY(window);
    auto *log = window->findChild<WalkInLog *>();
    auto *visits = window->findChild<QTableView *>(QStringLiteral("lobbyVisitsView"));
    QVERIFY(log && visits);
    log->clear();
    QCoreApplication::processEvents();
    const auto columnsInSight = [visits] {
        int whole = 0;
        for (int column = 0; column < visits->model()->columnCount(); ++column) {
            const int right = visits->horizontalHeader()->sectionViewportPosition(column)
                    + visits->horizontalHeader()->sectionSize(column);
            if (!visits->isColumnHidden(column) && right <= visits->viewport()->width())
                ++whole;
        }
        return whole;
    };
    const int logWidth = log->width();
    const int listWidth = visits->width();
    const int columns = columnsInSight();
    QVERIFY(columns >= 3);

    // A minority name with its middle dots, as the search field sums a customer up.
    QSqlQuery any(m_store.database());
    QVERIFY(any.exec(QStringLiteral("SELECT id FROM customer WHERE deleted = 0 LIMIT 1")) && any.next());
    const QString summary = QStringLiteral(
            "阿卜杜热合曼·买买提艾力·艾尔肯江·司马义·吐尔逊 · 6501**********0417 · 139****0417 · "
            "Platinum · ¥12,345,678.90 · 欧阳明月");
    log->linkCustomer(CustomerId(any.value(0).toString()), summary);
    log->chooseClass(QStringLiteral("ordinary"));
    auto *reason = window->findChild<QLineEdit *>(QStringLiteral("walkInOverrideReason"));
    QVERIFY(reason);
    reason->setText(QStringLiteral("客户自述刚从外地调回本市工作，名下另有多家银行的大额存款和理财产品，"
                                   "近期有购房计划，需要理财经理尽快联系"));
    QCoreApplication::processEvents();

    QCOMPARE(log->width(), logWidth);
    QCOMPARE(visits->width(), listWidth);
    QCOMPARE(columnsInSight(), columns);
    auto *customer = window->findChild<QLabel *>(QStringLiteral("walkInCustomer"));
    QVERIFY(customer);
    QCOMPARE(customer->toolTip(), summary);
    QVERIFY2(customer->sizeHint().width() <= customer->width() || customer->text() != summary,
             qPrintable(customer->text()));
    log->clear();
}

QTEST_MAIN(tst_LobbySmallScreen)
#include "tst_lobby_small_screen.moc"
