// General check of issue #15: in both languages, with the translators the application
// installs, no two visible controls of one window share an Alt letter (a collision sends
// the keystroke to one of them: the lobby's typed ticket was lost to 当前有时间 that way).
// Counted: buttons and check boxes, labels with a buddy, group box titles, tab titles and
// the menu bar's titles - everything whose Alt+letter works without opening a menu.
#include "../common/ResultAssert.h"
#include "ScreenTour.h"

#include "translations/LanguageSetup.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class tst_Mnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noWindowSharesAnAltLetter_data();
    void noWindowSharesAnAltLetter();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

namespace {

QString letterOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(); // "Alt+T"
}

bool shown(QWidget *widget, QWidget *window)
{
    return widget->isVisibleTo(window) && !qobject_cast<QMenu *>(widget->window());
}

// Alt letter -> the texts that claim it, in one window.
QMap<QString, QStringList> claims(QWidget *window)
{
    QMap<QString, QStringList> byLetter;
    const auto claim = [&byLetter](const QString &text) {
        const QString letter = letterOf(text);
        if (!letter.isEmpty())
            byLetter[letter] << text;
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (shown(button, window))
            claim(button->text());
    for (QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() && shown(label, window))
            claim(label->text());
    for (QGroupBox *group : window->findChildren<QGroupBox *>())
        if (shown(group, window))
            claim(group->title());
    for (QTabBar *tabs : window->findChildren<QTabBar *>())
        if (shown(tabs, window))
            for (int index = 0; index < tabs->count(); ++index)
                if (tabs->isTabVisible(index))
                    claim(tabs->tabText(index));
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        if (shown(bar, window))
            for (QAction *action : bar->actions())
                if (action->isVisible())
                    claim(action->text());
    return byLetter;
}

} // namespace

void tst_Mnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY_RESULT(m_store.open(m_dir.filePath(QStringLiteral("tour.db"))));
    QVERIFY(test::ScreenTour::makeDemoBranch(m_store));
}

void tst_Mnemonics::noWindowSharesAnAltLetter_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_Mnemonics::noWindowSharesAnAltLetter()
{
    QFETCH(QString, language);
    LanguageSetup::install(*QCoreApplication::instance(), language);
    QStringList collisions;
    test::ScreenTour(m_store).run([&collisions](QWidget *window, const QString &where) {
        const auto byLetter = claims(window);
        for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
            QStringList texts = it.value();
            texts.removeDuplicates(); // the same control seen twice is no collision
            if (texts.size() > 1)
                collisions << QStringLiteral("%1: %2 %3").arg(where, it.key(),
                                                              texts.join(QStringLiteral(" / ")));
        }
    });
    collisions.removeDuplicates();
    for (const QString &line : std::as_const(collisions))
        qWarning().noquote() << line;
    QVERIFY2(collisions.isEmpty(),
             qPrintable(QStringLiteral("%1 Alt letter collisions").arg(collisions.size())));
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
