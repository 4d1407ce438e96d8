#include "app/main/admin/KeysCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/services/staff/RevealKeyRotation.h"

namespace bd::admin {

namespace {

class RotateRevealCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("rotate-reveal"); }
    QString summary() const override
    {
        return Admin::tr("Give the customers' identifiers a new key (branch head).");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Makes a new key to the ID numbers, birth dates, phones and "
                                   "addresses of this workstation's file, seals every one of "
                                   "them to it in one go and gives it to every account that "
                                   "may reveal them; the old key is gone from the file. Use it "
                                   "after someone who could reveal left or lost the right: a "
                                   "copy of the file they took still opens what it held then, "
                                   "nothing written after. Recorded in the audit log."));
        line.addUserOption();
        SignedInStore signedIn;
        if (const std::optional<int> stop = signedIn.parseAndOpen(line, arguments))
            return *stop;
        const Result<RevealKeyRotation::Report> rotated
                = RevealKeyRotation(signedIn.store, *signedIn.session).rotate();
        if (Console::failed(rotated))
            return Failure;
        Console::out(Admin::tr("New key made: %1 values sealed again, %2 accounts hold it.")
                             .arg(rotated->values)
                             .arg(rotated->grants));
        return Success;
    }
};

} // namespace

KeysCommand::KeysCommand()
{
    add(std::make_unique<RotateRevealCommand>());
}

QString KeysCommand::summary() const
{
    return Admin::tr("Manage the keys to the customer data.");
}

QString KeysCommand::description() const
{
    return Admin::tr("The customers' identifiers are sealed to a key that only accounts which "
                     "may reveal personal data hold (docs/SECURITY.md).");
}

} // namespace bd::admin
