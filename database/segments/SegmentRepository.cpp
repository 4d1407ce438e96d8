#include "database/segments/SegmentRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlTime.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QVariantMap>

namespace bd {

SegmentRepository::SegmentRepository(Store &store)
    : m_store(store)
{
}

QList<SavedSegment> SegmentRepository::select(const QString &where, const QVariantList &values) const
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT g.id, g.branch_id, g.name, g.definition_json, coalesce(g.created_by, ''), "
            "coalesce(u.display_name, ''), g.updated_at, g.version "
            "FROM segment g LEFT JOIN staff_user u ON u.id = g.created_by "
            "WHERE g.deleted = 0 AND %1 ORDER BY g.name, g.id").arg(where));
    for (const QVariant &value : values)
        query.bind(value);
    QList<SavedSegment> segments;
    if (!query.select())
        return segments;
    while (query.next()) {
        segments << SavedSegment{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString(), query.value(5).toString(),
                                 query.value(6).toString(), query.value(7).toInt()};
    }
    return segments;
}

QList<SavedSegment> SegmentRepository::forBranch(const QString &branchId) const
{
    return select(QStringLiteral("g.branch_id = ?"), {branchId});
}

std::optional<SavedSegment> SegmentRepository::byId(const QString &id) const
{
    const auto found = select(QStringLiteral("g.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<SavedSegment> SegmentRepository::byName(const QString &branchId, const QString &name) const
{
    const auto found = select(QStringLiteral("g.branch_id = ? AND g.name = ?"), {branchId, name});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

Result<QString> SegmentRepository::insert(const QString &branchId, const QString &name,
                                          const QString &definitionJson, const QString &staffId)
{
    const QString id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO segment(id, branch_id, name, definition_json, created_by, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(id), QVariant(branchId), QVariant(name),
                                  QVariant(definitionJson),
                                  staffId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(staffId),
                                  QVariant(now), QVariant(now)})
        query.bind(value);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    const QVariantMap fields{{QStringLiteral("branch_id"), branchId},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("definition_json"), definitionJson},
                             {QStringLiteral("created_by"), staffId.isEmpty() ? QVariant() : QVariant(staffId)},
                             {QStringLiteral("created_at"), now}};
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded = recorder.recordUpsert(QStringLiteral("segment"), id, fields, 0);
        !recorded)
        return recorded.error();
    return id;
}

Result<> SegmentRepository::update(const SavedSegment &segment, const QString &name,
                                   const QString &definitionJson)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE segment SET name = ?, definition_json = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ? AND deleted = 0"));
    for (const QVariant &value : {QVariant(name), QVariant(definitionJson), QVariant(SqlTime::now()),
                                  QVariant(segment.id), QVariant(segment.version)})
        query.bind(value);
    if (Result<> ran = query.exec(); !ran)
        return ran;
    if (query.rowsAffected() != 1)
        return Error(QStringLiteral("the segment was changed or deleted by someone else"));
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("segment"), segment.id,
                                 { { QStringLiteral("name"), name },
                                   { QStringLiteral("definition_json"), definitionJson } },
                                 segment.version);
}

Result<> SegmentRepository::remove(const SavedSegment &segment)
{
    SqlQuery query(m_store.database(),
                QStringLiteral("UPDATE segment SET deleted = 1, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ? AND deleted = 0"));
    query.bind(SqlTime::now());
    query.bind(segment.id);
    query.bind(segment.version);
    if (Result<> ran = query.exec(); !ran)
        return ran;
    if (query.rowsAffected() != 1)
        return Error(QStringLiteral("the segment was changed or deleted by someone else"));
    ChangeRecorder recorder(m_store);
    return recorder.recordDelete(QStringLiteral("segment"), segment.id, segment.version);
}

} // namespace bd
