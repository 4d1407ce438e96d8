// branchdesk-admin: the command line for setting up and operating a BranchDesk workstation
// database. All the work happens in services; this program parses, signs in and prints.

#include "app/main/admin/AdminDispatcher.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sys/stat.h>

#ifdef BRANCHDESK_HAVE_TRANSLATIONS
#include "translations/LanguageSetup.h"
#endif

int main(int argc, char *argv[])
{
    // Everything this tool writes (databases, exports, reports) may hold personal data.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("branchdesk-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The store's progress notes are for the workstation's log, not for a terminal;
    // QT_LOGGING_RULES can bring them back.
    QLoggingCategory::setFilterRules(QStringLiteral("branchdesk.*.debug=false\n"
                                                    "branchdesk.*.info=false"));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --lang may also come before the command; it has been applied by then.
    if (!arguments.isEmpty() && arguments.constFirst().startsWith(QLatin1String("--lang=")))
        arguments.removeFirst();
    else if (arguments.size() >= 2 && arguments.constFirst() == QLatin1String("--lang"))
        arguments.remove(0, 2);
#ifdef BRANCHDESK_HAVE_TRANSLATIONS
    const QString language
            = bd::admin::CommandLine::languageRequested(QCoreApplication::arguments().mid(1));
    if (!language.isEmpty() && !bd::LanguageSetup::available().contains(language)) {
        return bd::admin::CommandLine::usageError(
                bd::admin::Admin::tr("Unknown language '%1'. Use one of: %2.")
                        .arg(language, bd::LanguageSetup::available().join(QStringLiteral(", "))),
                QStringLiteral("branchdesk-admin"));
    }
    bd::LanguageSetup::install(app, language);
#endif
    bd::admin::AdminDispatcher dispatcher;
    return dispatcher.run(arguments, dispatcher.name());
}
