// Long file: the rewrite of an erased customer's log entries and the erasure changes the
// server files besides a push (carried, echoed, and a late row's own, F41) read the same
// entries, erasures and erased placeholders; apart, each would repeat those readers.
#include "app/server/LogErasure.h"

#include "app/domain/HybridLogicalClock.h"
#include "app/domain/NaturalKeyId.h"
#include "app/domain/ServerMadeRow.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"
#include "database/privacy/CustomerDataMap.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {
const QString kCustomer = QStringLiteral("customer");
const QString kErasedAt = QStringLiteral("erased_at");

bool isErasure(const QJsonObject &fields)
{
    return !fields.value(kErasedAt).toString().isEmpty();
}

// A UUIDv7 (changes carry one) named by the erasure it carries: the original's time, the
// rest from a name-based hash, so a re-push of the move files it once.
QString carriedChangeId(const QString &original, const QString &customer,
                        const QString &kind = QStringLiteral("carried erasure"))
{
    const QString hash = NaturalKeyId::of({kind, original, customer}).remove(QLatin1Char('-'));
    const QString time = QString(original).remove(QLatin1Char('-')).left(12);
    const QChar variant = QLatin1String("89ab").at(hash.mid(16, 1).toInt(nullptr, 16) & 0x3);
    const QString hex = time + QLatin1Char('7') + hash.mid(13, 3) + variant + hash.mid(17, 15);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
            + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

bool before(const QString &stamp, const QString &erasure)
{
    return HlcStamp::fromString(stamp) < HlcStamp::fromString(erasure);
}

// The erased value of each personal column of a table (CustomerDataMap), as the erasing
// workstation sends it.
QJsonObject erasedPlaceholders(const QString &table)
{
    QJsonObject placeholders;
    for (const CustomerDataTable &mapped : CustomerDataMap::tables()) {
        if (mapped.table != table)
            continue;
        for (const CustomerDataTable::Column &column : mapped.personalColumns) {
            placeholders.insert(column.name, column.erasedValue.isNull()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue::fromVariant(column.erasedValue));
        }
    }
    return placeholders;
}
} // namespace

// customer id -> their first erasure in the branch's log: its earliest stamp, and where the
// log first filed one.
Result<QHash<QString, LogErasure::Erasure>> LogErasure::erasuresOf(const BranchId &branch) const
{
    const ServerSqlDialect &dialect = m_database.dialect();
    const QString fields = dialect.asText(QStringLiteral("fields"));
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT row_id, hlc, %1, seq FROM change_log WHERE "
                                         "branch_id = ? AND table_name = 'customer' AND %1 LIKE ? "
                                         "ORDER BY seq")
                                  .arg(fields));
    if (Result<> read = query.run({branch.toString(), QStringLiteral("%\"erased_at\"%")}); !read)
        return read.error();
    QHash<QString, Erasure> erasures;
    while (query.next()) {
        const QString customer = query.value(0).toString();
        const QString stamp = query.value(1).toString();
        if (!isErasure(QJsonDocument::fromJson(query.value(2).toByteArray()).object()))
            continue;
        const auto known = erasures.find(customer);
        if (known == erasures.end())
            erasures.insert(customer, Erasure{stamp, query.value(3).toLongLong()});
        else if (before(stamp, known->stamp))
            known->stamp = stamp;
    }
    return erasures;
}

Result<QList<LogErasure::Entry>> LogErasure::entriesOf(const BranchId &branch,
                                                      const QString &table,
                                                      const QString &rowId) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT seq, hlc, %1 FROM change_log WHERE branch_id = ? "
                                         "AND table_name = ? AND row_id = ? ORDER BY seq")
                                  .arg(m_database.dialect().asText(QStringLiteral("fields"))));
    if (Result<> read = query.run({branch.toString(), table, rowId}); !read)
        return read.error();
    QList<Entry> entries;
    while (query.next())
        entries << Entry{query.value(0).toLongLong(), query.value(1).toString(),
                         QJsonDocument::fromJson(query.value(2).toByteArray()).object()};
    return entries;
}

Result<> LogErasure::scrubRow(const BranchId &branch, const QString &table, const QString &rowId,
                              const Erasure &erasure) const
{
    const Result<QList<Entry>> entries = entriesOf(branch, table, rowId);
    if (!entries)
        return entries.error();
    // What each field holds once erased: the erasure's own values for the customer row
    // (which takes no other edit after it, whatever its stamp), else the first value sent
    // after the erasure; a personal column with none takes its erased value. An entry filed
    // before the erasure did not know of it whatever its stamp (a mover's copy, an edit by
    // a clock ahead): every workstation blanks that row once the erasure arrives.
    const auto afterErasure = [&](const Entry &entry) {
        return table == kCustomer
                ? isErasure(entry.fields)
                : entry.seq > erasure.seq && !before(entry.hlc, erasure.stamp);
    };
    // Only personal columns are taken, in another table's row: a whole row written after
    // the erasure (a tag set again) carries who set it and when, which an earlier entry
    // must keep - its writer keeps them, and no blanking ever comes for them (the fault
    // run: three tags' set_by differing between two desks).
    const QJsonObject placeholders
            = table == kCustomer ? QJsonObject() : erasedPlaceholders(table);
    QJsonObject erased;
    for (const Entry &entry : *entries) {
        if (!afterErasure(entry))
            continue;
        for (auto it = entry.fields.constBegin(); it != entry.fields.constEnd(); ++it) {
            if (!erased.contains(it.key())
                && (table == kCustomer || placeholders.contains(it.key())))
                erased.insert(it.key(), it.value());
        }
    }
    // A personal value sent after the erasure that a later stamp of the row overwrites is
    // dead: every copy ends with the later value. A workstation that wrote the row not
    // knowing of the erasure but stamped it after (its clock a little ahead, or the same
    // millisecond) blanks it when the erasure arrives; its first entry must not keep it.
    QHash<QString, std::pair<QString, QJsonValue>> latest; // column -> stamp, value
    if (table != kCustomer) {
        for (auto it = placeholders.constBegin(); it != placeholders.constEnd(); ++it) {
            if (!erased.contains(it.key()))
                erased.insert(it.key(), it.value());
        }
        for (const Entry &entry : *entries) {
            if (!afterErasure(entry))
                continue;
            for (auto it = placeholders.constBegin(); it != placeholders.constEnd(); ++it) {
                const auto known = latest.constFind(it.key());
                if (entry.fields.contains(it.key())
                    && (known == latest.constEnd() || before(known->first, entry.hlc)))
                    latest.insert(it.key(), {entry.hlc, entry.fields.value(it.key())});
            }
        }
    }
    ServerStatement rewrite(m_database.connection(),
                            QStringLiteral("UPDATE change_log SET fields = %1 WHERE branch_id = ? "
                                           "AND seq = ?")
                                    .arg(m_database.dialect().jsonParameter()));
    for (const Entry &entry : *entries) {
        const bool after = afterErasure(entry);
        QJsonObject fields = entry.fields;
        bool changed = false;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const auto later = latest.constFind(it.key());
            const QJsonValue kept = !after ? erased.value(it.key())
                    : later != latest.constEnd() && before(entry.hlc, later->first)
                    ? later->second
                    : *it;
            if ((after || erased.contains(it.key())) && *it != kept) {
                *it = kept;
                changed = true;
            }
        }
        if (!changed)
            continue;
        const QString text = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        if (Result<> written = rewrite.run({text, branch.toString(), entry.seq}); !written)
            return written;
    }
    return {};
}

// The customer of a changed row: the row's first entry that names one, else the change,
// else (a KYC answer, a referral's step) the entries of the row it belongs to. An
// erasure's own blanking of such a row names no customer either. The log comes before the
// change: a row never changes customer, and a push naming an erased one for a live row of
// another would have the server erase that row (ChangeRoutes refuses such a push too).
Result<QString> LogErasure::customerOf(const BranchId &branch, const SyncChange &change) const
{
    if (change.table == kCustomer)
        return change.rowId;
    static const QHash<QString, std::pair<QString, QString>> parents{
            {QStringLiteral("kyc_answer"),
             {QStringLiteral("session_id"), QStringLiteral("kyc_session")}},
            {QStringLiteral("referral_transition"),
             {QStringLiteral("referral_id"), QStringLiteral("referral")}}};
    const auto parent = parents.constFind(change.table);
    const auto valueIn = [&](const QString &table, const QString &rowId,
                             const QString &field) -> Result<QString> {
        const Result<QList<Entry>> entries = entriesOf(branch, table, rowId);
        if (!entries)
            return entries.error();
        for (const Entry &entry : *entries) {
            if (const QString value = entry.fields.value(field).toString(); !value.isEmpty())
                return value;
        }
        return QString();
    };
    const Result<QString> logged = valueIn(change.table, change.rowId,
                                           QStringLiteral("customer_id"));
    if (!logged || !logged->isEmpty())
        return logged;
    const QString named = change.fields.value(QStringLiteral("customer_id")).toString();
    if (!named.isEmpty() || parent == parents.constEnd())
        return named;
    QString parentId = change.fields.value(parent->first).toString();
    if (parentId.isEmpty()) {
        const Result<QString> found = valueIn(change.table, change.rowId, parent->first);
        if (!found)
            return found;
        parentId = *found;
    }
    if (parentId.isEmpty())
        return QString();
    return valueIn(parent->second, parentId, QStringLiteral("customer_id"));
}

Result<> LogErasure::afterAppend(const BranchId &branch, const QList<SyncChange> &stored)
{
    const Result<QHash<QString, Erasure>> erasures = erasuresOf(branch);
    if (!erasures)
        return erasures.error();
    if (erasures->isEmpty())
        return {};
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    QSet<QString> done;
    QList<SyncChange> scrubbed = stored;
    // An erasure filed now reaches every row of the customer in this log, also rows no
    // workstation will blank here (a customer moved away: their desks are another branch's).
    for (const SyncChange &change : stored) {
        if (change.table != kCustomer || !isErasure(change.fields))
            continue;
        const Result<QList<SyncChange>> rows = rowsNaming(branch, change.rowId);
        if (!rows)
            return rows.error();
        scrubbed << *rows;
    }
    for (const SyncChange &change : std::as_const(scrubbed)) {
        const Result<QString> customerFound = customerOf(branch, change);
        if (!customerFound)
            return customerFound.error();
        const QString customer = *customerFound;
        const auto erasure = erasures->constFind(customer);
        if (customer.isEmpty() || erasure == erasures->constEnd())
            continue;
        const QString row = change.table + QLatin1Char('/') + change.rowId;
        if (done.contains(row))
            continue;
        done.insert(row);
        if (Result<> scrubbed = scrubRow(branch, change.table, change.rowId, *erasure); !scrubbed)
            return scrubbed;
    }
    return transaction->commit();
}

// The rows of the branch's log that name `customer`, and the KYC answers and referral steps
// of those rows, as changes carrying only their table and id (customerOf finds the rest).
Result<QList<SyncChange>> LogErasure::rowsNaming(const BranchId &branch,
                                                const QString &customer) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT DISTINCT table_name, row_id FROM change_log WHERE "
                                         "branch_id = ? AND %1 LIKE ?")
                                  .arg(m_database.dialect().asText(QStringLiteral("fields"))));
    QList<SyncChange> rows;
    QStringList named{customer};
    for (int i = 0; i < named.size(); ++i) {
        if (Result<> read = query.run({branch.toString(), QLatin1Char('%') + named.at(i)
                                                                   + QLatin1Char('%')});
            !read)
            return read.error();
        while (query.next()) {
            SyncChange row;
            row.table = query.value(0).toString();
            row.rowId = query.value(1).toString();
            if (row.table == kCustomer)
                continue;
            rows << row;
            if (i == 0 && (row.table == QLatin1String("kyc_session")
                           || row.table == QLatin1String("referral")))
                named << row.rowId;
        }
    }
    return rows;
}

QString LogErasure::derivedChangeId(const QString &original, const QString &row,
                                    const QString &kind)
{
    return carriedChangeId(original, row, kind);
}

QList<SyncChange> LogErasure::erasuresToEcho(const QList<SyncChange> &routed)
{
    QList<SyncChange> echoes;
    for (const SyncChange &change : routed) {
        if (change.isTransferCopy() || change.table != kCustomer || !isErasure(change.fields))
            continue;
        SyncChange echo = change;
        echo.changeId = carriedChangeId(change.changeId, change.rowId,
                                        QStringLiteral("erasure echoed to the old branch"));
        echoes << echo;
    }
    return echoes;
}

Result<QList<SyncChange>> LogErasure::erasuresOfLiveRows(const BranchId &branch,
                                                         const QList<SyncChange> &filed) const
{
    // The rows the push makes live, last change first: a delete later in the push (the
    // writer's own, or an eraser's sweep sent whole) leaves nothing live.
    QSet<QString> deletedAfter;
    QList<const SyncChange *> live;
    for (auto it = filed.crbegin(); it != filed.crend(); ++it) {
        const QString row = it->table + QLatin1Char('/') + it->rowId;
        if (it->op == QLatin1String("delete")) {
            deletedAfter.insert(row);
            continue;
        }
        if (it->isTransferCopy() || deletedAfter.contains(row))
            continue;
        const auto &tables = CustomerDataMap::tables();
        const auto mapped = std::find_if(tables.cbegin(), tables.cend(),
                                         [&](const CustomerDataTable &table) {
                                             return table.table == it->table && table.synced
                                                     && table.erasure
                                                     == CustomerDataTable::Erasure::Tombstone;
                                         });
        if (mapped == tables.cend())
            continue;
        const QJsonObject placeholders = erasedPlaceholders(it->table);
        bool onlyBlanks = !it->fields.isEmpty();
        for (auto field = it->fields.constBegin(); onlyBlanks && field != it->fields.constEnd();
             ++field)
            onlyBlanks = field.key() == QLatin1String("customer_id")
                    || placeholders.value(field.key()) == field.value();
        if (!onlyBlanks) {
            deletedAfter.insert(row); // one erasure of the row per push
            live.prepend(&*it);
        }
    }
    if (live.isEmpty())
        return QList<SyncChange>();
    const Result<QHash<QString, Erasure>> erasures = erasuresOf(branch);
    if (!erasures)
        return erasures.error();
    QList<SyncChange> erasing;
    for (const SyncChange *change : std::as_const(live)) {
        const Result<QString> customer = customerOf(branch, *change);
        if (!customer)
            return customer.error();
        if (customer->isEmpty() || !erasures->contains(*customer))
            continue;
        // After every clock the log holds for the row, so the blanking and the delete win on
        // every copy (RemoteChangeApplier compares each field's clock), and after the
        // erasure, so no desk takes them for an edit that did not know of it (PulledErasures).
        const Result<QList<Entry>> entries = entriesOf(branch, change->table, change->rowId);
        if (!entries)
            return entries.error();
        HlcStamp latest = HlcStamp::fromString(erasures->value(*customer).stamp);
        if (const HlcStamp stamp = HlcStamp::fromString(change->hlc); latest < stamp)
            latest = stamp;
        for (const Entry &entry : *entries) {
            if (const HlcStamp stamp = HlcStamp::fromString(entry.hlc); latest < stamp)
                latest = stamp;
        }
        const QString server = ServerMadeRow::node();
        SyncChange made;
        made.table = change->table;
        made.rowId = change->rowId;
        made.originNode = server;
        made.schemaVersion = change->schemaVersion;
        const QJsonObject placeholders = erasedPlaceholders(change->table);
        if (!placeholders.isEmpty()) {
            SyncChange blanking = made;
            blanking.changeId = carriedChangeId(change->changeId, change->rowId,
                                                QStringLiteral("server's blanking of a late row"));
            blanking.op = QStringLiteral("upsert");
            blanking.fields = placeholders;
            blanking.fields.insert(QStringLiteral("customer_id"), *customer);
            blanking.hlc = HlcStamp{latest.millis, latest.counter + 1, server}.toString();
            erasing << blanking;
        }
        SyncChange deletion = made;
        deletion.changeId = carriedChangeId(change->changeId, change->rowId,
                                            QStringLiteral("server's delete of a late row"));
        deletion.op = QStringLiteral("delete");
        deletion.hlc = HlcStamp{latest.millis, latest.counter + 2, server}.toString();
        erasing << deletion;
    }
    return erasing;
}

void LogErasure::logRowErasuresFiled(const QString &user, const BranchId &branch,
                                     const QList<SyncChange> &erasures,
                                     const QList<ChangeLog::Accepted> &stored)
{
    for (int i = 0; i < erasures.size() && i < stored.size(); ++i) {
        const SyncChange &change = erasures.at(i);
        if (stored.at(i).outcome != ChangeLog::Outcome::Applied
            || change.op != QLatin1String("delete"))
            continue; // a re-push's was logged when it was filed; one line per row
        ServerLog::event(ServerLog::Level::Info, QStringLiteral("late_row_erasure_filed"),
                         {{QStringLiteral("branch"), branch.toString()},
                          {QStringLiteral("user"), user},
                          {QStringLiteral("table"), change.table},
                          {QStringLiteral("row"), change.rowId},
                          {QStringLiteral("change_id"), change.changeId},
                          {QStringLiteral("seq"), QString::number(stored.at(i).seq)}});
    }
}

Result<QList<SyncChange>> LogErasure::erasuresToCarry(const BranchId &from,
                                                      const QList<SyncChange> &copies) const
{
    QSet<QString> customers;
    for (const SyncChange &copy : copies) {
        if (copy.isTransferCopy())
            customers.insert(copy.customerId.toString()); // the row id bound below
    }
    QList<SyncChange> carried;
    for (const QString &customer : std::as_const(customers)) {
        ServerStatement query(m_database.connection(),
                              QStringLiteral("SELECT change_id, hlc, %1, origin_node, schema_version "
                                             "FROM change_log WHERE branch_id = ? AND table_name = "
                                             "'customer' AND row_id = ? AND %1 LIKE ? ORDER BY seq")
                                      .arg(m_database.dialect().asText(QStringLiteral("fields"))));
        if (Result<> read = query.run({from.toString(), customer,
                                       QStringLiteral("%\"erased_at\"%")});
            !read)
            return read.error();
        std::optional<SyncChange> latest;
        while (query.next()) {
            QJsonObject fields = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
            if (!isErasure(fields))
                continue;
            // The customer row at the new branch is kept there: not the old branch's place.
            fields.remove(QStringLiteral("branch_id"));
            fields.remove(QStringLiteral("manager_id"));
            SyncChange erasure;
            erasure.changeId = carriedChangeId(query.value(0).toString(), customer);
            erasure.table = kCustomer;
            erasure.rowId = customer;
            erasure.op = QStringLiteral("upsert");
            erasure.fields = fields;
            erasure.hlc = query.value(1).toString();
            erasure.originNode = query.value(3).toString();
            erasure.schemaVersion = query.value(4).toInt();
            if (!latest || before(latest->hlc, erasure.hlc))
                latest = erasure;
        }
        if (latest)
            carried << *latest;
    }
    return carried;
}

} // namespace bd
