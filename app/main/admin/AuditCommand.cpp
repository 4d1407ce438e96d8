#include "app/main/admin/AuditCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/StoreAccess.h"
#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"

#include <QJsonObject>

namespace bd::admin {

namespace {

class AuditVerifyCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return Admin::tr("Check that no audit entry was edited, deleted or reordered.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Recomputes the hash chain of the audit log and holds it "
                                   "to the last checkpoint the sync server signed for it (kept "
                                   "at each sync). Exits with 0 if it is intact, with 1 and the "
                                   "first bad entry if any entry was edited, deleted or "
                                   "reordered, or if the chain was cut short or rewritten "
                                   "since the server vouched for it."));
        line.addJsonOption();
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (!line.positional().isEmpty())
            return line.usageError(
                    Admin::tr("Unexpected argument '%1'.").arg(line.positional().first()));

        Store store;
        if (!StoreAccess::openExisting(store, line.databasePath()))
            return Failure;
        const AuditTrail::Verification verification = AuditTrail(store).verify();
        if (line.json()) {
            Console::json(QJsonObject{{QStringLiteral("intact"), verification.intact},
                                      {QStringLiteral("entries"), verification.entries},
                                      {QStringLiteral("firstBadSeq"), verification.firstBadSeq},
                                      {QStringLiteral("problem"), verification.problem},
                                      {QStringLiteral("anchoredSeq"),
                                       double(verification.anchoredSeq)}});
        } else if (verification.intact) {
            Console::out(Admin::tr("The audit log is intact: %n entries.", nullptr,
                                   int(verification.entries)));
        } else {
            Console::err(Admin::tr("The audit log is broken at entry %1: %2.")
                                 .arg(verification.firstBadSeq)
                                 .arg(verification.problem));
        }
        return verification.intact ? Success : Failure;
    }
};

} // namespace

AuditCommand::AuditCommand()
{
    add(std::make_unique<AuditVerifyCommand>());
}

QString AuditCommand::summary() const
{
    return Admin::tr("Verify the audit log's hash chain.");
}

QString AuditCommand::description() const
{
    return Admin::tr("The audit log is append-only and hash-chained: each entry's hash covers "
                     "the entry before it, so editing or deleting any entry is detected.");
}

} // namespace bd::admin
