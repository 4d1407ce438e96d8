#include "app/main/admin/KycCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/FileCheck.h"
#include "app/services/kyc/KycBankValidator.h"
#include "app/services/kyc/KycQuestionBank.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd::admin {

namespace {

class KycValidateCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override
    {
        return Admin::tr("Check a KYC question bank file and list every problem.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Checks a KYC question bank (JSON): the nine cells, question "
                                   "ids, answer types, options, the KYC fields and the tag "
                                   "rules. Prints every problem with its JSON path and "
                                   "location; exits with 0 if the bank is usable, 1 if not."));
        line.addJsonOption();
        line.addPositional(QStringLiteral("file"), Admin::tr("The question bank file."),
                           QStringLiteral("FILE"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1)
            return line.usageError(Admin::tr("Name one question bank file."));
        const QString path = line.positional().first();
        const std::optional<QByteArray> bytes = FileCheck::read(path);
        if (!bytes)
            return Failure;
        const QList<KycBankProblem> problems = KycBankValidator::validate(*bytes);
        if (line.json()) {
            QJsonArray list;
            for (const KycBankProblem &problem : problems)
                list.append(QJsonObject{{QStringLiteral("path"), problem.path},
                                        {QStringLiteral("location"), problem.location},
                                        {QStringLiteral("message"), problem.message}});
            FileCheck::printJson(path, problems.isEmpty(), list);
        } else if (problems.isEmpty()) {
            KycQuestionBank bank;
            (void)bank.loadFile(path);
            Console::out(Admin::tr("%1 is a valid question bank: %n question(s) in nine cells.",
                                   nullptr, int(bank.questions().size()))
                                 .arg(path));
        } else {
            for (const KycBankProblem &problem : problems)
                Console::out(problem.toString());
            Console::err(Admin::tr("%1 has %n problem(s).", nullptr, int(problems.size()))
                                 .arg(path));
        }
        return problems.isEmpty() ? Success : Failure;
    }
};

} // namespace

KycCommand::KycCommand()
{
    add(std::make_unique<KycValidateCommand>());
}

QString KycCommand::summary() const
{
    return Admin::tr("Check KYC question bank files.");
}

QString KycCommand::description() const
{
    return Admin::tr("A bank may ship its own KYC question bank (set BRANCHDESK_KYC_BANK or the "
                     "kyc/bankFile setting). The workstation refuses a broken file and uses the "
                     "built-in bank; check a file here before shipping it.");
}

} // namespace bd::admin
