#include "app/main/admin/AdminCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"

namespace bd::admin {

void CommandGroup::add(std::unique_ptr<AdminCommand> command)
{
    m_commands.push_back(std::move(command));
}

QString CommandGroup::epilogue(const QString &usage) const
{
    return Admin::tr("Run '%1 <command> --help' for the options of a command.").arg(usage);
}

int CommandGroup::runOption(const QString &)
{
    return -1;
}

QString CommandGroup::helpText(const QString &usage) const
{
    QString text = Admin::tr("Usage: %1 <command> [options]").arg(usage) + QLatin1String("\n\n")
            + description() + QLatin1String("\n\n") + Admin::tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text += QLatin1String("  ") + command->name().leftJustified(width + 2)
                + command->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + CommandLine::commonOptionsHelp() + QLatin1Char('\n')
            + epilogue(usage);
    return text;
}

int CommandGroup::run(const QStringList &arguments, const QString &usage)
{
    if (arguments.isEmpty()) {
        Console::err(helpText(usage));
        return BadUsage;
    }
    const QString first = arguments.constFirst();
    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || first == QLatin1String("help")) {
        Console::out(helpText(usage));
        return Success;
    }
    if (const int handled = runOption(first); handled >= 0)
        return handled;
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return command->run(arguments.mid(1), usage + QLatin1Char(' ') + first);
    }
    const QString problem = first.startsWith(QLatin1Char('-'))
            ? Admin::tr("Unknown option '%1'.").arg(first)
            : Admin::tr("Unknown command '%1'.").arg(first);
    return CommandLine::usageError(problem, usage);
}

} // namespace bd::admin
