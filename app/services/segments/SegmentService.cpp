#include "app/services/segments/SegmentService.h"

#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/segments/SegmentColumns.h"
#include "database/segments/SegmentCompiler.h"
#include "database/segments/SegmentQueries.h"

#include <QIODevice>
#include <QJsonArray>

#include <algorithm>

namespace bd {

namespace {
constexpr int kMaxNameLength = 100;
constexpr int kExportChunk = 1000;

// RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with '.
QString csvCell(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front())) {
        bool number = false;
        text.toDouble(&number);
        if (!number)
            text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

SegmentService::SegmentService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

bd::Result<> SegmentService::allowed(Permission permission)
{
    if (m_session.can(permission))
        return {};
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"),
                               QStringLiteral("segment"), {},
                               {{QStringLiteral("permission"), Permissions::code(permission)}});
    (void)transaction.commit();
    return Error(m_session.refusal(permission));
}

bd::Result<QList<SavedSegment>> SegmentService::savedSegments()
{
    if (bd::Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    return SegmentRepository(m_store).forBranch(m_session.branch.id);
}

bd::Result<SegmentDefinition> SegmentService::definitionOf(const QString &segmentId)
{
    if (bd::Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    const auto segment = SegmentRepository(m_store).byId(segmentId);
    if (!segment || segment->branchId != m_session.branch.id)
        return Error(tr("The segment no longer exists."));
    bd::Result<SegmentDefinition> definition
            = SegmentDefinition::fromJson(segment->definitionJson.toUtf8());
    if (!definition)
        return Error(tr("The saved segment \"%1\" cannot be read: %2")
                             .arg(segment->name, definition.errorString()));
    return definition;
}

bd::Result<QString> SegmentService::save(const QString &name, const SegmentDefinition &definition,
                                         const QString &segmentId)
{
    if (bd::Result<> may = allowed(Permission::ManageSegments); !may)
        return may.error();
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error(tr("Give the segment a name."));
    if (trimmed.size() > kMaxNameLength)
        return Error(tr("A segment name has at most %1 characters.").arg(kMaxNameLength));
    if (const bd::Result<> valid = SegmentDefinition::validate(definition); !valid)
        return Error(tr("The segment cannot be saved: %1").arg(valid.errorString()));
    const QString json = QString::fromUtf8(definition.toJson());
    Transaction transaction(m_store.database());
    SegmentRepository segments(m_store);
    const auto sameName = segments.byName(m_session.branch.id, trimmed);
    if (sameName && sameName->id != segmentId)
        return Error(tr("A segment named \"%1\" already exists.").arg(trimmed));
    QString id = segmentId;
    bd::Result<> written;
    if (segmentId.isEmpty()) {
        const bd::Result<QString> inserted
                = segments.insert(m_session.branch.id, trimmed, json, m_session.user.id);
        written = inserted ? bd::Result<>() : inserted.error();
        id = inserted.valueOr(QString());
    } else {
        const auto existing = segments.byId(segmentId);
        if (!existing || existing->branchId != m_session.branch.id)
            return Error(tr("The segment no longer exists."));
        written = segments.update(*existing, trimmed, json);
    }
    if (written) {
        const bool audited = AuditTrail(m_store).record(
                &m_session, QStringLiteral("segment_saved"), QStringLiteral("segment"), id,
                {{QStringLiteral("name"), trimmed},
                 {QStringLiteral("conditions"), definition.conditionCount()}});
        written = audited ? transaction.commit() : Error(QString());
    }
    if (!written)
        return Error(tr("The segment could not be saved: %1").arg(written.errorString()));
    return id;
}

bd::Result<> SegmentService::remove(const QString &segmentId)
{
    if (bd::Result<> may = allowed(Permission::ManageSegments); !may)
        return may;
    Transaction transaction(m_store.database());
    SegmentRepository segments(m_store);
    const auto existing = segments.byId(segmentId);
    if (!existing || existing->branchId != m_session.branch.id)
        return Error(tr("The segment no longer exists."));
    bd::Result<> removed = segments.remove(*existing);
    if (removed)
        removed = AuditTrail(m_store).record(&m_session, QStringLiteral("segment_deleted"),
                                             QStringLiteral("segment"), segmentId,
                                             {{QStringLiteral("name"), existing->name}})
                ? transaction.commit()
                : Error(QString());
    if (!removed)
        return Error(tr("The segment could not be deleted: %1").arg(removed.errorString()));
    return {};
}

bd::Result<qint64> SegmentService::count(const SegmentDefinition &definition, const QDate &today)
{
    if (bd::Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    const auto compiled = SegmentCompiler::compile(definition, m_session.branch.id, today);
    if (!compiled)
        return compiled.error();
    const bd::Result<qint64> count = SegmentQueries(m_store).count(*compiled);
    if (!count)
        return Error(tr("The segment could not be counted: %1").arg(count.errorString()));
    return count;
}

bd::Result<QStringList> SegmentService::customerIds(const SegmentDefinition &definition,
                                                    const QString &sortColumn,
                                                    Qt::SortOrder order, const QDate &today,
                                                    int limit)
{
    if (bd::Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    const auto compiled = SegmentCompiler::compile(definition, m_session.branch.id, today);
    if (!compiled)
        return compiled.error();
    const bd::Result<QStringList> ids = SegmentQueries(m_store).customerIds(
            *compiled, SegmentColumns::orderBy(sortColumn, order), limit);
    if (!ids)
        return Error(tr("The segment could not be run: %1").arg(ids.errorString()));
    return ids;
}

bd::Result<QList<QVariantList>> SegmentService::rows(const QStringList &customerIds,
                                                     const QStringList &columns,
                                                     const QDate &today)
{
    if (bd::Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    return SegmentQueries(m_store).rows(customerIds, columns, today);
}

bd::Result<> SegmentService::exportCsv(const ExportRequest &request, QIODevice &out,
                                      const QDate &today, const ExportProgress &progress)
{
    if (bd::Result<> may = allowed(Permission::ViewCustomers); !may)
        return may;
    if (request.unmasked) {
        if (bd::Result<> may = allowed(Permission::ExportUnmasked); !may)
            return may;
    }
    QStringList columns;
    QStringList header;
    for (const QString &code : request.columns) {
        if (const SegmentColumn *column = SegmentColumns::find(code)) {
            columns << code;
            header << csvCell(SegmentColumns::label(*column));
        }
    }
    if (columns.isEmpty())
        return Error(tr("Choose at least one column to export."));
    // The rows are read and written first, outside any transaction (an export of a large
    // segment takes seconds and must not hold the write lock); the audit entry is recorded
    // at the end, and the caller keeps the file only if that succeeded.
    const auto personal = request.unmasked ? SegmentQueries::PersonalData::Revealed
                                           : SegmentQueries::PersonalData::Masked;
    SegmentQueries queries(m_store);
    const qsizetype total = request.customerIds.size();
    bool written = out.write("\xEF\xBB\xBF") == 3 && out.write((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()) > 0;
    for (qsizetype start = 0; written && start < total; start += kExportChunk) {
        const bd::Result<QList<QVariantList>> rows = queries.rows(
                request.customerIds.mid(start, kExportChunk), columns, today, personal);
        if (!rows)
            return Error(tr("The export failed: %1").arg(rows.errorString()));
        QByteArray chunk;
        for (const QVariantList &row : *rows) {
            QStringList cells;
            for (qsizetype i = 0; i < columns.size(); ++i)
                cells << csvCell(SegmentColumns::displayText(columns.at(i), row.value(i), true));
            chunk += (cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        }
        written = out.write(chunk) == chunk.size();
        if (written && progress && !progress(std::min(start + kExportChunk, total), total))
            return Error(tr("The export was cancelled."));
    }
    if (!written)
        return Error(tr("The file could not be written: %1").arg(out.errorString()));
    Transaction transaction(m_store.database());
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("segment_exported"), QStringLiteral("segment"),
                                    request.segmentId,
                                    {{QStringLiteral("name"), request.segmentName},
                                     {QStringLiteral("rows"), request.customerIds.size()},
                                     {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                                     {QStringLiteral("masked"), !request.unmasked}})
        || !transaction.commit())
        return Error(tr("The export could not be recorded in the audit log, so it was not made."));
    return {};
}

} // namespace bd
