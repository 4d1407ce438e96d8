// branchdesk: the workstation of a bank branch.
#include "DefaultDatabasePath.h"
#include "DemoBranchSetup.h"
#include "StaffRepository.h"
#include "Store.h"
#include "StoreOpening.h"
#include "Workstation.h"

#ifdef BRANCHDESK_HAVE_TRANSLATIONS
#include "LanguageSetup.h"
#endif
#ifdef BRANCHDESK_HAVE_RESOURCES
#include "AppResources.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QUrl>

#include <cstdio>

namespace {

constexpr int kFirstRunCustomers = 20000;

// Chinese text must be drawn with the Simplified Chinese forms of the CJK fonts, whatever
// font the desktop prefers for Latin text.
void preferSimplifiedChineseGlyphs(QApplication &app)
{
    QFont font = app.font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")});
    app.setFont(font);
}

void setWindowIcon(QApplication &app)
{
#ifdef BRANCHDESK_HAVE_RESOURCES
    const QString icon = bd::AppResources::iconPath();
    QGuiApplication::setDesktopFileName(bd::AppResources::applicationId());
#else
    const QString icon = QStringLiteral(":/icons/branchdesk.svg");
#endif
    if (QFile::exists(icon))
        app.setWindowIcon(QIcon(icon));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("branchdesk"));
    QApplication::setOrganizationName(QStringLiteral("BranchDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("BranchDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "BranchDesk, the workstation of a bank branch."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main",
                                                              "Open the database file <path> "
                                                              "instead of the workstation's own."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main",
                                                                "Use the language <lang> (zh_CN "
                                                                "or en)."),
                                        QStringLiteral("lang"));
    const QCommandLineOption serverOption(
            QStringLiteral("server"),
            QApplication::translate("main", "Sync with the server at <url> (remembered; an "
                                            "empty value switches sync off)."),
            QStringLiteral("url"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(serverOption);
    parser.process(app);

    const QString language = parser.value(langOption);
#ifdef BRANCHDESK_HAVE_TRANSLATIONS
    if (!language.isEmpty() && !bd::LanguageSetup::available().contains(language)) {
        std::fprintf(stderr, "branchdesk: unknown language %s (use zh_CN or en)\n",
                     qPrintable(language));
        return 2;
    }
    bd::LanguageSetup::install(app, language);
#endif
    preferSimplifiedChineseGlyphs(app);
    setWindowIcon(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : bd::defaultDatabasePath();
    bd::StoreOpening opening = bd::openWorkstationStore(path);
    if (!opening.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "BranchDesk"),
                              QApplication::translate("main", "The database %1 cannot be used.\n\n%2")
                                      .arg(QFileInfo(path).absoluteFilePath(), opening.error));
        return 1;
    }

    // A new file (or one whose demo set-up was interrupted) has no staff to sign in with:
    // make it a demo branch to explore.
    if (opening.created || bd::StaffRepository(*opening.store).all().isEmpty()) {
        bd::DemoBranchSetup demo;
        if (!demo.fill(opening.store->path(), kFirstRunCustomers)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "BranchDesk"),
                                  QApplication::translate("main",
                                                          "The demo branch could not be created.\n\n%1")
                                          .arg(demo.errorString()));
            return 1;
        }
    }

    // The sync server is remembered per workstation; without one it works offline only.
    QSettings settings;
    if (parser.isSet(serverOption))
        settings.setValue(QStringLiteral("sync/server"), parser.value(serverOption));
    const QUrl syncServer(settings.value(QStringLiteral("sync/server")).toString());

    bd::Workstation workstation(std::move(opening.store));
    if (syncServer.isValid() && !syncServer.isEmpty())
        workstation.setSyncServer(syncServer);
    QObject::connect(&workstation, &bd::Workstation::finished, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    QApplication::setQuitOnLastWindowClosed(false);
    workstation.start();
    return app.exec();
}
