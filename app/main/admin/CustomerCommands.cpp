#include "app/main/admin/CustomerCommands.h"

#include "app/domain/CustomerField.h"
#include "app/domain/CustomerTier.h"
#include "app/domain/Money.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/CustomerMoveCommand.h"
#include "app/main/admin/CustomerOfferCommands.h"
#include "app/main/admin/CustomerPrivacyCommands.h"
#include "app/main/admin/SignedInStore.h"
#include "app/main/admin/TextTable.h"
#include "app/services/customers/CustomerService.h"
#include "database/core/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd::admin {

namespace {

// What every customer command starts with: the database and --user signed in.
QString withoutUser()
{
    return Admin::tr("Customer commands need --user to sign in.");
}

QString money(qint64 fen)
{
    return Money::fromFen(fen).toDisplayString();
}

class CustomerFindCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("find"); }
    QString summary() const override { return Admin::tr("Find customers."); }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Finds customers by name (or part of it), mobile number (all "
                                   "of it or its last 4 digits), ID number (all of it or its "
                                   "last 4 or 6 characters) or CIF number. ID numbers and "
                                   "phones are masked."));
        line.addUserOption();
        line.addJsonOption();
        line.addOption({QStringLiteral("limit"),
                        Admin::tr("Show at most N customers (default: 20)."), Admin::tr("N"),
                        QStringLiteral("20")});
        line.addPositional(QStringLiteral("query"), Admin::tr("What to look for."),
                           QStringLiteral("QUERY"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1 || line.positional().first().trimmed().isEmpty())
            return line.usageError(Admin::tr("Give one QUERY (quote it if it has spaces)."));
        bool ok = false;
        const int limit = line.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000)
            return line.usageError(Admin::tr("--limit takes a whole number from 1 to 10000."));

        SignedInStore signedIn;
        if (const int code = signedIn.open(line, withoutUser()); code != Success)
            return code;
        CustomerService service(signedIn.store, *signedIn.session);
        const Result<QList<CustomerSummary>> searched
                = service.find(line.positional().first(), limit);
        if (Console::failed(searched))
            return Failure;
        const QList<CustomerSummary> &found = *searched;

        if (line.json()) {
            QJsonArray array;
            for (const CustomerSummary &c : found) {
                array.append(QJsonObject{
                        {QStringLiteral("id"), c.id},
                        {QStringLiteral("cif"), c.cifNo},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("gender"), c.gender},
                        {QStringLiteral("birthDate"), c.birthDate.isValid()
                                                                ? QJsonValue(c.birthDate.toString(
                                                                        Qt::ISODate))
                                                                : QJsonValue()},
                        {QStringLiteral("age"), c.age},
                        {QStringLiteral("idNumber"), c.idNumber},
                        {QStringLiteral("phone"), c.phone},
                        {QStringLiteral("tier"), c.tier},
                        {QStringLiteral("aumFen"), qint64(c.aum.fen())},
                        {QStringLiteral("lifecycleStage"), c.lifecycleStage.code()},
                        {QStringLiteral("riskLevel"), c.riskLevel},
                        {QStringLiteral("managerName"), c.managerName},
                });
            }
            Console::json(array);
            return Success;
        }
        if (found.isEmpty()) {
            Console::err(Admin::tr("No customer matches '%1'.").arg(line.positional().first()));
            return Success;
        }
        TextTable table({Admin::tr("CIF"), Admin::tr("Name"), Admin::tr("Mobile"),
                         Admin::tr("ID number"), Admin::tr("Tier"), Admin::tr("AUM"),
                         Admin::tr("Manager")});
        for (const CustomerSummary &c : found) {
            table.addRow({c.cifNo, c.name, c.phone, c.idNumber,
                          Tiers::label(Tiers::fromCode(c.tier)), money(c.aum.fen()),
                          c.managerName.isEmpty() ? QStringLiteral("-") : c.managerName});
        }
        table.print();
        return Success;
    }
};

class CustomerShowCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return Admin::tr("Show one customer's profile."); }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage, Admin::tr("Shows the profile of one customer, named by id or "
                                          "CIF number. ID number, phone and address are "
                                          "masked."));
        line.addUserOption();
        line.addJsonOption();
        line.addCustomerArgument();
        SignedInStore signedIn;
        if (const std::optional<int> stop = signedIn.parseAndOpenFor(line, arguments, withoutUser()))
            return *stop;
        CustomerService service(signedIn.store, *signedIn.session);
        const CustomerId &id = signedIn.customerId;
        const Result<CustomerDetails> found = service.profile(id);
        if (Console::failed(found))
            return Failure;
        if (line.json()) {
            Console::json(found->toJson());
            return Success;
        }
        const QVariantMap profile = found->toJson().toVariantMap();
        // The fields a person looks for first, then everything else by name.
        QStringList keys{QStringLiteral("cif_no"),   QStringLiteral("name"),
                         QStringLiteral("gender"),   QStringLiteral("birth_date"),
                         QStringLiteral("age"),
                         QStringLiteral("id_number"), QStringLiteral("phone"),
                         QStringLiteral("address"),  QStringLiteral("tier"),
                         QStringLiteral("aum_fen"),  QStringLiteral("manager_name"),
                         QStringLiteral("branch_code")};
        for (const QString &key : profile.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        TextTable table({Admin::tr("Field"), Admin::tr("Value")});
        for (const QString &key : std::as_const(keys)) {
            if (!profile.contains(key))
                continue;
            const QVariant value = profile.value(key);
            QString text = value.isNull() ? QStringLiteral("-") : value.toString();
            if (key.endsWith(QLatin1String("_fen")) && !value.isNull())
                text = money(value.toLongLong());
            table.addRow({key, text});
        }
        table.print();
        return Success;
    }
};

class CustomerEditCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override { return Admin::tr("Change fields of a customer."); }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Changes profile fields of one customer, named by id or CIF "
                                   "number, validated like the workstation does: if any value is "
                                   "refused, nothing changes. Each change is recorded for sync "
                                   "and in the audit log. Editable fields: %1.")
                                 .arg(CustomerField::editable().join(QStringLiteral(", "))));
        line.addUserOption();
        line.addCustomerArgument();
        line.addPositional(QStringLiteral("changes"),
                           Admin::tr("One or more FIELD=VALUE, e.g. phone=13812345678."),
                           QStringLiteral("FIELD=VALUE..."));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        const QStringList positional = line.positional();
        if (positional.size() < 2)
            return line.usageError(Admin::tr("Give the customer ID and at least one "
                                             "FIELD=VALUE."));
        QList<CustomerService::FieldEdit> edits;
        for (const QString &change : positional.mid(1)) {
            const qsizetype equals = change.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return line.usageError(
                        Admin::tr("'%1' is not FIELD=VALUE.").arg(change));
            edits.append({change.left(equals).trimmed(), change.mid(equals + 1)});
        }

        SignedInStore signedIn;
        if (const int code = signedIn.openFor(line, withoutUser()); code != Success)
            return code;
        CustomerService service(signedIn.store, *signedIn.session);
        const CustomerId &id = signedIn.customerId;
        const CustomerService::EditResult result = service.edit(id, edits);
        if (!result.ok) {
            if (!result.refusal.isEmpty())
                Console::err(result.refusal);
            for (const CustomerService::FieldProblem &problem : result.problems)
                Console::err(Admin::tr("%1: %2").arg(problem.field, problem.problem));
            Console::err(Admin::tr("Nothing was changed."));
            return Failure;
        }
        QStringList fields;
        for (const CustomerService::FieldEdit &edit : std::as_const(edits))
            fields << edit.field;
        Console::out(Admin::tr("Customer %1 updated: %2.")
                             .arg(positional.first(), fields.join(QStringLiteral(", "))));
        return Success;
    }
};

} // namespace

CustomerCommands::CustomerCommands()
{
    add(std::make_unique<CustomerFindCommand>());
    add(std::make_unique<CustomerShowCommand>());
    add(std::make_unique<CustomerEditCommand>());
    add(CustomerPrivacyCommands::reveal());
    add(CustomerPrivacyCommands::consent());
    add(CustomerPrivacyCommands::exportData());
    add(CustomerPrivacyCommands::erase());
    add(customerMoveCommand());
    add(CustomerOfferCommands::household());
    add(CustomerOfferCommands::offers());
    add(CustomerOfferCommands::sell());
}

QString CustomerCommands::summary() const
{
    return Admin::tr("Find, show and edit customers (masked, audited).");
}

QString CustomerCommands::description() const
{
    return Admin::tr("Customers of the database, seen and changed as the signed-in user "
                     "(--user, password from BRANCHDESK_PASSWORD or a prompt) may: personal "
                     "data is masked, edits are validated, synced and audited.");
}

} // namespace bd::admin
