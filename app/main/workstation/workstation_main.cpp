// branchdesk: the workstation of a bank branch.
#include "app/services/core/DefaultDatabasePath.h"
#include "database/core/Store.h"
#include "database/staff/StaffRepository.h"
#include "ui/shell/DemoBranchSetup.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/StoreOpening.h"
#include "ui/shell/StoreUpgradeProgress.h"
#include "ui/shell/Workstation.h"

#ifdef BRANCHDESK_HAVE_TRANSLATIONS
#include "translations/LanguageSetup.h"
#endif
#ifdef BRANCHDESK_HAVE_RESOURCES
#include "resources/AppResources.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <optional>

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
    const QCommandLineOption caFileOption(
            QStringLiteral("ca-file"),
            QApplication::translate("main", "PEM file of the authority that signed the sync "
                                            "server's certificate (remembered)."),
            QStringLiteral("path"));
    // For scripted starts (bench_event_to_today runs the desk as a process of its own): the
    // password is one line of standard input, never an argument that `ps` would show.
    const QCommandLineOption signInOption(
            QStringLiteral("sign-in"),
            QApplication::translate("main", "Sign in as <user> with the password read from "
                                            "the first line of standard input."),
            QStringLiteral("user"));
    parser.addOption(signInOption);
    parser.addOption(caFileOption);
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
    // An older file is upgraded here, with a window that says so (StoreUpgradeProgress).
    bd::StoreOpening opening = bd::StoreUpgradeProgress::open(path);
    if (!opening.ok()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "BranchDesk"),
                              QApplication::translate("main", "The database %1 cannot be used.\n\n%2")
                                      .arg(QFileInfo(path).absoluteFilePath(), opening.error));
        return 1;
    }

    // The sync server is remembered per workstation; without one it works offline only.
    QSettings settings;
    if (parser.isSet(serverOption))
        settings.setValue(QStringLiteral("sync/server"), parser.value(serverOption));
    if (parser.isSet(caFileOption))
        settings.setValue(QStringLiteral("sync/ca_file"), parser.value(caFileOption));
    QUrl syncServer(settings.value(QStringLiteral("sync/server")).toString());
    QString caFile = settings.value(QStringLiteral("sync/ca_file")).toString();

    // A new file (or one whose demo set-up was interrupted) has no staff to sign in with.
    // With a sync server set, the first-run dialog offers to download the branch from it;
    // without one (the README's first start) it becomes a demo branch to explore.
    std::optional<bd::Session> firstRunSession;
    QString firstRunUser;
    QString firstRunPassword;
    if (opening.created || bd::StaffRepository(*opening.store).all().isEmpty()) {
        bool demo = true;
        if (syncServer.isValid() && !syncServer.isEmpty()) {
            opening.store.reset(); // blank: the download takes its place
            bd::FirstRunDialog firstRun(path, syncServer, caFile);
            if (firstRun.exec() != QDialog::Accepted)
                return 0;
            demo = firstRun.choice() == bd::FirstRunDialog::Choice::Demo;
            if (demo) {
                // A demo branch is for this computer only: it never syncs.
                settings.remove(QStringLiteral("sync/server"));
                syncServer = QUrl();
                opening = bd::openWorkstationStore(path);
                if (!opening.ok()) {
                    QMessageBox::critical(nullptr, QApplication::translate("main", "BranchDesk"),
                                          opening.error);
                    return 1;
                }
            } else {
                opening.store = firstRun.takeStore();
                syncServer = firstRun.server();
                caFile = firstRun.caFile();
                settings.setValue(QStringLiteral("sync/server"), syncServer.toString());
                settings.setValue(QStringLiteral("sync/ca_file"), caFile);
                firstRunSession = firstRun.session();
                firstRunUser = firstRun.username();
                firstRunPassword = firstRun.takePassword();
            }
        }
        bd::DemoBranchSetup setup;
        if (demo && !setup.fill(opening.store->path(), kFirstRunCustomers)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "BranchDesk"),
                                  QApplication::translate("main",
                                                          "The demo branch could not be created.\n\n%1")
                                          .arg(setup.errorString()));
            return 1;
        }
    }

    bd::Workstation workstation(std::move(opening.store));
    if (syncServer.isValid() && !syncServer.isEmpty())
        workstation.setSyncServer(syncServer, caFile);
    QObject::connect(&workstation, &bd::Workstation::finished, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    QApplication::setQuitOnLastWindowClosed(false);
    if (firstRunSession) {
        workstation.enter(*firstRunSession, firstRunUser, firstRunPassword);
        firstRunPassword.fill(QLatin1Char(' '));
    } else {
        workstation.start();
        if (parser.isSet(signInOption)) {
            QString password = QTextStream(stdin).readLine();
            workstation.signInDialog()->signInAs(parser.value(signInOption), password);
            password.fill(QLatin1Char(' '));
        }
    }
    return app.exec();
}
