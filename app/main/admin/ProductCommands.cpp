#include "app/main/admin/ProductCommands.h"

#include "app/domain/DomainTerms.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/FileCheck.h"
#include "app/main/admin/SignedInStore.h"
#include "app/main/admin/TextTable.h"
#include "app/services/suitability/ProductShelfService.h"
#include "app/services/suitability/RiskRating.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd::admin {

namespace {

// Reads FILE (at most the shelf's limit and one byte more, so a larger file is refused).
std::optional<QByteArray> readShelfFile(const QString &path)
{
    return FileCheck::read(path, ProductShelfFile::kMaxBytes + 1);
}

int printProblems(const QList<ShelfProblem> &problems, bool json, const QString &path)
{
    if (json) {
        QJsonArray list;
        for (const ShelfProblem &problem : problems)
            list.append(QJsonObject{{QStringLiteral("place"), problem.place},
                                    {QStringLiteral("product"), problem.product},
                                    {QStringLiteral("message"), problem.message}});
        FileCheck::printJson(path, problems.isEmpty(), list);
    } else {
        for (const ShelfProblem &problem : problems)
            Console::err(problem.toString());
        if (!problems.isEmpty())
            Console::err(Admin::tr("%n problem(s): the file cannot be used.", nullptr,
                                   int(problems.size())));
    }
    return problems.isEmpty() ? Success : Failure;
}

class CheckCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return Admin::tr("Check a product shelf file and list every problem.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage, Admin::tr("Checks the bank's product shelf file (JSON or CSV) "
                                          "and prints every problem with its place; exits "
                                          "with 0 if the shelf is usable, 1 if not. Changes "
                                          "nothing."));
        line.addJsonOption();
        line.addPositional(QStringLiteral("file"), Admin::tr("The shelf file."),
                           QStringLiteral("FILE"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1)
            return line.usageError(Admin::tr("Name one shelf file."));
        const QString path = line.positional().first();
        const std::optional<QByteArray> bytes = readShelfFile(path);
        if (!bytes)
            return Failure;
        const ProductShelfFile::Reading reading = ProductShelfFile::read(*bytes, path);
        const int code = printProblems(reading.problems, line.json(), path);
        if (code == Success && !line.json())
            Console::out(Admin::tr("%1 is a valid product shelf: %n product(s).", nullptr,
                                   int(reading.shelf.products().size()))
                                 .arg(path));
        return code;
    }
};

class LoadCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("load"); }
    QString summary() const override
    {
        return Admin::tr("Make a checked file the branch's product shelf.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage, Admin::tr("Checks the file and, only if it has no problem at "
                                          "all, makes it the branch's product shelf (synced "
                                          "to the branch's workstations, audited). A file "
                                          "with problems changes nothing. Needs "
                                          "manage_product_shelf."));
        line.addUserOption();
        line.addJsonOption();
        line.addPositional(QStringLiteral("file"), Admin::tr("The shelf file."),
                           QStringLiteral("FILE"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1)
            return line.usageError(Admin::tr("Name one shelf file."));
        const QString path = line.positional().first();
        const std::optional<QByteArray> bytes = readShelfFile(path);
        if (!bytes)
            return Failure;
        SignedInStore signedIn;
        if (const int code = signedIn.open(line); code != Success)
            return code;
        const ProductShelfService::Loading loading
                = ProductShelfService(signedIn.store, *signedIn.session).load(*bytes, path);
        if (!loading.error.isEmpty()) {
            Console::err(loading.error);
            return Failure;
        }
        if (!loading.loaded)
            return printProblems(loading.problems, line.json(), path);
        Console::out(Admin::tr("The branch's product shelf now has %n product(s) from %1.",
                               nullptr, loading.products)
                             .arg(path));
        return Success;
    }
};

class ListCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return Admin::tr("List the product shelf in force."); }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage, Admin::tr("Lists the branch's product shelf: the last file "
                                          "loaded, else the shelf built into BranchDesk."));
        line.addUserOption();
        line.addJsonOption();
        SignedInStore signedIn;
        if (const std::optional<int> stop = signedIn.parseAndOpen(line, arguments))
            return *stop;
        const Result<ProductShelf> shelf
                = ProductShelfService(signedIn.store, *signedIn.session).current();
        if (Console::failed(shelf))
            return Failure;
        if (line.json()) {
            Console::json(QJsonDocument::fromJson(ProductShelfFile::canonicalJson(*shelf)).object());
            return Success;
        }
        TextTable table({Admin::tr("Code"), Admin::tr("Name"), Admin::tr("Family"),
                         Admin::tr("Risk"), Admin::tr("Minimum"), Admin::tr("双录")});
        for (const ShelfProduct &p : shelf->products())
            table.addRow({p.code, p.name, DomainTerms::label(Vocabulary::ProductFamily, p.family),
                          RiskRating::productCode(p.risk), p.minimum.toDisplayString(),
                          p.needsRecording ? Admin::tr("yes") : Admin::tr("no")});
        table.print();
        return Success;
    }
};

} // namespace

ProductCommands::ProductCommands()
{
    add(std::make_unique<CheckCommand>());
    add(std::make_unique<LoadCommand>());
    add(std::make_unique<ListCommand>());
}

QString ProductCommands::summary() const
{
    return Admin::tr("The branch's product shelf: check, load and list the bank's file.");
}

QString ProductCommands::description() const
{
    return Admin::tr("The products the branch offers and sells, with their risk rating, "
                     "minimum, term, channels, 双录 and sales window, from the bank's file "
                     "(JSON or CSV). Recommendations and sales are checked against it.");
}

} // namespace bd::admin
