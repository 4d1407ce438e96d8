#include "app/services/opportunities/BranchRuleFile.h"

#include "app/rules/RuleFile.h"
#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/opportunities/MarketingRuleRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace bd {

BranchRuleFile::BranchRuleFile(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<BranchRuleFile::Installed> BranchRuleFile::install(const QString &path)
{
    if (!m_session.can(Permission::ManageSegments))
        return Error(m_session.refusal(Permission::ManageSegments));
    QFile file(path);
    if (QFileInfo(path).size() > kMaxBytes)
        return Error(tr("%1 is larger than a rule file can be (%2 MB); the rules in force stay.")
                             .arg(QFileInfo(path).fileName())
                             .arg(kMaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return install(file.readAll());
}

Result<BranchRuleFile::Installed> BranchRuleFile::install(const QByteArray &bytes)
{
    if (!m_session.can(Permission::ManageSegments))
        return Error(m_session.refusal(Permission::ManageSegments));
    const RuleFile::Parsed parsed = RuleFile::parse(bytes);
    if (!parsed.rules)
        return Error(tr("The rule file was not installed, the rules in force stay. Its "
                        "problems:\n%1")
                             .arg(RuleFile::describe(parsed.problems)));
    const Installed installed{int(parsed.rules->rules.size()), parsed.rules->version};
    Transaction transaction(m_store.database());
    if (Result<> saved = MarketingRuleRepository(m_store).saveFile(BranchId(m_session.branch.id),
                                                                   bytes);
        !saved)
        return Error(tr("The rule file could not be kept: %1").arg(saved.errorString()));
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("marketing_rule_file_installed"),
                                    QStringLiteral("marketing_rule_set"), m_session.branch.id,
                                    {{QStringLiteral("rules"), installed.rules},
                                     {QStringLiteral("version"), installed.version}}))
        return Error(tr("The rule file could not be audited."));
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return installed;
}

Result<BranchRuleFile::Withdrawn> BranchRuleFile::backToShipped()
{
    if (!m_session.can(Permission::ManageSegments))
        return Error(m_session.refusal(Permission::ManageSegments));
    Transaction transaction(m_store.database());
    const Result<MarketingRuleRepository::Withdrawn> withdrawn
            = MarketingRuleRepository(m_store).withdrawAll();
    if (!withdrawn)
        return Error(tr("The shipped rules could not be put back: %1").arg(withdrawn.errorString()));
    const Withdrawn result{withdrawn->files, withdrawn->rules};
    if (result.files == 0 && result.changedRules == 0)
        return result; // the transaction rolls back: it wrote nothing
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("marketing_rules_back_to_shipped"),
                                    QStringLiteral("marketing_rule_set"), m_session.branch.id,
                                    {{QStringLiteral("files"), result.files},
                                     {QStringLiteral("changed_rules"), result.changedRules}}))
        return Error(tr("Going back to the shipped rules could not be audited."));
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace bd
