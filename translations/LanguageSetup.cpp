#include "translations/LanguageSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "branchdesk.i18n")

namespace bd::LanguageSetup {

namespace {

const QString chinese = QStringLiteral("zh_CN");
const QString english = QStringLiteral("en");
// Object name of the translators this file installs, so a second install() (the user
// switched language) can remove exactly those and nothing another part installed.
const QString translatorTag = QStringLiteral("branchdesk-translator");

QString languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? chinese : english;
}

QString resolve(const QString &requested)
{
    const QString wanted = requested.trimmed();
    if (wanted.isEmpty())
        return languageFor(QLocale::system());
    if (available().contains(wanted))
        return wanted;
    // "zh", "zh_TW", "en_GB", "de" ...: Chinese variants get the Chinese UI, the rest
    // English.
    return languageFor(QLocale(wanted));
}

QLocale localeFor(const QString &language)
{
    if (language == chinese)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    // Keep an English system locale (en_GB dates, en_AU ...); anything else gets en_US.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English)
        return system;
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void removeOurTranslators(QCoreApplication &app)
{
    const auto ours = app.findChildren<QTranslator *>(translatorTag, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : ours) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installFile(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorTag);
    if (!translator->load(fileName, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QStringList available()
{
    return {chinese, english};
}

QString install(QCoreApplication &app, const QString &requested)
{
    const QString language = resolve(requested);
    removeOurTranslators(app);

    // QTranslator refuses a .qm without any finished translation: normal while a .ts
    // is still being filled in, so only a missing file is worth a warning.
    const QString ownDirectory = QStringLiteral(":/i18n");
    const QString ownFile = QStringLiteral("branchdesk_") + language;
    if (!installFile(app, ownFile, ownDirectory)) {
        if (QFile::exists(ownDirectory + u'/' + ownFile + QStringLiteral(".qm")))
            qCDebug(lcLanguage) << "BranchDesk translation" << ownFile << "is empty";
        else
            qCWarning(lcLanguage) << "no BranchDesk translation" << ownFile << "in" << ownDirectory;
    }

    // Qt's own strings (standard dialogs, buttons); package qt6-translations-l10n.
    // Missing files are normal for English and not worth a warning.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtFile = QStringLiteral("qtbase_") + language;
    if (!installFile(app, qtFile, qtDirectory))
        qCDebug(lcLanguage) << "no Qt translation" << qtFile << "in" << qtDirectory;

    QLocale::setDefault(localeFor(language));
    qCInfo(lcLanguage) << "UI language" << language << "locale" << QLocale().name();
    return language;
}

} // namespace bd::LanguageSetup
