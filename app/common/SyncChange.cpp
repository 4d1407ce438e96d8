#include "app/common/SyncChange.h"

#include "app/domain/Uuid7.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace bd {

QJsonObject SyncChange::toJson() const
{
    QJsonObject object{{QStringLiteral("change_id"), changeId},
                       {QStringLiteral("table"), table},
                       {QStringLiteral("row_id"), rowId},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("base_version"), baseVersion},
                       {QStringLiteral("hlc"), hlc},
                       {QStringLiteral("origin_node"), originNode},
                       {QStringLiteral("schema_version"), schemaVersion}};
    if (seq > 0)
        object.insert(QStringLiteral("seq"), double(seq));
    if (isTransferCopy()) {
        object.insert(QStringLiteral("to_branch"), toBranch);
        object.insert(QStringLiteral("customer_id"), customerId.toString());
    }
    return object;
}

const QStringList &SyncChange::syncedTables()
{
    // Not audit_log: a change is written by whoever holds a token for the branch, so an
    // audit entry pushed as one would be a forgery every workstation applies. Audit goes up
    // only through /v1/audit, bound to the node and checked entry by entry, and never down.
    static const QStringList tables = {
            QStringLiteral("branch"),         QStringLiteral("staff_user"),
            QStringLiteral("customer"),       QStringLiteral("holding"),
            QStringLiteral("interaction"),    QStringLiteral("kyc_session"),
            QStringLiteral("kyc_answer"),     QStringLiteral("customer_tag"),
            QStringLiteral("kyc_field"),      QStringLiteral("tag"),
            QStringLiteral("fund_arrival"),   QStringLiteral("lobby_visit"),
            QStringLiteral("referral"),       QStringLiteral("referral_check"),
            QStringLiteral("referral_transition"),
            QStringLiteral("teller_session"), QStringLiteral("segment"),
            QStringLiteral("call_list"),      QStringLiteral("call_task"),
            QStringLiteral("care_task"),      QStringLiteral("consent_record"),
            // Households and the product shelf, offers and sales (issue #20).
            QStringLiteral("household"),      QStringLiteral("household_member"),
            QStringLiteral("household_dismissal"),
            QStringLiteral("product_shelf"),  QStringLiteral("product_offer"),
            QStringLiteral("product_sale"),
            QStringLiteral("voice_finding"),  QStringLiteral("voice_review"),
            // What the event rules made of a customer's event (issue #17): mostly written by
            // the server into the branch's log, followed through on the workstations.
            QStringLiteral("opportunity"),
            // The branch's rules, so desks run the server's (a rule file, the branch head's
            // changed rules), and the events a desk raised, which the rules count in windows.
            QStringLiteral("marketing_rule_set"), QStringLiteral("marketing_rule"),
            QStringLiteral("marketing_event"),
            // Insert-only history: travels only with a customer who moves to another branch.
            QStringLiteral("txn"),            QStringLiteral("customer_event")};
    return tables;
}

bool SyncChange::isSyncedTable(const QString &table)
{
    return syncedTables().contains(table);
}

SyncChange SyncChange::fromJson(const QJsonObject &object, QString *problem)
{
    SyncChange change;
    auto text = [&](const char *key) { return object.value(QLatin1String(key)).toString(); };
    auto fail = [&](const QString &why) {
        *problem = why;
        return change;
    };
    change.changeId = text("change_id");
    change.table = text("table");
    change.rowId = text("row_id");
    change.op = text("op");
    change.hlc = text("hlc");
    change.originNode = text("origin_node");
    change.toBranch = text("to_branch");
    change.customerId = CustomerId(text("customer_id"));
    const QJsonValue fields = object.value(QStringLiteral("fields"));
    const QJsonValue base = object.value(QStringLiteral("base_version"));
    const QJsonValue schema = object.value(QStringLiteral("schema_version"));
    if (!Uuid7Generator::isValid(change.changeId))
        return fail(QCoreApplication::translate("SyncChange", "change_id is not a UUIDv7"));
    if (!isSyncedTable(change.table))
        return fail(QCoreApplication::translate("SyncChange", "table %1 is not synchronised")
                            .arg(change.table));
    if (change.rowId.isEmpty() || change.rowId.size() > 64)
        return fail(QCoreApplication::translate("SyncChange", "row_id is missing or too long"));
    if (change.op != QLatin1String("upsert") && change.op != QLatin1String("delete"))
        return fail(QCoreApplication::translate("SyncChange", "op must be upsert or delete"));
    if (!fields.isObject())
        return fail(QCoreApplication::translate("SyncChange", "fields must be an object"));
    if (!base.isDouble() || base.toDouble() < 0 || !schema.isDouble())
        return fail(QCoreApplication::translate("SyncChange",
                                                "base_version and schema_version must be numbers"));
    if (change.hlc.isEmpty() || change.originNode.isEmpty())
        return fail(QCoreApplication::translate("SyncChange", "hlc and origin_node are required"));
    if (change.toBranch.size() > 64 || change.customerId.toString().size() > 64
        || change.toBranch.isEmpty() != change.customerId.isEmpty())
        return fail(QCoreApplication::translate("SyncChange",
                                                "to_branch and customer_id go together"));
    change.fields = fields.toObject();
    change.baseVersion = base.toInt();
    change.schemaVersion = schema.toInt();
    problem->clear();
    return change;
}

} // namespace bd
