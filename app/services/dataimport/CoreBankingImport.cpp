#include "app/services/dataimport/CoreBankingImport.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/dataimport/CsvReader.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace bd {

CoreBankingImport::CoreBankingImport(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

ImportReport CoreBankingImport::runFile(const QString &path, Mode mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.fileError = tr("Cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    if (file.size() > CsvReader::kMaxFileBytes) {
        ImportReport report;
        report.fileError = tr("%1 is larger than %2 MiB; split it.")
                                   .arg(path)
                                   .arg(CsvReader::kMaxFileBytes / 1024 / 1024);
        return report;
    }
    return run(file.readAll(), mode);
}

ImportReport CoreBankingImport::run(const QByteArray &csv, Mode mode)
{
    ImportReport report;
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ImportData); !may) {
        report.fileError = may.errorString();
        return report;
    }
    const CsvReader::Result parsed = CsvReader::parse(csv);
    if (!parsed.ok) {
        report.fileError = parsed.error;
        return report;
    }
    if (parsed.records.isEmpty()) {
        report.fileError = tr("The file is empty: the first line must name the columns.");
        return report;
    }

    // The header: known names only, each once, every required one present.
    QStringList header;
    QSet<QString> known;
    for (const ColumnSpec &spec : columns())
        known.insert(spec.name);
    for (const QString &name : parsed.records.first().fields) {
        const QString column = name.trimmed().toLower();
        if (!known.contains(column)) {
            report.fileError = tr("Line 1: unknown column '%1'. Known columns: %2.")
                                       .arg(name, QStringList(known.cbegin(), known.cend())
                                                          .join(QStringLiteral(", ")));
            return report;
        }
        if (header.contains(column)) {
            report.fileError = tr("Line 1: the column '%1' appears twice.").arg(column);
            return report;
        }
        header << column;
    }
    for (const ColumnSpec &spec : columns()) {
        if (spec.required && !header.contains(spec.name)) {
            report.fileError = tr("Line 1: the required column '%1' is missing.").arg(spec.name);
            return report;
        }
    }

    QList<QVariantMap> valid;
    for (qsizetype i = 1; i < parsed.records.size(); ++i) {
        const CsvRecord &record = parsed.records.at(i);
        ++report.rows;
        if (record.fields.size() != header.size()) {
            report.rejected << ImportRejection{
                    record.line, tr("%n field(s), but the header names %1.", nullptr,
                                    int(record.fields.size()))
                                         .arg(header.size())};
            continue;
        }
        Row row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), record.fields.at(c).trimmed());
        QVariantMap prepared;
        const QString problem = validate(row, record.line, &prepared);
        if (problem.isEmpty())
            valid << prepared;
        else
            report.rejected << ImportRejection{record.line, problem};
    }
    report.valid = int(valid.size());

    const bool applyRows = report.rejected.isEmpty() || mode == Mode::AcceptValid;
    Transaction transaction(m_store.database());
    if (applyRows) {
        for (const QVariantMap &prepared : std::as_const(valid)) {
            if (const Result<> applied = apply(prepared); !applied) {
                transaction.rollback();
                report.applied = 0;
                report.fileError = tr("Nothing was imported: %1").arg(applied.errorString());
                return report;
            }
            ++report.applied;
        }
    }
    const QJsonObject detail{{QStringLiteral("rows"), report.rows},
                             {QStringLiteral("applied"), report.applied},
                             {QStringLiteral("rejected"), int(report.rejected.size())}};
    const bool audited = AuditTrail(m_store).record(&m_session, auditAction(), {}, {}, detail);
    if (const Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
        report.applied = 0;
        report.fileError = tr("Nothing was imported: %1").arg(saved.errorString());
        return report;
    }
    report.ok = applyRows;
    return report;
}

} // namespace bd
