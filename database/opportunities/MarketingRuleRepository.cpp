#include "database/opportunities/MarketingRuleRepository.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonDocument>

namespace bd {

MarketingRuleRepository::MarketingRuleRepository(Store &store)
    : m_store(store)
{
}

// The version of the row `id` of `table` (marketing_rule or marketing_rule_set), 0 when
// there is none yet: a save inserts then, or updates that version (and fails if another
// write moved it on).
Result<int> MarketingRuleRepository::storedVersion(const QString &table, const QString &id) const
{
    SqlQuery existing(m_store.database(),
                      QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    existing.bind(id);
    if (Result<> ran = existing.exec(); !ran)
        return ran.error();
    return existing.next() ? existing.integer(0) : 0;
}

Result<QList<RuleBook::ChangedRule>> MarketingRuleRepository::changed() const
{
    return SqlQuery::readAll<RuleBook::ChangedRule>(
            m_store.database(),
            QStringLiteral("SELECT id, rule_json FROM marketing_rule WHERE deleted = 0 ORDER BY id"),
            {}, [](const SqlQuery &query) {
                return RuleBook::ChangedRule{query.text(0), query.text(1).toUtf8()};
            });
}

Result<> MarketingRuleRepository::save(const MarketingRule &rule, const BranchId &branch)
{
    const QString json = QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
    const Result<int> stored = storedVersion(QStringLiteral("marketing_rule"), rule.id);
    if (!stored)
        return stored.error();
    const int version = *stored;
    SqlQuery write(m_store.database());
    if (version == 0) {
        write.prepare(QStringLiteral("INSERT INTO marketing_rule(id, branch_id, rule_json, "
                                     "updated_at) VALUES (?, ?, ?, ?)"));
        write.bind(rule.id).bind(branch).bind(json).bind(SqlTime::now());
    } else {
        write.prepare(QStringLiteral("UPDATE marketing_rule SET branch_id = ?, rule_json = ?, "
                                     "updated_at = ?, deleted = 0, version = version + 1 "
                                     "WHERE id = ? AND version = ?"));
        write.bind(branch).bind(json).bind(SqlTime::now()).bind(rule.id).bind(QVariant(version));
    }
    if (Result<> ran = write.execOnOneRow(); !ran)
        return ran.error();
    QVariantMap fields{{QStringLiteral("branch_id"), branch.toString()},
                       {QStringLiteral("rule_json"), json}};
    if (version > 0)
        fields.insert(QStringLiteral("deleted"), 0);
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("marketing_rule"), rule.id, fields,
                                                version);
}

Result<std::optional<QByteArray>> MarketingRuleRepository::installedFile() const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT definition_json FROM marketing_rule_set WHERE "
                                  "deleted = 0 ORDER BY id DESC LIMIT 1"));
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    std::optional<QByteArray> installed;
    if (query.next())
        installed = query.text(0).toUtf8();
    return installed;
}

Result<> MarketingRuleRepository::saveFile(const BranchId &branch, const QByteArray &definition)
{
    const QString id = branch.toString();
    const QString json = QString::fromUtf8(definition);
    const Result<int> stored = storedVersion(QStringLiteral("marketing_rule_set"), id);
    if (!stored)
        return stored.error();
    const int version = *stored;
    SqlQuery write(m_store.database());
    if (version == 0) {
        write.prepare(QStringLiteral("INSERT INTO marketing_rule_set(id, definition_json, "
                                     "updated_at) VALUES (?, ?, ?)"));
        write.bind(id).bind(json).bind(SqlTime::now());
    } else {
        write.prepare(QStringLiteral("UPDATE marketing_rule_set SET definition_json = ?, "
                                     "updated_at = ?, deleted = 0, version = version + 1 "
                                     "WHERE id = ? AND version = ?"));
        write.bind(json).bind(SqlTime::now()).bind(id).bind(QVariant(version));
    }
    if (Result<> ran = write.execOnOneRow(); !ran)
        return ran.error();
    QVariantMap fields{{QStringLiteral("definition_json"), json}};
    if (version > 0)
        fields.insert(QStringLiteral("deleted"), 0);
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("marketing_rule_set"), id, fields,
                                                version);
}

Result<MarketingRuleRepository::Withdrawn> MarketingRuleRepository::withdrawAll()
{
    Withdrawn withdrawn;
    ChangeRecorder recorder(m_store);
    for (const QString table : {QStringLiteral("marketing_rule_set"), QStringLiteral("marketing_rule")}) {
        struct Live
        {
            QString id;
            int version = 0;
        };
        const Result<QList<Live>> live = SqlQuery::readAll<Live>(
                m_store.database(),
                QStringLiteral("SELECT id, version FROM %1 WHERE deleted = 0 ORDER BY id").arg(table),
                {}, [](const SqlQuery &query) { return Live{query.text(0), query.integer(1)}; });
        if (!live)
            return live.error();
        for (const Live &row : *live) {
            SqlQuery tombstone(m_store.database(),
                               QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, "
                                              "version = version + 1 WHERE id = ? AND version = ?")
                                       .arg(table));
            tombstone.bind(SqlTime::now()).bind(row.id).bind(QVariant(row.version));
            if (Result<> ran = tombstone.execOnOneRow(); !ran)
                return ran.error();
            if (Result<> recorded = recorder.recordDelete(table, row.id, row.version); !recorded)
                return recorded.error();
        }
        (table == QLatin1String("marketing_rule") ? withdrawn.rules : withdrawn.files)
                += int(live->size());
    }
    return withdrawn;
}

} // namespace bd
