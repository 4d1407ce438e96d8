#include "app/main/admin/CustomerPrivacyCommands.h"

#include "app/domain/Ids.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/main/admin/TextTable.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/privacy/ConsentService.h"
#include "app/services/privacy/PersonalDataReveal.h"
#include "app/services/privacy/PersonalDataRights.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace bd::admin {

namespace {

class ExportDataCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("export-data"); }
    QString summary() const override
    {
        return Admin::tr("Export all data of one customer, for that customer.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Writes everything stored about one customer (every row of "
                                   "theirs in every table, unmasked) as readable JSON, for the "
                                   "customer's request to see their data. Needs the "
                                   "export_personal_data permission; audited."));
        line.addUserOption();
        line.addOption({QStringLiteral("output"),
                        Admin::tr("Write to FILE instead of standard output."),
                        Admin::tr("FILE")});
        line.addCustomerArgument();
        SignedInStore signedIn;
        if (const std::optional<int> stop = signedIn.parseAndOpenFor(line, arguments))
            return *stop;
        const CustomerId &id = signedIn.customerId;
        PersonalDataRights rights(signedIn.store, *signedIn.session);
        const Result<QJsonObject> data = rights.exportFor(id);
        if (Console::failed(data))
            return Failure;
        const QString output = line.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            Console::json(*data);
            return Success;
        }
        // Personal data: readable by the person who exported it only, whatever the umask
        // or the mode of a file it replaces.
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(QJsonDocument(*data).toJson(QJsonDocument::Indented)) < 0
            || !file.commit()) {
            Console::err(Admin::tr("Cannot write %1: %2").arg(output, file.errorString()));
            return Failure;
        }
        Console::out(Admin::tr("Personal data of customer %1 written to %2.").arg(id.toString(), output));
        return Success;
    }
};

class EraseCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("erase"); }
    QString summary() const override
    {
        return Admin::tr("Erase (anonymise) one customer's personal data on their request.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Anonymises the customer and blanks their personal data in "
                                   "every table (notes, KYC answers, lobby visits, referrals, "
                                   "tags, consent, search keys, pending sync payloads and sync "
                                   "conflicts), recorded as synced changes so every workstation "
                                   "does the same. Amounts and product holdings stay, without a "
                                   "person. Cannot be undone. The audit log is kept. Needs the "
                                   "erase_personal_data permission."));
        line.addUserOption();
        line.addOption({QStringLiteral("request"),
                        Admin::tr("Reference of the customer's erasure request (required; no "
                                  "personal data)."),
                        Admin::tr("REF")});
        line.addOption({QStringLiteral("yes"), Admin::tr("Confirm: erase now, for good.")});
        line.addCustomerArgument();
        if (const std::optional<int> stop = line.parseOneCustomer(arguments))
            return *stop;
        if (line.value(QStringLiteral("request")).trimmed().isEmpty())
            return line.usageError(Admin::tr("Give the request reference with --request."));
        if (!line.isSet(QStringLiteral("yes")))
            return line.usageError(Admin::tr("Erasure cannot be undone: add --yes to confirm."));
        SignedInStore signedIn;
        if (const int code = signedIn.openFor(line); code != Success)
            return code;
        const CustomerId &id = signedIn.customerId;
        PersonalDataRights rights(signedIn.store, *signedIn.session);
        const Result<int> erased = rights.erase(id, line.value(QStringLiteral("request")));
        if (Console::failed(erased))
            return Failure;
        Console::out(Admin::tr("Customer %1 erased: %n row(s) anonymised.", nullptr, *erased)
                             .arg(id.toString()));
        return Success;
    }
};

class RevealCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("reveal"); }
    QString summary() const override
    {
        return Admin::tr("Show one masked field of a customer in full, with a reason.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage, Admin::tr("Shows the full ID number, mobile number or address "
                                          "of one customer. Needs the reveal_personal_data "
                                          "permission and a reason; audited with the reason."));
        line.addUserOption();
        line.addOption({QStringLiteral("reason"), Admin::tr("Why you need to see it."),
                        Admin::tr("TEXT")});
        line.addCustomerArgument();
        line.addPositional(QStringLiteral("field"),
                           Admin::tr("id_number, phone or address."), QStringLiteral("FIELD"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 2)
            return line.usageError(Admin::tr("Give the customer ID and the FIELD."));
        PersonalDataReveal::Field field = PersonalDataReveal::Field::Phone;
        if (!PersonalDataReveal::fromCode(line.positional().at(1), &field))
            return line.usageError(Admin::tr("FIELD is id_number, phone or address."));
        SignedInStore signedIn;
        if (const int code = signedIn.openFor(line); code != Success)
            return code;
        const CustomerId &id = signedIn.customerId;
        PersonalDataReveal reveal(signedIn.store, *signedIn.session);
        const Result<QString> value
                = reveal.reveal(id, field, line.value(QStringLiteral("reason")));
        if (Console::failed(value))
            return Failure;
        Console::out(*value);
        return Success;
    }
};

class ConsentCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("consent"); }
    QString summary() const override
    {
        return Admin::tr("Show or record a customer's consent per purpose.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        QStringList purposes;
        for (const ConsentPurpose purpose : ConsentPurposes::all())
            purposes << ConsentPurposes::code(purpose);
        CommandLine line(usage,
                         Admin::tr("Without PURPOSE: shows the current consent per purpose and "
                                   "its history. With PURPOSE grant|withdraw: records it "
                                   "(needs manage_consent; a grant needs --evidence). "
                                   "Purposes: %1. Channels: %2.")
                                 .arg(purposes.join(QStringLiteral(", ")),
                                      ConsentPurposes::channelCodes().join(
                                              QStringLiteral(", "))));
        line.addUserOption();
        line.addJsonOption();
        line.addOption({QStringLiteral("channel"),
                        Admin::tr("Where the customer said so (default counter)."),
                        Admin::tr("CHANNEL"), QStringLiteral("counter")});
        line.addOption({QStringLiteral("evidence"),
                        Admin::tr("Form number or call reference."), Admin::tr("REF")});
        line.addCustomerArgument();
        line.addPositional(QStringLiteral("purpose"), Admin::tr("The purpose."),
                           QStringLiteral("[PURPOSE grant|withdraw]"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        const QStringList positional = line.positional();
        if (positional.size() != 1 && positional.size() != 3)
            return line.usageError(Admin::tr("Give the customer ID, optionally followed by "
                                             "PURPOSE and grant or withdraw."));
        ConsentPurpose purpose = ConsentPurpose::MarketingPhone;
        if (positional.size() == 3) {
            if (!ConsentPurposes::fromCode(positional.at(1), &purpose))
                return line.usageError(Admin::tr("Unknown purpose '%1'.").arg(positional.at(1)));
            if (positional.at(2) != QLatin1String("grant")
                && positional.at(2) != QLatin1String("withdraw"))
                return line.usageError(Admin::tr("Say grant or withdraw."));
        }
        SignedInStore signedIn;
        if (const int code = signedIn.openFor(line); code != Success)
            return code;
        const CustomerId &id = signedIn.customerId;
        ConsentService consent(signedIn.store, *signedIn.session);
        if (positional.size() == 3) {
            if (Console::failed(consent.record(
                        id, purpose, positional.at(2) == QLatin1String("grant"),
                        line.value(QStringLiteral("channel")),
                        line.value(QStringLiteral("evidence")))))
                return Failure;
            Console::out(Admin::tr("Consent recorded."));
            return Success;
        }
        const Result<QList<ConsentRecord>> read = consent.history(id);
        if (Console::failed(read))
            return Failure;
        const QList<ConsentRecord> &history = *read;
        if (line.json()) {
            QJsonArray array;
            for (const ConsentRecord &record : history) {
                array.append(QJsonObject{{QStringLiteral("purpose"), record.purpose},
                                         {QStringLiteral("granted"), record.granted},
                                         {QStringLiteral("channel"), record.channel},
                                         {QStringLiteral("evidence"), record.evidence},
                                         {QStringLiteral("staff"), record.staffName},
                                         {QStringLiteral("recordedAt"), record.recordedAt}});
            }
            Console::json(array);
            return Success;
        }
        TextTable current({Admin::tr("Purpose"), Admin::tr("Consent")});
        for (const ConsentService::PurposeState &state : consent.current(id).valueOr({})) {
            current.addRow({ConsentPurposes::label(state.purpose),
                            state.granted ? Admin::tr("granted")
                                          : state.recorded ? Admin::tr("withdrawn")
                                                           : Admin::tr("never given")});
        }
        current.print();
        Console::out();
        TextTable table({Admin::tr("When"), Admin::tr("Purpose"), Admin::tr("Change"),
                         Admin::tr("Channel"), Admin::tr("Evidence"), Admin::tr("Staff")});
        for (const ConsentRecord &record : history) {
            ConsentPurpose recordPurpose = ConsentPurpose::MarketingPhone;
            ConsentPurposes::fromCode(record.purpose, &recordPurpose);
            table.addRow({record.recordedAt, ConsentPurposes::label(recordPurpose),
                          record.granted ? Admin::tr("grant") : Admin::tr("withdrawal"),
                          ConsentPurposes::channelLabel(record.channel), record.evidence,
                          record.staffName});
        }
        table.print();
        return Success;
    }
};

} // namespace

namespace CustomerPrivacyCommands {
std::unique_ptr<AdminCommand> exportData() { return std::make_unique<ExportDataCommand>(); }
std::unique_ptr<AdminCommand> erase() { return std::make_unique<EraseCommand>(); }
std::unique_ptr<AdminCommand> reveal() { return std::make_unique<RevealCommand>(); }
std::unique_ptr<AdminCommand> consent() { return std::make_unique<ConsentCommand>(); }
} // namespace CustomerPrivacyCommands

} // namespace bd::admin
