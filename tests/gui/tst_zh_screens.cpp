// General check of issue #15: every workspace, tab and dialog shown in zh_CN with demo data
// carries no English words and no raw codes ("wechat", "branch_head", "horizon",
// "entering.clothing"). Two findings are kept apart:
//  - raw codes: a stored code shown instead of its label - always a defect, the test fails;
//  - English text: a string without a translation yet. New strings are untranslated until
//    the lead runs lupdate and translates; set BRANCHDESK_STRICT_TRANSLATIONS=1 to fail on
//    them too (the default run lists them as warnings).
// Allowed: CIF numbers and product codes (letters + digits), "BranchDesk", staff log-in names,
// file paths, units and the few Latin abbreviations a Chinese bank uses as they are (VIP, AUM,
// KYC, PDF, CSV, ID, ATM, POS, PPF).
#include "../common/ResultAssert.h"
#include "ScreenTour.h"

#include "translations/LanguageSetup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace bd;

class tst_ZhScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noEnglishOrCodesOnChineseScreens();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

namespace {

// Latin words a Chinese branch uses as they are; each is what staff say and print.
const QStringList kAllowed = {
        QStringLiteral("BranchDesk"), QStringLiteral("VIP"), QStringLiteral("AUM"),
        QStringLiteral("KYC"), QStringLiteral("PDF"), QStringLiteral("CSV"),
        QStringLiteral("ID"), QStringLiteral("CNY"), QStringLiteral("Ctrl"),
        QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Enter"),
        QStringLiteral("Esc"), QStringLiteral("Tab"), QStringLiteral("CIF"), QStringLiteral("Qt"),
        QStringLiteral("SQLite"), QStringLiteral("HTTPS"), QStringLiteral("URL"),
        QStringLiteral("AM"), QStringLiteral("PM"), QStringLiteral("NAV"),
        // Bank terms Chinese staff use in Latin letters, and file-size units.
        QStringLiteral("ATM"), QStringLiteral("POS"), QStringLiteral("PPF"),
        QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB")};

QString plain(const QString &text)
{
    QString shown = text;
    if (Qt::mightBeRichText(shown)) {
        QTextDocument document;
        document.setHtml(shown);
        shown = document.toPlainText();
    }
    shown.remove(QRegularExpression(QStringLiteral("\\(&[A-Za-z0-9]\\)"))); // 文件(&F)
    shown.remove(QLatin1Char('&'));
    return shown;
}

struct Findings
{
    QStringList codes;
    QStringList english;
};

// Staff log-in names are typed in Latin letters: the demo's are allowed where they show.
QStringList loginNames()
{
    QStringList names;
    for (const auto &account : DemoBranchGenerator::demoAccounts())
        names << account.username << account.username + QStringLiteral("-demo");
    return names;
}

void inspect(const QString &text, const QString &where, Findings &findings)
{
    const QString shown = plain(text).trimmed();
    if (shown.isEmpty())
        return;
    static const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])"));
    QStringList words;
    for (auto it = word.globalMatch(shown); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kAllowed.contains(w))
            words << w;
    }
    // The database file in the status bar is a path, not a word.
    static const QRegularExpression path(QStringLiteral("^(/|[A-Za-z]:\\\\)\\S+$"));
    if (words.isEmpty() || loginNames().contains(shown) || path.match(shown).hasMatch())
        return;
    const QString line = QStringLiteral("%1: \"%2\"").arg(where, shown.simplified().left(120));
    // A raw code: snake_case or dotted ids (branch_head, entering.clothing), or a cell that
    // is one lower-case Latin word (wechat, horizon). Anything else in English is a string
    // without its translation yet.
    static const QRegularExpression joined(
            QStringLiteral("(?<![A-Za-z0-9])[a-z]+(?:[._][a-z]+)+(?![A-Za-z0-9(])"));
    static const QRegularExpression lone(QStringLiteral("^[a-z]{3,}$"));
    if (joined.match(shown).hasMatch() || lone.match(shown).hasMatch())
        findings.codes << line;
    else
        findings.english << line;
}

void collect(QWidget *window, const QString &where, Findings &findings)
{
    const auto shown = [window](QWidget *widget) { return widget->isVisibleTo(window); };
    inspect(window->windowTitle(), where + QStringLiteral(" [title]"), findings);
    for (QLabel *label : window->findChildren<QLabel *>())
        if (shown(label))
            inspect(label->text(), where, findings);
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (shown(button))
            inspect(button->text(), where, findings);
    for (QGroupBox *group : window->findChildren<QGroupBox *>())
        if (shown(group))
            inspect(group->title(), where, findings);
    for (QTabBar *tabs : window->findChildren<QTabBar *>())
        if (shown(tabs))
            for (int index = 0; index < tabs->count(); ++index)
                inspect(tabs->tabText(index), where, findings);
    for (QComboBox *box : window->findChildren<QComboBox *>())
        if (shown(box))
            for (int index = 0; index < box->count(); ++index)
                inspect(box->itemText(index), where + QStringLiteral(" [choice]"), findings);
    for (QLineEdit *edit : window->findChildren<QLineEdit *>())
        if (shown(edit))
            inspect(edit->placeholderText(), where + QStringLiteral(" [hint]"), findings);
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!shown(view) || !view->model() || qobject_cast<QHeaderView *>(view))
            continue;
        const QAbstractItemModel *model = view->model();
        for (int column = 0; column < model->columnCount(); ++column)
            inspect(model->headerData(column, Qt::Horizontal).toString(),
                    where + QStringLiteral(" [header]"), findings);
        // The rows on screen: a few suffice to see every column's kind of value.
        for (int row = 0; row < qMin(model->rowCount(), 8); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                inspect(model->index(row, column).data().toString(),
                        where + QStringLiteral(" [row]"), findings);
    }
}

} // namespace

void tst_ZhScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QVERIFY_RESULT(m_store.open(m_dir.filePath(QStringLiteral("tour.db"))));
    QVERIFY(test::ScreenTour::makeDemoBranch(m_store));
}

void tst_ZhScreens::noEnglishOrCodesOnChineseScreens()
{
    Findings findings;
    test::ScreenTour(m_store).run([&findings](QWidget *window, const QString &where) {
        collect(window, where, findings);
    });
    findings.codes.removeDuplicates();
    findings.english.removeDuplicates();
    for (const QString &line : std::as_const(findings.english))
        qWarning().noquote() << "untranslated:" << line;
    for (const QString &line : std::as_const(findings.codes))
        qWarning().noquote() << "raw code:" << line;
    const bool strict = qEnvironmentVariableIntValue("BRANCHDESK_STRICT_TRANSLATIONS") == 1;
    QVERIFY2(findings.codes.isEmpty(),
             qPrintable(QStringLiteral("%1 raw codes on zh_CN screens").arg(findings.codes.size())));
    if (strict)
        QVERIFY2(findings.english.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated texts").arg(findings.english.size())));
}

QTEST_MAIN(tst_ZhScreens)
#include "tst_zh_screens.moc"
