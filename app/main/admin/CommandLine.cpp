#include "app/main/admin/CommandLine.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/Console.h"
#include "app/services/core/DefaultDatabasePath.h"

#include <QDir>

namespace bd::admin {

namespace {
QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"),
            Admin::tr("The BranchDesk database file (default: this workstation's own, %1).")
                    .arg(QDir::toNativeSeparators(defaultDatabasePath())),
            Admin::tr("PATH")};
}

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"),
            Admin::tr("Language of messages: zh_CN or en (default: from the system locale)."),
            Admin::tr("LANG")};
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, Admin::tr("Show this help.")};
}
} // namespace

CommandLine::CommandLine(const QString &usage, const QString &description)
    : m_usage(usage)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(databaseOption());
    m_parser.addOption(languageOption());
    m_parser.addOption(helpOption());
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void CommandLine::addUserOption()
{
    m_parser.addOption({QStringLiteral("user"),
                        Admin::tr("Sign in as this staff user. The password comes from the "
                                  "environment variable BRANCHDESK_PASSWORD or, on a terminal, "
                                  "from a prompt."),
                        Admin::tr("NAME")});
}

void CommandLine::addJsonOption()
{
    m_parser.addOption({QStringLiteral("json"), Admin::tr("Print the result as JSON.")});
}

void CommandLine::addPositional(const QString &name, const QString &description,
                                const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_positionalSyntax += QLatin1Char(' ') + syntax;
}

void CommandLine::addCustomerArgument()
{
    addPositional(QStringLiteral("id"), Admin::tr("Customer id or CIF number."),
                  QStringLiteral("ID"));
}

QString CommandLine::helpText() const
{
    // Qt's own help text, with a usage line that names the command rather than argv[0].
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    const QString usageLine
            = Admin::tr("Usage: %1 [options]%2").arg(m_usage, m_positionalSyntax);
    text.replace(0, firstLineEnd, usageLine);
    return text.trimmed();
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    QStringList withProgram = arguments;
    withProgram.prepend(m_usage);
    if (!m_parser.parse(withProgram))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        Console::out(helpText());
        return Success;
    }
    return std::nullopt;
}

std::optional<int> CommandLine::parseOneCustomer(const QStringList &arguments)
{
    if (const std::optional<int> stop = parse(arguments))
        return stop;
    if (positional().size() != 1)
        return usageError(Admin::tr("Give one customer ID."));
    return std::nullopt;
}

std::optional<int> CommandLine::parseNoArguments(const QStringList &arguments)
{
    if (const std::optional<int> stop = parse(arguments))
        return stop;
    if (!positional().isEmpty())
        return usageError(Admin::tr("Unexpected argument '%1'.").arg(positional().first()));
    return std::nullopt;
}

int CommandLine::usageError(const QString &problem) const
{
    return usageError(problem, m_usage);
}

int CommandLine::usageError(const QString &problem, const QString &usage)
{
    Console::err(Admin::tr("%1: %2").arg(usage, problem));
    Console::err(Admin::tr("Run '%1 --help' for how to use it.").arg(usage));
    return BadUsage;
}

QString CommandLine::databasePath() const
{
    const QString path = m_parser.value(QStringLiteral("db"));
    return path.isEmpty() ? defaultDatabasePath() : path;
}

QString CommandLine::commonOptionsHelp()
{
    QString text = Admin::tr("Options of every command:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : {databaseOption(), languageOption(), helpOption()}) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        text += QLatin1String("  ") + left.leftJustified(18) + QLatin1Char(' ')
                + option.description() + QLatin1Char('\n');
    }
    text += QLatin1String("  ") + QStringLiteral("--version").leftJustified(18)
            + QLatin1Char(' ') + Admin::tr("Show the version (before any command).") + QLatin1Char('\n');
    return text;
}

QString CommandLine::languageRequested(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if ((argument == QLatin1String("--lang") || argument == QLatin1String("-lang"))
            && i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QLatin1String prefix : {QLatin1String("--lang="), QLatin1String("-lang=")}) {
            if (argument.startsWith(prefix))
                return argument.mid(prefix.size());
        }
    }
    return {};
}

} // namespace bd::admin
