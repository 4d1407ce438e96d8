#include "app/server/CustomerFacts.h"

#include "app/common/SyncChange.h"
#include "app/server/ChangeLog.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

namespace {
constexpr int kFoldBatch = 2000;
constexpr int kLoadBatch = 2000;

QString text(const SyncChange &change, const char *key)
{
    return change.fields.value(QLatin1String(key)).toString();
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QVariant birthMonthDay(const CustomerProfile &profile)
{
    return profile.birthDate.isValid()
            ? QVariant(profile.birthDate.toString(QStringLiteral("MM-dd")))
            : QVariant(QMetaType::fromType<QString>());
}

// Bound as '' rather than NULL (a NOT NULL column; a desk may send a JSON null).
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

const QStringList &CustomerFacts::foldedTables()
{
    static const QStringList tables = {
            QStringLiteral("customer"),          QStringLiteral("interaction"),
            QStringLiteral("opportunity"),       QStringLiteral("marketing_event"),
            QStringLiteral("marketing_rule_set"), QStringLiteral("marketing_rule")};
    return tables;
}

Result<> CustomerFacts::load(const BranchId &branch, const QList<CustomerProfile> &profiles,
                             qint64 asOf, bool first)
{
    const QSqlDatabase db = m_database.connection();
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (first) {
        if (Result<> cleared = ServerStatement::exec(
                    db, QStringLiteral("DELETE FROM event_customer WHERE branch_id = ?"),
                    {branch.toString()});
            !cleared)
            return cleared;
    }
    // Many rows per statement: a million customers load in minutes, not hours.
    const QString rows = isPostgres(db)
            ? QStringLiteral("SELECT r->>'id', r->>'branch_id', r->>'cif_no', r->>'birth_md', "
                             "r->>'profile' FROM jsonb_array_elements(?::jsonb) AS r")
            : QStringLiteral("SELECT json_extract(r.value, '$.id'), "
                             "json_extract(r.value, '$.branch_id'), json_extract(r.value, '$.cif_no'), "
                             "json_extract(r.value, '$.birth_md'), json_extract(r.value, '$.profile') "
                             "FROM json_each(?) AS r WHERE true");
    ServerStatement insert(db, QStringLiteral("INSERT INTO event_customer(customer_id, branch_id, "
                                              "cif_no, birth_md, profile) %1 ON CONFLICT "
                                              "(customer_id) DO UPDATE SET branch_id = "
                                              "excluded.branch_id, cif_no = excluded.cif_no, "
                                              "birth_md = excluded.birth_md, profile = "
                                              "excluded.profile")
                                       .arg(rows));
    for (qsizetype start = 0; start < profiles.size(); start += kLoadBatch) {
        QJsonArray chunk;
        for (qsizetype i = start; i < qMin(profiles.size(), start + kLoadBatch); ++i) {
            const CustomerProfile &p = profiles.at(i);
            chunk << QJsonObject{{QStringLiteral("id"), p.id.toString()},
                                 {QStringLiteral("branch_id"), p.branchId.toString()},
                                 {QStringLiteral("cif_no"), p.cifNo},
                                 {QStringLiteral("birth_md"), birthMonthDay(p).toString()},
                                 {QStringLiteral("profile"), compact(p.toJson())}};
        }
        if (Result<> stored = insert.run({QString::fromUtf8(
                    QJsonDocument(chunk).toJson(QJsonDocument::Compact))});
            !stored)
            return stored;
    }
    if (Result<> cursor = ServerStatement::exec(
                db,
                QStringLiteral("INSERT INTO event_fact_cursor(branch_id, seq) VALUES (?, ?) "
                               "ON CONFLICT (branch_id) DO UPDATE SET seq = excluded.seq"),
                {branch.toString(), asOf});
        !cursor)
        return cursor;
    return transaction->commit();
}

Result<QSet<BranchId>> CustomerFacts::catchUp()
{
    ServerStatement behind(m_database.connection(),
                           QStringLiteral("SELECT c.branch_id, COALESCE(f.seq, 0) "
                                          "FROM branch_change_counter c LEFT JOIN "
                                          "event_fact_cursor f ON f.branch_id = c.branch_id "
                                          "WHERE c.next_seq - 1 > COALESCE(f.seq, 0)"));
    if (Result<> read = behind.run(); !read)
        return read.error();
    QList<QPair<BranchId, qint64>> branches;
    while (behind.next())
        branches.append({BranchId(behind.value(0).toString()), behind.value(1).toLongLong()});
    behind.finish();
    QSet<BranchId> rulesChanged;
    for (auto [branch, cursor] : branches) {
        for (;;) {
            const Result<QList<SyncChange>> changes = m_log.after(branch, cursor, kFoldBatch);
            if (!changes)
                return changes.error();
            if (changes->isEmpty())
                break;
            Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
            if (!transaction)
                return transaction.error();
            const Result<QSet<BranchId>> folded = foldRows(branch, *changes);
            if (!folded)
                return folded.error();
            rulesChanged += *folded;
            cursor = changes->last().seq;
            if (Result<> moved = ServerStatement::exec(
                        m_database.connection(),
                        QStringLiteral("INSERT INTO event_fact_cursor(branch_id, seq) VALUES (?, ?) "
                                       "ON CONFLICT (branch_id) DO UPDATE SET seq = excluded.seq"),
                        {branch.toString(), cursor});
                !moved)
                return moved.error();
            if (Result<> committed = transaction->commit(); !committed)
                return committed.error();
            if (changes->size() < kFoldBatch)
                break;
        }
    }
    return rulesChanged;
}

Result<QSet<BranchId>> CustomerFacts::fold(const BranchId &branch, const QList<SyncChange> &changes)
{
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const Result<QSet<BranchId>> folded = foldRows(branch, changes);
    if (!folded)
        return folded;
    if (Result<> committed = transaction->commit(); !committed)
        return committed.error();
    return folded;
}

Result<QSet<BranchId>> CustomerFacts::foldRows(const BranchId &branch,
                                               const QList<SyncChange> &changes)
{
    QSet<BranchId> rulesChanged;
    for (const SyncChange &change : changes) {
        Result<> folded;
        if (change.table == QLatin1String("customer"))
            folded = foldCustomer(branch, change);
        else if (change.table == QLatin1String("interaction"))
            folded = foldContact(change);
        else if (change.table == QLatin1String("opportunity"))
            folded = foldFiring(branch, change);
        else if (change.table == QLatin1String("marketing_event"))
            folded = foldDeskEvent(branch, change);
        else if (change.table == QLatin1String("marketing_rule_set")
                 || change.table == QLatin1String("marketing_rule")) {
            folded = foldRule(branch, change);
            rulesChanged.insert(branch);
        }
        if (!folded)
            return folded.error();
    }
    return rulesChanged;
}

Result<> CustomerFacts::storeProfile(const CustomerProfile &profile)
{
    return ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO event_customer(customer_id, branch_id, cif_no, birth_md, "
                           "profile) VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE "
                           "SET branch_id = excluded.branch_id, cif_no = excluded.cif_no, "
                           "birth_md = excluded.birth_md, profile = excluded.profile"),
            {profile.id.toString(), profile.branchId.toString(), profile.cifNo,
             birthMonthDay(profile), compact(profile.toJson())});
}

Result<> CustomerFacts::foldCustomer(const BranchId &branch, const SyncChange &change)
{
    ServerStatement known(m_database.connection(),
                          QStringLiteral("SELECT profile FROM event_customer WHERE customer_id = ?"));
    if (Result<> read = known.run({change.rowId}); !read)
        return read;
    CustomerProfile profile;
    const bool exists = known.next();
    if (exists)
        profile = CustomerProfile::fromJson(QJsonDocument::fromJson(known.value(0).toByteArray()).object());
    known.finish();
    // Erasure is final here too: an edit stamped before it that arrives after it is blanked
    // in the log (LogErasure), but a server stopped in between may have it read first.
    if (exists && profile.erased
        && change.fields.value(QLatin1String("erased_at")).toString().isEmpty())
        return {};
    if (change.op == QLatin1String("delete")) {
        if (!exists)
            return {};
        profile.deleted = true;
        return storeProfile(profile);
    }
    profile.fold(change.fields);
    profile.id = CustomerId(change.rowId);
    if (profile.branchId.isEmpty())
        profile.branchId = branch;
    if (profile.cifNo.isEmpty())
        return {}; // a partial change of a customer the server never saw whole
    return storeProfile(profile);
}

Result<> CustomerFacts::foldContact(const SyncChange &change)
{
    const QSqlDatabase db = m_database.connection();
    // A voided contact (logged for the wrong customer, issue #15) counts for nothing either.
    if (change.op == QLatin1String("delete") || change.fields.value(QStringLiteral("deleted")).toInt()
        || !text(change, "voided_at").isEmpty())
        return ServerStatement::exec(db, QStringLiteral("DELETE FROM event_contact WHERE interaction_id = ?"),
                                     {change.rowId});
    const QString kind = text(change, "contact_kind");
    if (!change.fields.contains(QStringLiteral("customer_id"))
        || !change.fields.contains(QStringLiteral("occurred_at"))) {
        if (kind.isEmpty())
            return {};
        return ServerStatement::exec(
                db, QStringLiteral("UPDATE event_contact SET marketing = ? WHERE interaction_id = ?"),
                {kind == QLatin1String("marketing") ? 1 : 0, change.rowId});
    }
    const QDateTime at = QDateTime::fromString(text(change, "occurred_at"), Qt::ISODateWithMs);
    return ServerStatement::exec(
            db,
            QStringLiteral("INSERT INTO event_contact(interaction_id, customer_id, contacted_at, "
                           "marketing) VALUES (?, ?, ?, ?) ON CONFLICT (interaction_id) DO UPDATE "
                           "SET customer_id = excluded.customer_id, contacted_at = "
                           "excluded.contacted_at, marketing = excluded.marketing"),
            {change.rowId, text(change, "customer_id"), at.toUTC().toString(Qt::ISODateWithMs),
             kind.isEmpty() || kind == QLatin1String("marketing") ? 1 : 0});
}

Result<> CustomerFacts::foldFiring(const BranchId &branch, const SyncChange &change)
{
    const QSqlDatabase db = m_database.connection();
    if (change.op == QLatin1String("delete"))
        return ServerStatement::exec(db, QStringLiteral("DELETE FROM event_firing WHERE opportunity_id = ?"),
                                     {change.rowId});
    if (change.fields.contains(QStringLiteral("rule_id"))
        && change.fields.contains(QStringLiteral("customer_id"))) {
        // A row the rules cannot place in a window (no customer, rule or time: a desk sent
        // it so) counts for nothing; it must not stop the facts (and with them every event
        // of the branch) at this change for good.
        if (text(change, "customer_id").isEmpty() || text(change, "rule_id").isEmpty()
            || text(change, "occurred_at").isEmpty())
            return {};
        return ServerStatement::exec(
                db,
                QStringLiteral("INSERT INTO event_firing(opportunity_id, branch_id, customer_id, "
                               "rule_id, event_time, created_at, purpose, status) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (opportunity_id) DO UPDATE "
                               "SET status = excluded.status"),
                {change.rowId, branch.toString(), text(change, "customer_id"),
                 text(change, "rule_id"), text(change, "occurred_at"),
                 notNull(text(change, "created_at")), notNull(text(change, "purpose")),
                 notNull(text(change, "status"))});
    }
    if (!change.fields.contains(QStringLiteral("status")))
        return {};
    return ServerStatement::exec(
            db, QStringLiteral("UPDATE event_firing SET status = ? WHERE opportunity_id = ?"),
            {notNull(text(change, "status")), change.rowId});
}

Result<> CustomerFacts::foldDeskEvent(const BranchId &branch, const SyncChange &change)
{
    if (change.op != QLatin1String("upsert") || !change.fields.contains(QStringLiteral("kind")))
        return {};
    // As a firing above: an event without customer, kind or time counts in no window.
    if (text(change, "customer_id").isEmpty() || text(change, "kind").isEmpty()
        || text(change, "occurred_at").isEmpty())
        return {};
    // A workstation ran its rules on its own event: here it only counts in windows.
    return ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO market_event(event_id, branch_id, customer_id, kind, "
                           "window_key, occurred_at, received_at, source, payload, outcome) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'desk', ?, 'evaluated') "
                           "ON CONFLICT (event_id) DO NOTHING"),
            {change.rowId, branch.toString(), text(change, "customer_id"), text(change, "kind"),
             notNull(text(change, "window_key")), text(change, "occurred_at"),
             notNull(text(change, "created_at")), notNull(text(change, "payload_json"))});
}

Result<> CustomerFacts::foldRule(const BranchId &branch, const SyncChange &change)
{
    const bool set = change.table == QLatin1String("marketing_rule_set");
    const QString definition = notNull(text(change, set ? "definition_json" : "rule_json"));
    const bool deleted = change.op == QLatin1String("delete")
            || change.fields.value(QStringLiteral("deleted")).toInt() == 1;
    // The latest change of the row wins (hybrid logical clocks sort as text); a change
    // that carries no definition only switches `deleted`.
    return ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO event_rule_row(branch_id, table_name, row_id, definition, "
                           "hlc, deleted) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (branch_id, "
                           "table_name, row_id) DO UPDATE SET definition = CASE WHEN "
                           "excluded.definition = '' THEN event_rule_row.definition ELSE "
                           "excluded.definition END, hlc = excluded.hlc, deleted = "
                           "excluded.deleted WHERE excluded.hlc > event_rule_row.hlc"),
            {branch.toString(), change.table, change.rowId, definition, change.hlc,
             deleted ? 1 : 0});
}

std::optional<CustomerProfile> CustomerFacts::byCif(const QString &cifNo)
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT profile FROM event_customer WHERE cif_no = ?"));
    if (!query.run({cifNo}))
        return std::nullopt;
    std::optional<CustomerProfile> found;
    while (query.next()) {
        const CustomerProfile profile
                = CustomerProfile::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        if (profile.isActive() || !found)
            found = profile; // a CIF number reused after a deletion: the live customer
    }
    return found;
}

Result<QList<CustomerProfile>> CustomerFacts::bornOn(const QString &monthDay)
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT profile FROM event_customer WHERE birth_md = ?"));
    if (Result<> read = query.run({monthDay}); !read)
        return read.error();
    QList<CustomerProfile> profiles;
    while (query.next()) {
        const CustomerProfile profile
                = CustomerProfile::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
        if (profile.isActive())
            profiles << profile;
    }
    return profiles;
}

Result<CustomerFacts::RuleRows> CustomerFacts::ruleRows(const BranchId &branch) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT table_name, row_id, definition FROM event_rule_row "
                                         "WHERE branch_id = ? AND deleted = 0 ORDER BY row_id"));
    if (Result<> read = query.run({branch.toString()}); !read)
        return read.error();
    RuleRows rows;
    while (query.next()) {
        const QByteArray definition = query.value(2).toByteArray();
        if (query.value(0).toString() == QLatin1String("marketing_rule_set"))
            rows.installed = definition;
        else
            rows.changed.append({query.value(1).toString(), definition});
    }
    return rows;
}

} // namespace bd
