// General check of issue #15: on a 1366x768 screen every workspace and dialog fits, and its
// main actions (push buttons and the dialog's button box) are reachable without scrolling:
// scroll areas are for secondary content only. Checked in zh_CN, the longer language here.
#include "../common/ResultAssert.h"
#include "ScreenTour.h"

#include "translations/LanguageSetup.h"

#include <QDialog>
#include <QDir>
#include <QRegularExpression>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class tst_SmallScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everythingFits1366x768();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void tst_SmallScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QVERIFY_RESULT(m_store.open(m_dir.filePath(QStringLiteral("tour.db"))));
    QVERIFY(test::ScreenTour::makeDemoBranch(m_store));
}

void tst_SmallScreens::everythingFits1366x768()
{
    const QSize screen = test::kSmallScreenWindow;
    QStringList problems;
    // BRANCHDESK_SCREENSHOT_DIR=dir keeps what was checked, as a person would look at it.
    const QString shots = qEnvironmentVariable("BRANCHDESK_SCREENSHOT_DIR");
    test::ScreenTour(m_store).run([&](QWidget *window, const QString &where) {
        if (!shots.isEmpty()) {
            QString name = where;
            name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]+")), QStringLiteral("-"));
            window->grab().save(QDir(shots).filePath(QStringLiteral("zh-%1.png").arg(name)));
        }
        const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
        if (needed.width() > screen.width() || needed.height() > screen.height())
            problems << QStringLiteral("%1 needs at least %2x%3")
                                .arg(where).arg(needed.width()).arg(needed.height());
        if (qobject_cast<QDialog *>(window)) {
            const QSize wanted = window->sizeHint();
            if (wanted.height() > screen.height())
                problems << QStringLiteral("%1 opens %2 px high").arg(where).arg(wanted.height());
        }
        if (window->width() > screen.width() || window->height() > screen.height())
            window->resize(window->size().boundedTo(screen));
        for (QPushButton *button : window->findChildren<QPushButton *>()) {
            if (!button->isVisibleTo(window) || button->text().isEmpty())
                continue;
            if (button->visibleRegion().boundingRect() != button->rect())
                problems << QStringLiteral("%1: \"%2\" needs scrolling")
                                    .arg(where, button->text());
        }
    });
    problems.removeDuplicates();
    for (const QString &line : std::as_const(problems))
        qWarning().noquote() << line;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
}

QTEST_MAIN(tst_SmallScreens)
#include "tst_small_screens.moc"
