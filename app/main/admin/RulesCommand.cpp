#include "app/main/admin/RulesCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/FileCheck.h"
#include "app/rules/RuleFile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd::admin {

namespace {

class RulesValidateCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return Admin::tr("Check an event rule file and list every problem.");
    }
    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Checks an event rule file (JSON, docs/EVENTS.md): format, "
                                   "contact rules, and for every rule its event, conditions, "
                                   "customers, opportunity, recipient and windows. Prints every "
                                   "problem with its JSON path; exits with 0 if the file can be "
                                   "installed, 1 if not."));
        line.addJsonOption();
        line.addPositional(QStringLiteral("file"), Admin::tr("The rule file."),
                           QStringLiteral("FILE"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1)
            return line.usageError(Admin::tr("Name one rule file."));
        const QString path = line.positional().first();
        const std::optional<QByteArray> bytes = FileCheck::read(path, RuleFile::kMaxBytes + 1);
        if (!bytes)
            return Failure;
        const RuleFile::Parsed parsed = RuleFile::parse(*bytes);
        if (line.json()) {
            QJsonArray list;
            for (const ConditionProblem &problem : parsed.problems)
                list.append(QJsonObject{{QStringLiteral("path"), problem.path},
                                        {QStringLiteral("message"), problem.message}});
            FileCheck::printJson(path, parsed.problems.isEmpty(), list);
        } else if (parsed.problems.isEmpty() && parsed.rules) {
            Console::out(Admin::tr("%1 is a valid rule file (version %2): %n rule(s).", nullptr,
                                   int(parsed.rules->rules.size()))
                                 .arg(path)
                                 .arg(parsed.rules->version));
        } else {
            for (const ConditionProblem &problem : parsed.problems)
                Console::out(problem.toString());
            Console::err(Admin::tr("%1 has %n problem(s).", nullptr, int(parsed.problems.size()))
                                 .arg(path));
        }
        return parsed.problems.isEmpty() && parsed.rules ? Success : Failure;
    }
};

} // namespace

RulesCommand::RulesCommand()
{
    add(std::make_unique<RulesValidateCommand>());
}

QString RulesCommand::summary() const
{
    return Admin::tr("Check event rule files.");
}

QString RulesCommand::description() const
{
    return Admin::tr("Event rules turn a customer's events (a large transfer out, a maturing "
                     "product, repeated browsing) into opportunities for the right manager. A "
                     "rule file is checked whole: a file with any problem is never installed, "
                     "and the rules in use stay as they were.");
}

} // namespace bd::admin
