#include "app/main/admin/ImportCommands.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/services/dataimport/CustomerImport.h"
#include "app/services/dataimport/HoldingImport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace bd::admin {

namespace {

using ImportFactory = std::function<std::unique_ptr<CoreBankingImport>(Store &, const Session &)>;

class ImportCommand : public AdminCommand
{
public:
    ImportCommand(QString name, QString summary, QString description, ImportFactory factory)
        : m_name(std::move(name))
        , m_summary(std::move(summary))
        , m_description(std::move(description))
        , m_factory(std::move(factory))
    {
    }
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }

    int run(const QStringList &arguments, const QString &usage) override
    {
        // The column list comes from the import itself, so help and code cannot drift.
        Store none;
        const Session nobody;
        const std::unique_ptr<CoreBankingImport> columnsOf = m_factory(none, nobody);
        QString columns;
        for (const CoreBankingImport::ColumnSpec &spec : columnsOf->columns()) {
            const QString name = spec.name + (spec.required ? QStringLiteral(" *") : QString());
            columns += QStringLiteral("\n  %1 %2").arg(name.leftJustified(16), spec.description);
        }
        CommandLine line(usage,
                         m_description + QLatin1Char('\n')
                                 + Admin::tr("The file is CSV (RFC 4180: comma-separated, "
                                             "fields with commas, quotes or line breaks in "
                                             "double quotes), in the encoding --encoding "
                                             "declares: UTF-8 (the default, with or without "
                                             "a byte-order mark), GBK or GB18030. It is never "
                                             "guessed; bytes that do not decode are refused. "
                                             "The first line names the columns, in any order "
                                             "(* = required):")
                                 + columns + QLatin1Char('\n')
                                 + Admin::tr("Every row is checked; by default one rejected row "
                                             "means nothing is imported. Needs the import_data "
                                             "permission. Exit status 0 if the import was "
                                             "applied, 1 if rows were rejected (without "
                                             "--accept-valid) or the file was refused. Details: "
                                             "docs/PRIVACY.md."));
        line.addUserOption();
        line.addJsonOption();
        line.addOption({QStringLiteral("accept-valid"),
                        Admin::tr("Import the valid rows even if others are rejected.")});
        line.addOption({QStringLiteral("encoding"),
                        Admin::tr("The file's encoding: utf-8 (default), gbk or gb18030."),
                        Admin::tr("ENCODING"), QStringLiteral("utf-8")});
        line.addPositional(QStringLiteral("file"), Admin::tr("The CSV file."),
                           QStringLiteral("FILE.csv"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1)
            return line.usageError(Admin::tr("Give one FILE."));
        const std::optional<CsvReader::Encoding> encoding
                = CsvReader::encodingNamed(line.value(QStringLiteral("encoding")));
        if (!encoding)
            return line.usageError(Admin::tr("--encoding is utf-8, gbk or gb18030."));
        SignedInStore signedIn;
        if (const int code = signedIn.open(line); code != Success)
            return code;
        const std::unique_ptr<CoreBankingImport> import = m_factory(signedIn.store,
                                                                    *signedIn.session);
        import->setEncoding(*encoding);
        const ImportReport report = import->runFile(
                line.positional().first(), line.isSet(QStringLiteral("accept-valid"))
                        ? CoreBankingImport::Mode::AcceptValid
                        : CoreBankingImport::Mode::AllOrNothing);
        if (line.json()) {
            QJsonArray rejected;
            for (const ImportRejection &rejection : report.rejected) {
                rejected.append(QJsonObject{{QStringLiteral("line"), rejection.line},
                                            {QStringLiteral("reason"), rejection.reason}});
            }
            Console::json(QJsonObject{{QStringLiteral("ok"), report.ok},
                                      {QStringLiteral("fileError"), report.fileError},
                                      {QStringLiteral("rows"), report.rows},
                                      {QStringLiteral("valid"), report.valid},
                                      {QStringLiteral("applied"), report.applied},
                                      {QStringLiteral("rejected"), rejected}});
            return report.ok ? Success : Failure;
        }
        if (!report.fileError.isEmpty()) {
            Console::err(report.fileError);
            return Failure;
        }
        for (const ImportRejection &rejection : report.rejected)
            Console::err(Admin::tr("line %1: %2").arg(rejection.line).arg(rejection.reason));
        if (!report.ok) {
            Console::err(Admin::tr("%n row(s) rejected; nothing was imported. Fix them, or run "
                                   "again with --accept-valid to import the %1 valid row(s).",
                                   nullptr, int(report.rejected.size()))
                                 .arg(report.valid));
            return Failure;
        }
        Console::out(Admin::tr("%n row(s) imported.", nullptr, report.applied)
                     + (report.rejected.isEmpty()
                                ? QString()
                                : QLatin1Char(' ')
                                        + Admin::tr("%n row(s) rejected.", nullptr,
                                                    int(report.rejected.size()))));
        return Success;
    }

private:
    QString m_name;
    QString m_summary;
    QString m_description;
    ImportFactory m_factory;
};

} // namespace

ImportCommands::ImportCommands()
{
    add(std::make_unique<ImportCommand>(
            QStringLiteral("customers"), Admin::tr("Import customers from a core-banking CSV."),
            Admin::tr("Adds the customers of a core-banking export (CIF and ID numbers that "
                      "are already in the database are rejected). Imported customers can be "
                      "searched at once and are recorded for sync."),
            [](Store &store, const Session &session) {
                return std::make_unique<CustomerImport>(store, session);
            }));
    add(std::make_unique<ImportCommand>(
            QStringLiteral("holdings"), Admin::tr("Import holdings from a core-banking CSV."),
            Admin::tr("Adds the products customers hold, from a core-banking export; each "
                      "customer (by cif_no) must already be in the database."),
            [](Store &store, const Session &session) {
                return std::make_unique<HoldingImport>(store, session);
            }));
}

QString ImportCommands::summary() const
{
    return Admin::tr("Import customers and holdings from core-banking CSV exports.");
}

QString ImportCommands::description() const
{
    return Admin::tr("Core-banking exports into the database, validated row by row and "
                     "applied in one transaction, signed in as --user (import_data "
                     "permission).");
}

} // namespace bd::admin
