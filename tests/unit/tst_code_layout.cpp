// The layers of docs/ARCHITECTURE.md, checked on the source tree itself. The compiler
// already refuses a header of a folder a target does not link (cmake/BranchDeskLibrary.cmake);
// this test catches what linking cannot: a folder that includes a layer above it through a
// target it links anyway, SQL or repositories in widgets, QtHttpServer outside the server,
// the server reaching into workstation code, a cycle between areas of one layer, and a
// source file grown past 400 lines without saying why.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Include
{
    QString file;   // repository path of the including file
    QString folder; // its folder
    QString target; // what it includes, as written
    bool system = false;
};

QString sourceRoot()
{
    return QStringLiteral(BRANCHDESK_SOURCE_DIR);
}

// Bottom-up rank of a folder; folders of one rank are areas that may use each other
// without a cycle. Programs (app/main) sit on top.
int rankOf(const QString &folder)
{
    // The side libraries (icon, translations) are QtCore leaves that only programs link.
    if (folder == QLatin1String("app/domain") || folder.startsWith(QLatin1String("app/domain/"))
        || folder == QLatin1String("resources")
        || folder == QLatin1String("translations"))
        return 0;
    // The event rules engine sits beside the shared code: the server and the desk both run it.
    if (folder == QLatin1String("app/common") || folder == QLatin1String("app/rules"))
        return 1;
    if (folder == QLatin1String("database/core"))
        return 2;
    if (folder == QLatin1String("database/sync") || folder == QLatin1String("database/baseline"))
        return 3;
    if (folder.startsWith(QLatin1String("database/")))
        return 4;
    if (folder == QLatin1String("app/services/core"))
        return 5;
    if (folder.startsWith(QLatin1String("app/services/")))
        return 6;
    if (folder == QLatin1String("app/demo") || folder == QLatin1String("app/sync")
        || folder == QLatin1String("app/server"))
        return 7;
    if (folder == QLatin1String("ui/common"))
        return 8;
    if (folder == QLatin1String("ui/shell"))
        return 10;
    if (folder.startsWith(QLatin1String("ui/")))
        return 9;
    if (folder.startsWith(QLatin1String("app/main/")))
        return 11;
    return -1;
}

// Folders whose files are the base of their rank: nothing of their own rank is below them.
bool isFoundation(const QString &folder)
{
    return folder == QLatin1String("database/core") || folder == QLatin1String("app/services/core")
            || folder == QLatin1String("ui/common");
}

QStringList sourceFiles()
{
    QStringList files;
    for (const char *top : {"app", "database", "ui"}) {
        QDirIterator it(sourceRoot() + QLatin1Char('/') + QLatin1String(top),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next().mid(sourceRoot().size() + 1);
            if (!path.contains(QLatin1String("/tools/")))
                files << path;
        }
    }
    files.sort();
    return files;
}

QString readSource(const QString &path)
{
    QFile file(sourceRoot() + QLatin1Char('/') + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString folderOf(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}

QList<Include> allIncludes()
{
    static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s+([<\"])([^>\"]+)[>\"]"),
            QRegularExpression::MultilineOption);
    QList<Include> includes;
    for (const QString &file : sourceFiles()) {
        const QString text = readSource(file);
        auto it = include.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            includes.append({file, folderOf(file), match.captured(2),
                             match.captured(1) == QLatin1String("<")});
        }
    }
    return includes;
}

// The project folder an include names ("database/core/Store.h" -> "database/core").
QString includedFolder(const Include &include)
{
    if (include.system)
        return {};
    const QString &t = include.target;
    for (const char *top : {"app/", "database/", "ui/", "resources/", "translations/"}) {
        if (t.startsWith(QLatin1String(top)))
            return folderOf(t);
    }
    return {};
}

} // namespace

class tst_CodeLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void includesArePathQualified();
    void includesFollowTheLayerOrder();
    void serverUsesOnlyWhatItNeeds();
    void noHttpServerOutsideTheServer();
    void widgetsRunNoSqlAndNoRepositories();
    void nothingBelowTheUiUsesWidgets();
    void areasOfOneLayerHaveNoCycle();
    void longFilesSayWhy();

private:
    QList<Include> m_includes;
};

void tst_CodeLayout::initTestCase()
{
    m_includes = allIncludes();
    QVERIFY2(m_includes.size() > 1000, "the source tree was not found");
}

void tst_CodeLayout::includesArePathQualified()
{
    // Every project header is named by its path from the repository root, so a reader
    // (and grep) knows where it lives and which layer it belongs to.
    QStringList unqualified;
    for (const Include &include : std::as_const(m_includes)) {
        if (include.system || include.target.startsWith(QLatin1String("ui_")))
            continue; // generated by uic next to the target
        if (includedFolder(include).isEmpty()
            && !include.target.endsWith(QLatin1String(".moc")))
            unqualified << include.file + QLatin1String(": ") + include.target;
    }
    QVERIFY2(unqualified.isEmpty(), qPrintable(unqualified.join(QLatin1Char('\n'))));
}

void tst_CodeLayout::includesFollowTheLayerOrder()
{
    QStringList upward;
    for (const Include &include : std::as_const(m_includes)) {
        const QString to = includedFolder(include);
        if (to.isEmpty() || to == include.folder)
            continue;
        const int from = rankOf(include.folder);
        const int target = rankOf(to);
        QVERIFY2(from >= 0 && target >= 0,
                 qPrintable(QStringLiteral("%1 is in no layer").arg(from < 0 ? include.folder : to)));
        if (target > from || (target == from && isFoundation(include.folder)))
            upward << QStringLiteral("%1 -> %2").arg(include.file, include.target);
    }
    QVERIFY2(upward.isEmpty(), qPrintable(upward.join(QLatin1Char('\n'))));
}

void tst_CodeLayout::serverUsesOnlyWhatItNeeds()
{
    // The server builds branch snapshots from workstation files and shares the protocol,
    // nothing more: no use cases, no sync client, no repositories of the desk.
    const QSet<QString> allowed = {QStringLiteral("app/domain"), QStringLiteral("app/common"),
                                   QStringLiteral("app/rules"),
                                   QStringLiteral("database/core"),
                                   QStringLiteral("database/baseline"),
                                   QStringLiteral("app/server")};
    // And the map of where a customer's data lives, to blank an erased customer in the
    // snapshots it serves (SnapshotErasure): data, not a repository.
    const QString dataMap = QStringLiteral("database/privacy/CustomerDataMap.h");
    QStringList outside;
    for (const Include &include : std::as_const(m_includes)) {
        const QString to = includedFolder(include);
        const bool server = include.folder == QLatin1String("app/server")
                || include.folder == QLatin1String("app/main/server");
        if (server && !to.isEmpty() && to != include.folder && !allowed.contains(to)
            && include.target != dataMap)
            outside << QStringLiteral("%1 -> %2").arg(include.file, include.target);
        const bool client = include.folder == QLatin1String("app/sync");
        if (client && to == QLatin1String("app/server"))
            outside << QStringLiteral("%1 -> %2").arg(include.file, include.target);
    }
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
}

void tst_CodeLayout::noHttpServerOutsideTheServer()
{
    QStringList found;
    for (const Include &include : std::as_const(m_includes)) {
        const bool httpServer = include.system
                && (include.target.startsWith(QLatin1String("QHttpServer"))
                    || include.target.startsWith(QLatin1String("QAbstractHttpServer"))
                    || include.target.startsWith(QLatin1String("QtHttpServer")));
        if (httpServer && include.folder != QLatin1String("app/server")
            && include.folder != QLatin1String("app/main/server"))
            found << include.file;
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void tst_CodeLayout::widgetsRunNoSqlAndNoRepositories()
{
    // A window is a thin view over a service: it neither runs SQL nor calls a repository
    // (value types it shows have headers of their own).
    static const QRegularExpression repository(QStringLiteral("\\b\\w+Repository\\b"));
    QStringList found;
    for (const QString &file : sourceFiles()) {
        if (!file.startsWith(QLatin1String("ui/")))
            continue;
        const QString text = readSource(file);
        if (text.contains(QLatin1String("QSql")))
            found << file + QLatin1String(": Qt SQL");
        const auto match = repository.match(text);
        if (match.hasMatch())
            found << file + QLatin1String(": ") + match.captured(0);
        if (text.contains(QLatin1String("database/core/Transaction.h")))
            found << file + QLatin1String(": a transaction");
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void tst_CodeLayout::nothingBelowTheUiUsesWidgets()
{
    static const QSet<QString> guiOnly = {
            QStringLiteral("QWidget"),      QStringLiteral("QDialog"),   QStringLiteral("QApplication"),
            QStringLiteral("QMainWindow"),  QStringLiteral("QMessageBox"), QStringLiteral("QLabel"),
            QStringLiteral("QPushButton"),  QStringLiteral("QLineEdit"), QStringLiteral("QTableView"),
            QStringLiteral("QtWidgets"),    QStringLiteral("QAbstractItemView"),
    };
    QStringList found;
    for (const Include &include : std::as_const(m_includes)) {
        if (!include.system || include.folder.startsWith(QLatin1String("ui/"))
            || include.folder == QLatin1String("app/main/workstation"))
            continue;
        const QString name = include.target.section(QLatin1Char('/'), -1);
        if (guiOnly.contains(name) || include.target.startsWith(QLatin1String("QtWidgets/")))
            found << QStringLiteral("%1 -> %2").arg(include.file, include.target);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void tst_CodeLayout::areasOfOneLayerHaveNoCycle()
{
    QHash<QString, QSet<QString>> uses;
    for (const Include &include : std::as_const(m_includes)) {
        const QString to = includedFolder(include);
        if (!to.isEmpty() && to != include.folder)
            uses[include.folder].insert(to);
    }
    // Depth-first search for a path back to the start.
    QStringList cycles;
    const QStringList folders = uses.keys();
    for (const QString &start : folders) {
        QList<QStringList> stack{{start}};
        QSet<QString> seen;
        while (!stack.isEmpty()) {
            const QStringList path = stack.takeLast();
            for (const QString &next : uses.value(path.last())) {
                if (next == start) {
                    cycles << (path + QStringList{start}).join(QLatin1String(" -> "));
                    stack.clear();
                    break;
                }
                if (!seen.contains(next)) {
                    seen.insert(next);
                    stack.append(path + QStringList{next});
                }
            }
        }
    }
    QVERIFY2(cycles.isEmpty(), qPrintable(cycles.join(QLatin1Char('\n'))));
}

void tst_CodeLayout::longFilesSayWhy()
{
    // A file past 400 lines usually holds two ideas. One that really is one idea says so
    // at its top, in a comment that starts with "Long file:".
    QStringList unexplained;
    for (const QString &file : sourceFiles()) {
        const QString text = readSource(file);
        const int lines = int(text.count(QLatin1Char('\n')));
        if (lines <= 400)
            continue;
        const QString head = text.left(1500);
        if (!head.contains(QLatin1String("Long file:")))
            unexplained << QStringLiteral("%1 (%2 lines)").arg(file).arg(lines);
    }
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_CodeLayout)
#include "tst_code_layout.moc"
