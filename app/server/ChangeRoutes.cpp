// POST /v1/push and GET /v1/changes: the branch's change log, written by its workstations'
// pushes and read by their pulls (docs/SYNC_PROTOCOL.md), and the checks on a change that
// moves a customer to another branch ("Moving a customer").
// Long file: one log's write and read side by side, so that what a push stores (and what it
// records beside: homes, erasures, desk accounts) and what a pull hands out to each role are
// read together; the rules themselves live in their own files (ChangeValidation,
// PersonalDataFilter, BirthdayCareTasks, DeskAccounts, LogErasure ...).
#include "app/server/BirthdayCareTasks.h"
#include "app/server/BranchLogState.h"
#include "app/server/DeskAccounts.h"
#include "app/server/ErasureNotices.h"
#include "app/server/LogErasure.h"
#include "app/server/SnapshotErasure.h"
#include "app/server/StayedRowLog.h"
#include "app/server/MovedAwayChanges.h"
#include "app/server/ServerMetrics.h"
#include "app/server/ChangeValidation.h"
#include "app/server/ContactVoidCheck.h"
#include "app/server/ReferralStepCheck.h"
#include "app/server/PersonalDataFilter.h"
#include "app/server/PushedRowField.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerLane.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"
#include "app/server/ServerStore.h"
#include "app/server/SignedInStaff.h"
#include "app/server/SyncAuthorisation.h"
#include "database/baseline/RosterHashes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrlQuery>

namespace bd::ServerRoutes {

namespace {
using namespace ServerRoute;

// The changes of one push that go to one branch's log, with their places in the request.
struct Batch
{
    QList<SyncChange> changes;
    QList<int> at;
};

// A `customer` upsert that names a branch: where the customer now belongs (empty if none).
QString movedCustomerBranch(const SyncChange &change)
{
    if (change.table != QLatin1String("customer") || change.op != QLatin1String("upsert"))
        return {};
    return change.fields.value(QStringLiteral("branch_id")).toString();
}

// The first value of `field` in a row's entries in `branch`'s log, or in any branch's log if
// none is given; empty if none. A log that cannot be read is an error, never read as empty:
// a void already filed would read as none and could be rewritten.
Result<QString> rowField(ServerStore &store, const QString &table, const QString &rowId,
                         const QString &field, const std::optional<BranchId> &branch)
{
    const ServerDatabase &database = store.database();
    ServerStatement query(database.connection(),
                          QStringLiteral("SELECT %1 FROM change_log WHERE table_name = ? AND "
                                         "row_id = ?%2 ORDER BY seq")
                                  .arg(database.dialect().asText(QStringLiteral("fields")),
                                       branch ? QStringLiteral(" AND branch_id = ?")
                                              : QString()));
    QVariantList values { table, rowId };
    if (branch)
        values << branch->toString();
    if (Result<> read = query.run(values); !read)
        return read.error();
    while (query.next()) {
        const QString value = QJsonDocument::fromJson(query.value(0).toByteArray())
                                      .object()
                                      .value(field)
                                      .toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

// A row never changes customer (a move copies the row, customer and all, and no workflow
// gives a row to another customer): a change naming another than the row's was the way to
// have the server and the branch head's desk erase a live row of a customer not erased, by
// naming one who is (F41, LogErasure::erasuresOfLiveRows; PulledErasures).
QString customerChangeRefusal(const SyncChange &change, const LoggedRowField &field)
{
    const QString named = change.fields.value(QStringLiteral("customer_id")).toString();
    if (change.table == QLatin1String("customer") || named.isEmpty())
        return {};
    const QString held = field(change.table, change.rowId, QStringLiteral("customer_id"));
    if (held.isEmpty() || held == named)
        return {};
    return Text::tr("customer_id differs from the row's: a row keeps its customer");
}

// The ids of the well-formed changes of a push (a malformed one is refused, never stored).
QStringList wellFormedIds(const QJsonArray &changes)
{
    QStringList ids;
    for (const QJsonValue &value : changes) {
        QString problem;
        const SyncChange change = SyncChange::fromJson(value.toObject(), &problem);
        if (problem.isEmpty())
            ids << change.changeId;
    }
    return ids;
}

// What a push tells the server about which branch keeps which customer: customers a branch
// creates are its own; a move hands the customer to the new branch.
class PushedHomes
{
public:
    void note(const SyncChange &change, const BranchId &callerBranch, const QString &movesTo)
    {
        if (change.table != QLatin1String("customer") || movesTo.isEmpty())
            return;
        if (BranchId(movesTo) == callerBranch)
            m_created << CustomerId(change.rowId);
        else
            m_moved.insert(CustomerId(change.rowId), BranchId(movesTo));
    }
    bool created(const CustomerId &customer) const { return m_created.contains(customer); }
    Result<> store(CustomerHomes &homes, const BranchId &callerBranch) const
    {
        const Result<> recorded
                = homes.record(callerBranch, m_created, CustomerHomes::Mode::KeepKnown);
        if (!recorded)
            return recorded;
        for (auto it = m_moved.cbegin(); it != m_moved.cend(); ++it) {
            if (Result<> moved = homes.move(it.key(), callerBranch, it.value()); !moved)
                return moved;
        }
        return {};
    }

private:
    QList<CustomerId> m_created;
    QHash<CustomerId, BranchId> m_moved;
};

// Why the server refuses a change that moves a customer to `target`, or carries a copy of
// their rows there; empty if it may: the caller holds transfer_customer, the branch exists
// and is another, and the customer is kept by the caller's branch (or was moved from it to
// that same branch: the move sent again).
QString transferRefusal(ServerStore &store, const Caller &caller, const SyncChange &change,
                        const BranchId &target, bool createdInThisPush)
{
    if (!SyncAuthorisation::mayTransfer(caller.role, change.table))
        return Text::tr("%1 may not move %2 to another branch")
                .arg(StaffRoles::code(caller.role), change.table);
    if (!store.branches().contains(target))
        return Text::tr("there is no branch %1").arg(target.toString());
    const QString customerId
            = change.isTransferCopy() ? change.customerId.toString() : change.rowId;
    const bool names = change.table == QLatin1String("customer")
            ? change.rowId == customerId
            : change.fields.value(QStringLiteral("customer_id")).toString(customerId) == customerId;
    if (!names)
        return Text::tr("the row does not belong to customer %1").arg(customerId);
    const auto home = store.customerHomes().of(CustomerId(customerId));
    // A customer the server does not know is the caller's if made in this push, or once the
    // database went back in time: the push that made them may be one it lost.
    const bool ours = (!home && (createdInThisPush || store.database().wentBackInTime()))
            || (home && home->branchId == caller.branchId)
            || (home && home->branchId == target && home->previousBranchId == caller.branchId);
    if (!ours)
        return Text::tr("customer %1 is not kept by your branch").arg(customerId);
    return {};
}

// A refused change is recorded on the server (its log, never the change's values).
void auditRefusal(const Caller &caller, const SyncChange &change, const QString &reason)
{
    ServerLog::event(ServerLog::Level::Warning, QStringLiteral("change_refused"),
                     { { QStringLiteral("branch"), caller.branchId.toString() },
                       { QStringLiteral("user"), caller.username },
                       { QStringLiteral("role"), StaffRoles::code(caller.role) },
                       { QStringLiteral("change_id"), change.changeId.left(64) },
                       { QStringLiteral("table"), change.table.left(64) },
                       { QStringLiteral("row_id"), change.rowId.left(64) },
                       { QStringLiteral("op"), change.op.left(16) },
                       { QStringLiteral("reason"), reason } });
}

// The server's clock (ms since 1970) on every answer of the log: a workstation measures its
// own clock's offset against it (docs/SYNC_PROTOCOL.md, "Clocks").
double serverTime()
{
    return double(QDateTime::currentMSecsSinceEpoch());
}

QJsonObject refused(const SyncChange &change, const QString &reason)
{
    return QJsonObject { { QStringLiteral("change_id"), change.changeId },
                         { QStringLiteral("status"), QStringLiteral("refused") },
                         { QStringLiteral("reason"), reason } };
}

QJsonObject accepted(const ChangeLog::Accepted &result)
{
    return QJsonObject { { QStringLiteral("change_id"), result.changeId },
                         { QStringLiteral("status"),
                           result.outcome == ChangeLog::Outcome::Applied
                                   ? QStringLiteral("applied")
                                   : QStringLiteral("duplicate") },
                         { QStringLiteral("seq"), double(result.seq) } };
}

QHttpServerResponse cannotStore()
{
    return error(Status::ServiceUnavailable,
                 Text::tr("The server could not store the changes; send them again."));
}

// What a branch's log just filed, `filed`, leaves of an erased customer is kept nowhere.
// False if it could not be stored (the push fails; the desk's re-send tries again).
bool keepNothingErased(ServerStore &store, const QString &snapshotDir, const BranchId &branch,
                       const QList<SyncChange> &filed)
{
    // An erased customer's values sent before the erasure are kept nowhere (issue 13).
    if (!LogErasure(store.database()).afterAppend(branch, filed))
        return false;
    // Nor in the entries of a row that stayed here without them (F37).
    if (!StayedRowLog(store.database()).afterAppend(branch, filed))
        return false;
    // Nor in the branch's snapshot file: it is marked due here and made again off the
    // request path (not served meanwhile). If it cannot be marked, the push fails and
    // the workstation's re-send (stored already, answered as duplicates) tries again.
    if (!SnapshotErasure(snapshotDir).afterAppend(branch, filed))
        return false;
    // Nor in the server's facts for event rules, which read the log only at the next
    // batch of events or sweep: an erasure is folded at once.
    if (const QList<SyncChange> erasures = SnapshotErasure::erasuresIn(filed);
        !erasures.isEmpty() && !store.events().facts().fold(branch, erasures))
        return false;
    return true;
}

QHttpServerResponse push(ServerStore &store, const QString &snapshotDir, const Caller &caller,
                         const QJsonObject &body)
{
    const QString branchId
            = body.value(QStringLiteral("branch_id")).toString(caller.branchId.toString());
    if (BranchId(branchId) != caller.branchId)
        return error(Status::Forbidden, Text::tr("Unknown branch, or a branch outside your own."));
    const QJsonValue changesValue = body.value(QStringLiteral("changes"));
    if (!changesValue.isArray())
        return error(Status::BadRequest, Text::tr("changes must be an array."));

    // Malformed changes are refused one by one; the others are stored, each in the log of
    // the branch it goes to: the caller's own, or for the copies of a moving customer's
    // rows, the customer's new branch (docs/SYNC_PROTOCOL.md, "Moving a customer").
    QJsonArray results;
    QMap<BranchId, Batch> batches;
    PushedHomes homes;
    // A log read that fails fails the push after the checks (nothing is stored before).
    bool logUnread = false;
    const auto logged = [&store, &logUnread](const QString &table, const QString &rowId,
                                             const QString &name,
                                             const std::optional<BranchId> &branch) {
        const Result<QString> value = rowField(store, table, rowId, name, branch);
        logUnread = logUnread || !value;
        return value.valueOr(QString());
    };
    MovedAwayChanges movedAway(store.customerHomes(),
                               [&logged](const QString &table, const QString &rowId,
                                         const QString &field) {
                                   return logged(table, rowId, field, std::nullopt);
                               });
    // The void and referral-step checks read a row as the log holds it with the changes of
    // this push taken so far (a contact logged and voided offline comes in one push). Whose
    // a staff id is, the caller's own branch's log says: another branch's administrator
    // writes staff rows to their own log.
    PushedRowField field([&logged, &caller](const QString &table, const QString &rowId,
                                            const QString &name) {
        return logged(table, rowId, name,
                      table == QLatin1String("staff_user") ? std::optional(caller.branchId)
                                                          : std::nullopt);
    });
    const LoggedRowField fieldSoFar = std::cref(field);
    const SignedInStaff signedIn(store.database(), caller, fieldSoFar);
    const QJsonArray changes = changesValue.toArray();
    // Only a change the log will store lends its values to the checks of later ones: one whose
    // id the server holds, or that repeats one of this push, is a duplicate (ChangeLog::append)
    // and stores nothing, though it passes the checks.
    const Result<QHash<QString, qint64>> held = store.changeLog().held(wellFormedIds(changes));
    if (!held)
        return cannotStore();
    QSet<QString> storedIds(held->keyBegin(), held->keyEnd());
    for (int i = 0; i < changes.size(); ++i) {
        QString problem;
        SyncChange change = SyncChange::fromJson(changes.at(i).toObject(), &problem);
        const QString movesTo
                = change.isTransferCopy() ? change.toBranch : movedCustomerBranch(change);
        const CustomerId customer = change.isTransferCopy() ? change.customerId
                                                           : CustomerId(change.rowId);
        // A copy for the caller's own branch is no move (a desk never sends one: a move goes
        // to another branch); checked as a move it would pass every check of the row itself.
        if (problem.isEmpty() && change.isTransferCopy() && BranchId(movesTo) == caller.branchId)
            problem = Text::tr("to_branch is your own branch: a moving customer's rows are "
                               "copied to another branch only");
        else if (problem.isEmpty() && !movesTo.isEmpty() && BranchId(movesTo) != caller.branchId)
            problem = transferRefusal(store, caller, change, BranchId(movesTo),
                                      homes.created(customer));
        else if (problem.isEmpty() && change.table == QLatin1String("audit_log"))
            problem = Text::tr("audit entries are sent to /v1/audit, never as changes");
        else if (problem.isEmpty() && !SyncAuthorisation::mayWrite(caller.role, change))
            problem = Text::tr("%1 may not change %2")
                              .arg(StaffRoles::code(caller.role), change.table);
        else if (problem.isEmpty())
            problem = ChangeValidation::refusal(caller.role, change);
        if (problem.isEmpty())
            problem = ContactVoidCheck::refusal(signedIn, caller.role, change, fieldSoFar,
                                                QDateTime::currentDateTimeUtc());
        if (problem.isEmpty())
            problem = ReferralStepCheck::refusal(signedIn, caller.role, change, fieldSoFar);
        if (problem.isEmpty())
            problem = customerChangeRefusal(change, fieldSoFar);
        results << refused(change, problem);
        if (!problem.isEmpty()) {
            ServerMetrics::changesRefused(1);
            auditRefusal(caller, change, problem);
            continue;
        }
        // A desk's hash of a local account stays at that desk (docs/SECURITY.md §3a): the
        // log keeps the placeholder, so no other desk and no copy of the server gets it.
        RosterHashes::blankIn(change.table, change.fields);
        // A moved customer's change made before the move was seen follows the customer.
        Batch &batch = batches[change.isTransferCopy()
                                       ? BranchId(change.toBranch)
                                       : movedAway.route(caller.branchId, change)];
        batch.changes << change;
        batch.at << i;
        if (!storedIds.contains(change.changeId)) {
            storedIds.insert(change.changeId);
            field.take(change);
        }
        homes.note(change, caller.branchId, movesTo);
    }
    if (logUnread || signedIn.unread())
        return cannotStore();
    // The new branch's copies first: if the server stops in between, the workstation sends
    // everything again and what is stored already comes back as a duplicate.
    // An erasure that followed its customer away is filed in the pushing branch's log too,
    // or the old branch keeps what it had of the customer.
    QList<SyncChange> echoes = movedAway.rowsLeftBehind();
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        if (it.key() != caller.branchId)
            echoes << LogErasure::erasuresToEcho(it.value().changes);
    }
    QList<BranchId> order = batches.keys();
    if (order.removeOne(caller.branchId) || !echoes.isEmpty())
        order << caller.branchId;
    for (const BranchId &branch : std::as_const(order)) {
        Batch batch = batches.value(branch);
        const Result<QList<ChangeLog::Accepted>> stored
                = store.changeLog().append(branch, batch.changes);
        if (!stored)
            return cannotStore();
        for (int j = 0; j < stored->size(); ++j)
            results[batch.at.at(j)] = accepted(stored->at(j));
        // A customer erased at the old branch before the move reached the mover: their
        // erasure follows the copies, or the new branch takes back what was erased.
        if (branch != caller.branchId) {
            const Result<QList<SyncChange>> carried
                    = LogErasure(store.database()).erasuresToCarry(caller.branchId, batch.changes);
            if (!carried || (!carried->isEmpty() && !store.changeLog().append(branch, *carried)))
                return cannotStore();
            batch.changes << *carried;
        } else if (!echoes.isEmpty()) {
            if (!store.changeLog().append(branch, echoes))
                return cannotStore();
            batch.changes << echoes;
        }
        if (!keepNothingErased(store, snapshotDir, branch, batch.changes))
            return cannotStore();
        // A row raised for a customer this log holds erased (a desk's clock ahead, or the
        // erasure not pulled yet) is erased by the server at once, in this log after it, so
        // every desk, the sender too, has it deleted and blank at its next pull (F41).
        const Result<QList<SyncChange>> late
                = LogErasure(store.database()).erasuresOfLiveRows(branch, batch.changes);
        if (!late)
            return cannotStore();
        if (late->isEmpty())
            continue;
        const Result<QList<ChangeLog::Accepted>> erased = store.changeLog().append(branch, *late);
        if (!erased || !keepNothingErased(store, snapshotDir, branch, *late))
            return cannotStore();
        LogErasure::logRowErasuresFiled(caller.username, branch, *late, *erased);
    }
    // A customer erased: every other branch that ever held them learns of it (F38), whichever
    // log the erasure went to, or its log and desks keep what they once had of the customer.
    for (auto batch = batches.cbegin(); batch != batches.cend(); ++batch) {
        const Result<QHash<QString, QList<SyncChange>>> notices
                = ErasureNotices(store.database())
                          .forFormerBranches(caller.branchId, batch.key(), batch.value().changes);
        if (!notices)
            return cannotStore();
        for (auto it = notices->cbegin(); it != notices->cend(); ++it) {
            const BranchId to(it.key());
            const Result<QList<ChangeLog::Accepted>> filed
                    = store.changeLog().append(to, it.value());
            if (!filed || !keepNothingErased(store, snapshotDir, to, it.value()))
                return cannotStore();
            ErasureNotices::logFiled(caller.username, caller.branchId, to, it.value(), *filed);
        }
    }
    // Desk-only accounts become known to the server from their rows (docs/SECURITY.md 8.2).
    if (!homes.store(store.customerHomes(), caller.branchId))
        return cannotStore();
    if (const Result<> registered = DeskAccounts(store.database())
                                            .registerPushed(caller, batches.value(caller.branchId).changes);
        !registered) {
        qWarning("desk accounts not registered: %s", qPrintable(registered.errorString()));
        return cannotStore();
    }
    return QHttpServerResponse(QJsonObject { { QStringLiteral("epoch"), store.database().epoch() },
                                             { QStringLiteral("server_time"), serverTime() },
                                             { QStringLiteral("results"), results } });
}

// Every branch's id, code and name (reference data, no personal data): a workstation must
// know a branch its customers may move to or come from.
QJsonArray branchList(const QList<ServerBranches::Branch> &known)
{
    QJsonArray branches;
    for (const ServerBranches::Branch &branch : known)
        branches << QJsonObject { { QStringLiteral("id"), branch.id.toString() },
                                  { QStringLiteral("code"), branch.code },
                                  { QStringLiteral("name"), branch.name } };
    return branches;
}

QHttpServerResponse cannotReadBranches()
{
    return error(Status::ServiceUnavailable,
                 Text::tr("The server could not read its branches; try again."));
}

// 410: the changes after the cursor are no longer in the log, only in the snapshot.
QHttpServerResponse compactedAway(const QString &epoch, qint64 through)
{
    return QHttpServerResponse(
            QJsonObject { { QStringLiteral("error"),
                            Text::tr("The changes up to %1 are kept only in the branch's "
                                     "snapshot now; take the snapshot.")
                                    .arg(through) },
                          { QStringLiteral("compacted_through"), double(through) },
                          { QStringLiteral("epoch"), epoch } },
            Status::Gone);
}

QHttpServerResponse changesAfter(ServerStore &store, const QString &snapshotDir,
                                 const Caller &caller, const QUrlQuery &query)
{
    const QString branchId = query.hasQueryItem(QStringLiteral("branch"))
            ? query.queryItemValue(QStringLiteral("branch"))
            : caller.branchId.toString();
    bool afterOk = false;
    bool limitOk = true;
    const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk);
    int limit = 1000;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!afterOk || after < 0 || !limitOk || limit < 1 || limit > kMaxPullLimit)
        return error(Status::BadRequest,
                     Text::tr("after must be a cursor (0 or more) and limit between 1 and %1.")
                             .arg(kMaxPullLimit));
    if (BranchId(branchId) != caller.branchId)
        return error(Status::Forbidden, Text::tr("Unknown branch, or a branch outside your own."));
    // A log that cannot be read answers as an empty page, as it always has; the
    // workstation asks again at its next pull.
    const QList<SyncChange> found
            = store.changeLog().after(caller.branchId, after, limit).valueOr({});
    // The rest in one statement after the changes (BranchLogState): the branch list read
    // then holds every branch a pulled change names.
    const Result<BranchLogState> state = BranchLogState::read(store.database(), caller.branchId);
    if (!state)
        return cannotReadBranches();
    // A cursor before the log's start (changes compacted into the snapshot at retention,
    // maybe while the changes were read, cutting them short): the workstation takes the
    // snapshot.
    if (after < state->compactedThrough)
        return compactedAway(state->epoch, state->compactedThrough);
    // A workstation that has seen numbers this log never handed out proves that the
    // database went back in time (restored from a backup the watermark did not catch): a
    // new epoch makes every workstation send its outbox again and download afresh.
    QString epoch = state->epoch;
    if (after > 0 && state->head < after) {
        const Result<QString> started = store.database().startNewEpoch();
        if (!started)
            return cannotStore();
        epoch = *started;
    }
    QJsonArray changes;
    const bool reveals = PersonalDataFilter::receivesPersonalData(caller.role);
    const Result<QSet<QString>> birthdayTasks = BirthdayCareTasks(store.database(), snapshotDir)
            .among(caller.branchId, reveals ? QList<SyncChange>() : found);
    if (!birthdayTasks)
        return databaseUnavailable(); // never sent unfiltered
    qint64 last = after;
    for (SyncChange change : found) {
        // A hash a log from before the rule still holds is not served either.
        RosterHashes::blankIn(change.table, change.fields);
        // Audit entries are never changes (an old log may hold some pushed before the server
        // refused them): the cursor passes them. Roles without reveal_personal_data get no
        // identifiers or notes, nor a birthday's opportunity or care task (the birth date).
        if (change.table != QLatin1String("audit_log")
            && (reveals || !(PersonalDataFilter::withheldWhole(change)
                             || BirthdayCareTasks::isOne(change, *birthdayTasks))))
            changes << (reveals ? change.toJson() : PersonalDataFilter::change(change));
        last = change.seq;
    }
    // The branch list only when the workstation names another version than the server's
    // (or none: an older workstation), so that a pull does not grow with the number of
    // branches.
    const QString version = ServerBranches::listVersionOf(epoch, state->listVersion);
    QJsonObject answer { { QStringLiteral("epoch"), epoch },
                         { QStringLiteral("branches_version"), version },
                         { QStringLiteral("changes"), changes },
                         { QStringLiteral("last_seq"), double(last) },
                         { QStringLiteral("server_time"), serverTime() },
                         { QStringLiteral("more"), found.size() == limit } };
    if (query.queryItemValue(QStringLiteral("branches")) != version) {
        const Result<QList<ServerBranches::Branch>> known = store.branches().all();
        if (!known)
            return cannotReadBranches();
        answer.insert(QStringLiteral("branches"), branchList(*known));
    }
    return QHttpServerResponse(answer);
}
} // namespace

void installChanges(QHttpServer &server, ServerStore *store, const QString &snapshotDir,
                    const ServerLanes &lanes)
{
    const auto pushTo = [snapshotDir](ServerStore &s, const Caller &caller,
                                      const QJsonObject &body) {
        return push(s, snapshotDir, caller, body);
    };
    if (lanes.pushes)
        signedInSyncPost(server, QStringLiteral("/v1/push"), *lanes.pushes, BodyShape::Object,
                         pushTo);
    else
        signedInSyncPost(server, QStringLiteral("/v1/push"), store, BodyShape::Object, pushTo);
    if (lanes.pulls)
        signedIn(server, QStringLiteral("/v1/changes"), Method::Get, *lanes.pulls,
                 [snapshotDir](ServerStore &s, const Caller &c, const LaneRequest &r) {
                     return changesAfter(s, snapshotDir, c, QUrlQuery(r.url));
                 });
    else
        signedIn(server, QStringLiteral("/v1/changes"), Method::Get, store,
                 [snapshotDir](ServerStore &s, const Caller &c, const QHttpServerRequest &r) {
                     return changesAfter(s, snapshotDir, c, r.query());
                 });
}

} // namespace bd::ServerRoutes
