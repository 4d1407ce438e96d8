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

bool SegmentService::allowed(Permission permission, QString *problem)
{
    if (m_session.can(permission))
        return true;
    m_error = m_session.refusal(permission);
    if (problem)
        *problem = m_error;
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"), QStringLiteral("segment"),
                               {}, {{QStringLiteral("permission"), Permissions::code(permission)}});
    transaction.commit();
    return false;
}

QList<SavedSegment> SegmentService::savedSegments()
{
    if (!allowed(Permission::ViewCustomers, nullptr))
        return {};
    SegmentRepository segments(m_store);
    const auto list = segments.forBranch(m_session.branch.id);
    m_error = segments.errorString();
    return list;
}

std::optional<SegmentDefinition> SegmentService::definitionOf(const QString &segmentId)
{
    if (!allowed(Permission::ViewCustomers, nullptr))
        return std::nullopt;
    const auto segment = SegmentRepository(m_store).byId(segmentId);
    if (!segment || segment->branchId != m_session.branch.id) {
        m_error = tr("The segment no longer exists.");
        return std::nullopt;
    }
    QString problem;
    auto definition = SegmentDefinition::fromJson(segment->definitionJson.toUtf8(), &problem);
    if (!definition)
        m_error = tr("The saved segment \"%1\" cannot be read: %2").arg(segment->name, problem);
    return definition;
}

SegmentService::Result SegmentService::save(const QString &name, const SegmentDefinition &definition,
                                            const QString &segmentId)
{
    Result result;
    if (!allowed(Permission::ManageSegments, &result.problem))
        return result;
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        result.problem = tr("Give the segment a name.");
        return result;
    }
    if (trimmed.size() > kMaxNameLength) {
        result.problem = tr("A segment name has at most %1 characters.").arg(kMaxNameLength);
        return result;
    }
    QString problem;
    if (!SegmentDefinition::validate(definition, &problem)) {
        result.problem = tr("The segment cannot be saved: %1").arg(problem);
        return result;
    }
    const QString json = QString::fromUtf8(definition.toJson());
    Transaction transaction(m_store.database());
    SegmentRepository segments(m_store);
    const auto sameName = segments.byName(m_session.branch.id, trimmed);
    if (sameName && sameName->id != segmentId) {
        result.problem = tr("A segment named \"%1\" already exists.").arg(trimmed);
        return result;
    }
    bool written = false;
    if (segmentId.isEmpty()) {
        result.id = segments.insert(m_session.branch.id, trimmed, json, m_session.user.id);
        written = !result.id.isEmpty();
    } else {
        const auto existing = segments.byId(segmentId);
        if (!existing || existing->branchId != m_session.branch.id) {
            result.problem = tr("The segment no longer exists.");
            return result;
        }
        result.id = segmentId;
        written = segments.update(*existing, trimmed, json);
    }
    if (!written
        || !AuditTrail(m_store).record(&m_session, QStringLiteral("segment_saved"), QStringLiteral("segment"),
                                       result.id,
                                       {{QStringLiteral("name"), trimmed},
                                        {QStringLiteral("conditions"), definition.conditionCount()}})
        || !transaction.commit()) {
        result.problem = tr("The segment could not be saved: %1")
                                 .arg(segments.errorString().isEmpty() ? transaction.errorString()
                                                                       : segments.errorString());
        result.id.clear();
        return result;
    }
    result.ok = true;
    return result;
}

SegmentService::Result SegmentService::remove(const QString &segmentId)
{
    Result result;
    if (!allowed(Permission::ManageSegments, &result.problem))
        return result;
    Transaction transaction(m_store.database());
    SegmentRepository segments(m_store);
    const auto existing = segments.byId(segmentId);
    if (!existing || existing->branchId != m_session.branch.id) {
        result.problem = tr("The segment no longer exists.");
        return result;
    }
    if (!segments.remove(*existing)
        || !AuditTrail(m_store).record(&m_session, QStringLiteral("segment_deleted"), QStringLiteral("segment"),
                                       segmentId, {{QStringLiteral("name"), existing->name}})
        || !transaction.commit()) {
        result.problem = tr("The segment could not be deleted: %1").arg(segments.errorString());
        return result;
    }
    result.ok = true;
    result.id = segmentId;
    return result;
}

std::optional<qint64> SegmentService::count(const SegmentDefinition &definition, const QDate &today)
{
    if (!allowed(Permission::ViewCustomers, nullptr))
        return std::nullopt;
    const auto compiled = SegmentCompiler::compile(definition, m_session.branch.id, today, &m_error);
    if (!compiled)
        return std::nullopt;
    SegmentQueries queries(m_store);
    const auto count = queries.count(*compiled);
    if (!count)
        m_error = tr("The segment could not be counted: %1").arg(queries.errorString());
    return count;
}

std::optional<QStringList> SegmentService::customerIds(const SegmentDefinition &definition,
                                                       const QString &sortColumn, Qt::SortOrder order,
                                                       const QDate &today, int limit)
{
    if (!allowed(Permission::ViewCustomers, nullptr))
        return std::nullopt;
    const auto compiled = SegmentCompiler::compile(definition, m_session.branch.id, today, &m_error);
    if (!compiled)
        return std::nullopt;
    SegmentQueries queries(m_store);
    const auto ids = queries.customerIds(*compiled, SegmentColumns::orderBy(sortColumn, order), limit);
    if (!ids)
        m_error = tr("The segment could not be run: %1").arg(queries.errorString());
    return ids;
}

QList<QVariantList> SegmentService::rows(const QStringList &customerIds, const QStringList &columns,
                                         const QDate &today)
{
    if (!allowed(Permission::ViewCustomers, nullptr))
        return {};
    return SegmentQueries(m_store).rows(customerIds, columns, today);
}

SegmentService::Result SegmentService::exportCsv(const ExportRequest &request, QIODevice &out,
                                                 const QDate &today, const ExportProgress &progress)
{
    Result result;
    if (!allowed(Permission::ViewCustomers, &result.problem))
        return result;
    if (request.unmasked && !allowed(Permission::ExportUnmasked, &result.problem))
        return result;
    QStringList columns;
    QStringList header;
    for (const QString &code : request.columns) {
        if (const SegmentColumn *column = SegmentColumns::find(code)) {
            columns << code;
            header << csvCell(SegmentColumns::label(*column));
        }
    }
    if (columns.isEmpty()) {
        result.problem = tr("Choose at least one column to export.");
        return result;
    }
    // The rows are read and written first, outside any transaction (an export of a large
    // segment takes seconds and must not hold the write lock); the audit entry is recorded
    // at the end, and the caller keeps the file only if that succeeded.
    const auto personal = request.unmasked ? SegmentQueries::PersonalData::Revealed
                                           : SegmentQueries::PersonalData::Masked;
    SegmentQueries queries(m_store);
    const qsizetype total = request.customerIds.size();
    bool written = out.write("\xEF\xBB\xBF") == 3 && out.write((header.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8()) > 0;
    for (qsizetype start = 0; written && start < total; start += kExportChunk) {
        const auto rows = queries.rows(request.customerIds.mid(start, kExportChunk), columns, today, personal);
        if (!queries.errorString().isEmpty()) {
            result.problem = tr("The export failed: %1").arg(queries.errorString());
            return result;
        }
        QByteArray chunk;
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (qsizetype i = 0; i < columns.size(); ++i)
                cells << csvCell(SegmentColumns::displayText(columns.at(i), row.value(i), true));
            chunk += (cells.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        }
        written = out.write(chunk) == chunk.size();
        if (written && progress && !progress(std::min(start + kExportChunk, total), total)) {
            result.problem = tr("The export was cancelled.");
            return result;
        }
    }
    if (!written) {
        result.problem = tr("The file could not be written: %1").arg(out.errorString());
        return result;
    }
    Transaction transaction(m_store.database());
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("segment_exported"), QStringLiteral("segment"),
                                    request.segmentId,
                                    {{QStringLiteral("name"), request.segmentName},
                                     {QStringLiteral("rows"), request.customerIds.size()},
                                     {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                                     {QStringLiteral("masked"), !request.unmasked}})
        || !transaction.commit()) {
        result.problem = tr("The export could not be recorded in the audit log, so it was not made.");
        return result;
    }
    result.ok = true;
    result.id = request.segmentId;
    return result;
}

} // namespace bd
