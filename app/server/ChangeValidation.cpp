#include "app/server/ChangeValidation.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/MobileNumber.h"
#include "app/domain/Permission.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/domain/ServerMadeRow.h"
#include "app/domain/WorkStates.h"
#include "app/rules/RuleFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QSet>

namespace bd::ChangeValidation {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangeValidation)
};

// Sanity bound of an amount in fen (10 trillion yuan): above it is a typing or an attack.
constexpr double kMaxFen = 1e15;

bool isBlank(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

bool oneOf(const QJsonValue &value, std::initializer_list<const char *> allowed)
{
    if (value.isNull())
        return true;
    for (const char *code : allowed) {
        if (value.toString() == QLatin1String(code))
            return true;
    }
    return false;
}

bool flag(const QJsonValue &value)
{
    return value.isBool() || (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1));
}

// A customer's field whose value the workstation would not have accepted; empty if fine.
QString badCustomerValue(const QString &field, const QJsonValue &value)
{
    if (field == QLatin1String("id_number") && !isBlank(value)
        && !ResidentIdNumber::isValid(value.toString()))
        return Text::tr("id_number is not a valid resident ID number");
    if (field == QLatin1String("phone") && !isBlank(value)
        && !MobileNumber::isValid(value.toString()))
        return Text::tr("phone is not a valid mobile number");
    if ((field == QLatin1String("aum_fen") || field == QLatin1String("annual_income_fen"))
        && !(value.isDouble() && value.toDouble() >= 0 && value.toDouble() <= kMaxFen
             && value.toDouble() == double(qint64(value.toDouble()))))
        return Text::tr("%1 is not an amount in fen from 0 to 10 trillion yuan").arg(field);
    if ((field == QLatin1String("tier") || field == QLatin1String("previous_tier"))
        && !value.isNull() && Tiers::code(Tiers::fromCode(value.toString())) != value.toString())
        return Text::tr("%1 is not a customer tier").arg(field);
    if (field == QLatin1String("risk_level") && !value.isNull()
        && !(value.isDouble() && value.toInt() >= 1 && value.toInt() <= 5
             && value.toDouble() == value.toInt()))
        return Text::tr("risk_level must be 1 to 5");
    if (field == QLatin1String("gender") && !oneOf(value, { "M", "F" }))
        return Text::tr("gender must be M or F");
    if (field == QLatin1String("marital_status")
        && !oneOf(value, { "single", "married", "divorced", "widowed" }))
        return Text::tr("marital_status is not one of the known states");
    if (field == QLatin1String("lifecycle_stage")
        && !(value.isNull() || WorkStates::lifecycleStage(value.toString())))
        return Text::tr("lifecycle_stage is not one of the known stages");
    if (field == QLatin1String("assignment_mode") && !oneOf(value, { "owned", "list" }))
        return Text::tr("assignment_mode must be owned or list");
    if ((field == QLatin1String("do_not_contact") || field == QLatin1String("marketing_consent")
         || field == QLatin1String("deleted"))
        && !flag(value))
        return Text::tr("%1 must be 0 or 1").arg(field);
    return {};
}

// The plain birth year beside the sealed birth date (issue 14; ages, segments and the
// elderly step read it) is a year, and the date's when the change carries both.
QString birthYearRefusal(const QJsonObject &fields)
{
    const QString yearField = QStringLiteral("birth_year");
    if (!fields.contains(yearField))
        return {};
    const QJsonValue year = fields.value(yearField);
    if (!year.isNull()
        && !(year.isDouble() && year.toDouble() == year.toInt() && year.toInt() >= 1900
             && year.toInt() <= 2100))
        return Text::tr("birth_year is not a year from 1900 to 2100");
    const QString dateField = QStringLiteral("birth_date");
    const QDate date = QDate::fromString(fields.value(dateField).toString(), Qt::ISODate);
    if (fields.contains(dateField) && (date.isValid() ? year.toInt() != date.year() : !year.isNull()))
        return Text::tr("birth_year is not the year of birth_date");
    return {};
}

QString customerRefusal(StaffRole role, const SyncChange &change)
{
    auto can = [role](Permission permission) { return Permissions::roleHas(role, permission); };
    const QString roleCode = StaffRoles::code(role);
    const bool erases = change.op == QLatin1String("delete")
            || (change.fields.contains(QStringLiteral("deleted"))
                && change.fields.value(QStringLiteral("deleted")).toInt() == 1);
    if (erases && !can(Permission::ErasePersonalData))
        return Text::tr("%1 may not delete or erase a customer (the branch head does)")
                .arg(roleCode);
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const QString &field = it.key();
        const bool fromCoreBanking = field == QLatin1String("tier")
                || field == QLatin1String("aum_fen") || field == QLatin1String("previous_tier")
                || field == QLatin1String("tier_changed_on");
        // A new customer's defaults are no change of tier or AUM.
        const bool isDefault = change.baseVersion == 0
                && ((field == QLatin1String("tier") && it.value().toString() == QLatin1String("ordinary"))
                    || (field == QLatin1String("aum_fen") && it.value().toDouble() == 0)
                    || isBlank(it.value()));
        if (fromCoreBanking && !isDefault && !can(Permission::ImportData))
            return Text::tr("%1 may not set %2: it comes from core banking").arg(roleCode, field);
        if (field == QLatin1String("manager_id") && !isBlank(it.value())
            && !can(Permission::AssignCallLists) && !can(Permission::ImportData))
            return Text::tr("%1 may not move a customer into a book (the branch head does)")
                    .arg(roleCode);
        if (const QString bad = badCustomerValue(field, it.value()); !bad.isEmpty())
            return bad;
    }
    return birthYearRefusal(change.fields);
}
// A workstation's copy of an opportunity the server made, sent back after the server came
// back from a backup (F31, ServerMadeRows): taken only as the server's own insert, i.e. its
// row id follows from its event and rule and its change id from the row, as the server
// makes them (ServerMadeRow). A server that kept its entry answers it as a duplicate; one
// that lost it files the copy, stamped as the server's insert, so any later edit still wins.
QString serverMadeCopyRefusal(const SyncChange &change)
{
    const QDateTime occurred = QDateTime::fromString(
            change.fields.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
    const QString rowId = ServerMadeRow::opportunityId(
            change.fields.value(QStringLiteral("event_id")).toString(),
            change.fields.value(QStringLiteral("rule_id")).toString(), occurred);
    if (change.op != QLatin1String("upsert") || !occurred.isValid() || change.rowId != rowId
        || change.fields.value(QStringLiteral("id")).toString() != rowId
        || change.changeId != ServerMadeRow::madeChangeId(rowId, occurred)
        || change.fields.contains(QStringLiteral("deleted")))
        return Text::tr("an opportunity of origin server is the server's: a workstation sends "
                        "one back only as the server made it");
    return {};
}
// An opportunity (issue #17) is the rule's: a workstation raises its own (origin desk) and
// follows one through (status, seen, contacted, outcome; merged_into when it closes a
// duplicate another desk raised, OpportunityMerge); what fired, why and for whom
// stays as the rules wrote it, except that the branch head hands one to a manager.
// Erasure (the branch head) tombstones one, reason cleared.
QString opportunityRefusal(StaffRole role, const SyncChange &change)
{
    auto can = [role](Permission permission) { return Permissions::roleHas(role, permission); };
    const QString roleCode = StaffRoles::code(role);
    const bool erases = change.op == QLatin1String("delete")
            || change.fields.value(QStringLiteral("deleted")).toInt() == 1;
    if (erases && !can(Permission::ErasePersonalData))
        return Text::tr("%1 may not delete an opportunity (the branch head erases one with its "
                        "customer)").arg(roleCode);
    const QJsonValue status = change.fields.value(QStringLiteral("status"));
    if (!status.isUndefined()
        && !(status.isNull() || WorkStates::opportunityStatus(status.toString())))
        return Text::tr("status is not an opportunity's status");
    if (change.baseVersion == 0) {
        const QString origin = change.fields.value(QStringLiteral("origin")).toString();
        if (origin == QLatin1String("server"))
            return serverMadeCopyRefusal(change);
        if (origin != QLatin1String("desk"))
            return Text::tr("a workstation raises opportunities of origin desk only");
        return {};
    }
    const QJsonValue outcome = change.fields.value(QStringLiteral("outcome"));
    if (!outcome.isUndefined()
        && !(outcome.isNull() || WorkStates::opportunityOutcome(outcome.toString())))
        return Text::tr("outcome is not an opportunity's outcome");
    static const QSet<QString> followThrough = {
            QStringLiteral("status"),       QStringLiteral("version"),
            QStringLiteral("updated_at"),   QStringLiteral("seen_by"),
            QStringLiteral("seen_at"),      QStringLiteral("contacted_by"),
            QStringLiteral("contacted_at"), QStringLiteral("outcome"),
            QStringLiteral("escalated_at"), QStringLiteral("merged_into")};
    // Erasure blanks the reason (with whose row it is, CustomerDataSweep), then deletes.
    const QString reason = QStringLiteral("reason_json");
    const bool blanks = change.fields.contains(reason)
            && change.fields.value(reason).toString() == QLatin1String("{}")
            && can(Permission::ErasePersonalData);
    // The branch head hands a pool one to a wealth manager (BranchOpportunityDesk): both
    // fields together, to a named manager.
    const bool handsOut = can(Permission::AssignCallLists)
            && change.fields.value(QStringLiteral("assigned_role")).toString()
                    == QLatin1String("manager")
            && !change.fields.value(QStringLiteral("assigned_to")).toString().isEmpty();
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (handsOut
            && (it.key() == QLatin1String("assigned_to")
                || it.key() == QLatin1String("assigned_role")))
            continue;
        if (followThrough.contains(it.key()) || (erases && it.key() == QLatin1String("deleted"))
            || (blanks && (it.key() == reason || it.key() == QLatin1String("customer_id"))))
            continue;
        return Text::tr("%1 of an opportunity is the rule's and may not be changed").arg(it.key());
    }
    return {};
}
// A branch head's change of an event rule (issue #17) is a whole rule that reads, under its
// own id: a broken one would never run anyway (RuleBook), so it is refused at the door.
QString marketingRuleRefusal(const SyncChange &change)
{
    const QJsonValue json = change.fields.value(QStringLiteral("rule_json"));
    if (json.isUndefined())
        return {};
    const RuleFile::ParsedRule parsed = RuleFile::parseRule(json.toString().toUtf8());
    if (!parsed.rule)
        return Text::tr("rule_json is not a rule that can run: %1")
                .arg(RuleFile::describe(parsed.problems));
    if (parsed.rule->id != change.rowId)
        return Text::tr("rule_json is rule %1, not %2").arg(parsed.rule->id, change.rowId);
    return {};
}
// A whole rule file from the branch head's desk (issue #17) must read as
// `branchdesk-admin rules validate` reads one: a broken file would replace the branch's
// working rules (RuleBook then falls back to the shipped ones), so it is refused at the door
// with every problem and its path. A change that only switches `deleted` carries no file.
QString marketingRuleSetRefusal(const SyncChange &change)
{
    const QJsonValue json = change.fields.value(QStringLiteral("definition_json"));
    if (json.isUndefined()) {
        if (change.baseVersion == 0 && change.op != QLatin1String("delete"))
            return Text::tr("a new rule file needs its definition_json");
        return {};
    }
    if (!json.isString())
        return Text::tr("definition_json is not a rule file: it must be the file's JSON text");
    const RuleFile::Parsed parsed = RuleFile::parse(json.toString().toUtf8());
    if (!parsed.rules)
        return Text::tr("definition_json is not a rule file that can run:\n%1")
                .arg(RuleFile::describe(parsed.problems));
    return {};
}
} // namespace

QString refusal(StaffRole role, const SyncChange &change)
{
    if (change.table == QLatin1String("marketing_rule"))
        return marketingRuleRefusal(change);
    if (change.table == QLatin1String("marketing_rule_set"))
        return marketingRuleSetRefusal(change);
    if (change.table == QLatin1String("customer"))
        return customerRefusal(role, change);
    if (change.table == QLatin1String("opportunity"))
        return opportunityRefusal(role, change);
    // A user name is short on every desk (2 to 32 characters, UserAdministration); a longer
    // one is no account's, and would not fit the index of the accounts the server knows.
    if (change.table == QLatin1String("staff_user")
        && change.fields.value(QStringLiteral("username")).toString().size() > 64)
        return Text::tr("username is longer than a user name can be");
    if (change.table == QLatin1String("staff_user") && change.fields.contains(QStringLiteral("role"))
        && !StaffRoles::fromCode(change.fields.value(QStringLiteral("role")).toString()))
        return Text::tr("role is not a staff role");
    return {};
}

} // namespace bd::ChangeValidation
