#include "database/households/HouseholdRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <algorithm>

namespace bd {

namespace {
const QString kMember = QStringLiteral("household_member");
const QString kHousehold = QStringLiteral("household");
const QString kHead = QStringLiteral("head");
const QString kRelative = QStringLiteral("relative");

// A NULL that survives the outbox as JSON null (a null QString would travel as "").
QVariant syncedNull()
{
    return QVariant::fromValue(nullptr);
}

QVariant idOrNull(const QString &id)
{
    return id.isEmpty() ? syncedNull() : QVariant(id);
}

Error changedMeanwhile(const Result<> &ran)
{
    return Error(ran.errorString().isEmpty() ? QCoreApplication::translate(
                         "HouseholdRepository",
                         "Someone changed this household meanwhile; look again and retry.")
                                             : ran.errorString());
}
} // namespace

HouseholdRepository::HouseholdRepository(Store &store)
    : m_store(store)
{
}

Result<HouseholdMembership> HouseholdRepository::membership(const CustomerId &customer) const
{
    // A household removed elsewhere (a tombstone pulled by sync) holds nobody any more.
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT m.version, coalesce(h.id, ''), m.relation "
                                  "FROM household_member m LEFT JOIN household h "
                                  "ON h.id = m.household_id AND h.deleted = 0 "
                                  "WHERE m.id = ? AND m.deleted = 0"));
    query.bind(customer);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    HouseholdMembership membership;
    membership.customerId = customer;
    if (query.next()) {
        membership.version = query.integer(0);
        membership.householdId = HouseholdId(query.text(1));
        membership.relation = membership.householdId.isEmpty() ? QString() : query.text(2);
    }
    return membership;
}

Result<HouseholdMembership>
HouseholdRepository::membershipOutsideHouseholds(const CustomerId &customer) const
{
    Result<HouseholdMembership> current = membership(customer);
    if (current && !current->householdId.isEmpty())
        return Error(QCoreApplication::translate("HouseholdRepository",
                                                 "This customer is already in a household."));
    return current;
}

Result<HouseholdMembership>
HouseholdRepository::membershipInAHousehold(const CustomerId &customer) const
{
    Result<HouseholdMembership> current = membership(customer);
    if (current && current->householdId.isEmpty())
        return Error(QCoreApplication::translate("HouseholdRepository",
                                                 "This customer is not in a household."));
    return current;
}

Result<> HouseholdRepository::writeMembership(const CustomerId &customer,
                                              const HouseholdId &household, const QString &relation,
                                              const StaffId &by, int baseVersion)
{
    // Who linked the customer and when change only when someone links them (not when the
    // head changes or the link goes).
    const bool linking = !household.isEmpty() && !by.isEmpty();
    const QString now = SqlTime::now();
    QVariantMap fields { { QStringLiteral("customer_id"), customer.toString() },
                         { QStringLiteral("household_id"), idOrNull(household.toString()) },
                         { QStringLiteral("relation"), relation } };
    if (linking) {
        fields.insert(QStringLiteral("linked_by"), by.toString());
        fields.insert(QStringLiteral("linked_at"), now);
    }
    const QVariant linkedBy = linking ? QVariant(by.toString()) : SqlValue::nullText();
    const QVariant linkedAt = linking ? QVariant(now) : SqlValue::nullText();
    SqlQuery write(m_store.database());
    if (baseVersion == 0) {
        write.prepare(QStringLiteral(
                "INSERT INTO household_member(id, customer_id, household_id, relation, "
                "linked_by, linked_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        write.bind(customer)
                .bind(customer)
                .bind(SqlValue::orNull(household.toString()))
                .bind(relation)
                .bind(linkedBy)
                .bind(linkedAt)
                .bind(now);
        if (Result<> ran = write.exec(); !ran)
            return ran;
    } else {
        write.prepare(QStringLiteral(
                "UPDATE household_member SET household_id = ?, relation = ?, "
                "linked_by = coalesce(?, linked_by), linked_at = coalesce(?, linked_at), "
                "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
        write.bind(SqlValue::orNull(household.toString()))
                .bind(relation)
                .bind(linkedBy)
                .bind(linkedAt)
                .bind(now)
                .bind(customer)
                .bind(baseVersion);
        if (Result<> ran = write.execOnOneRow(); !ran)
            return changedMeanwhile(ran);
    }
    return ChangeRecorder(m_store).recordUpsert(kMember, customer.toString(), fields, baseVersion);
}

Result<HouseholdId> HouseholdRepository::create(const BranchId &branch, const CustomerId &head,
                                                const StaffId &by)
{
    const Result<HouseholdMembership> current = membershipOutsideHouseholds(head);
    if (!current)
        return current.error();
    const HouseholdId household(Uuid7Generator::generate());
    const QString now = SqlTime::now();
    SqlQuery insert(m_store.database(),
                    QStringLiteral("INSERT INTO household(id, branch_id, created_by, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(household).bind(branch).bind(SqlValue::orNull(by.toString())).bind(now).bind(now);
    if (Result<> ran = insert.exec(); !ran)
        return ran.error();
    const QVariantMap fields { { QStringLiteral("branch_id"), branch.toString() },
                               { QStringLiteral("created_by"), idOrNull(by.toString()) },
                               { QStringLiteral("created_at"), now } };
    if (Result<> recorded
        = ChangeRecorder(m_store).recordUpsert(kHousehold, household.toString(), fields, 0);
        !recorded)
        return recorded.error();
    if (Result<> linked = writeMembership(head, household, kHead, by, current->version); !linked)
        return linked.error();
    return household;
}

Result<> HouseholdRepository::join(const HouseholdId &household, const CustomerId &customer,
                                   const QString &relation, const StaffId &by)
{
    if (relation == kHead)
        return Error(QCoreApplication::translate(
                "HouseholdRepository", "A household has one head: make the member head instead."));
    const Result<HouseholdMembership> current = membershipOutsideHouseholds(customer);
    if (!current)
        return current.error();
    SqlQuery exists(m_store.database(),
                    QStringLiteral("SELECT 1 FROM household WHERE id = ? AND deleted = 0"));
    exists.bind(household);
    if (Result<> ran = exists.exec(); !ran)
        return ran;
    if (!exists.next())
        return Error(QCoreApplication::translate("HouseholdRepository",
                                                 "That household no longer exists."));
    return writeMembership(customer, household, relation, by, current->version);
}

Result<> HouseholdRepository::setRelation(const CustomerId &customer, const QString &relation)
{
    const Result<HouseholdMembership> current = membershipInAHousehold(customer);
    if (!current)
        return current.error();
    if (relation == kHead || current->relation == kHead)
        return Error(QCoreApplication::translate(
                "HouseholdRepository",
                "The head's relation is \"head\": make another member head first."));
    SqlQuery update(m_store.database(),
                    QStringLiteral("UPDATE household_member SET relation = ?, updated_at = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"));
    update.bind(relation).bind(SqlTime::now()).bind(customer).bind(current->version);
    if (Result<> ran = update.execOnOneRow(); !ran)
        return changedMeanwhile(ran);
    return ChangeRecorder(m_store).recordUpsert(kMember, customer.toString(),
                                                { { QStringLiteral("relation"), relation } },
                                                current->version);
}

Result<QList<HouseholdMembership>> HouseholdRepository::members(const HouseholdId &household) const
{
    // Largest AUM first: who takes over when the head leaves.
    return SqlQuery::readAll<HouseholdMembership>(
            m_store.database(),
            QStringLiteral("SELECT m.id, m.relation, m.version FROM household_member m "
                           "JOIN customer c ON c.id = m.customer_id "
                           "WHERE m.household_id = ? AND m.deleted = 0 "
                           "ORDER BY c.aum_fen DESC, m.id"),
            { household.toString() }, [&household](const SqlQuery &row) {
                return HouseholdMembership { CustomerId(row.text(0)), household, row.text(1),
                                             row.integer(2) };
            });
}

Result<> HouseholdRepository::makeHead(const CustomerId &customer,
                                       const QString &formerHeadRelation)
{
    if (formerHeadRelation == kHead)
        return Error(QCoreApplication::translate(
                "HouseholdRepository", "Say how the former head is related to the new one."));
    const Result<HouseholdMembership> current = membershipInAHousehold(customer);
    if (!current)
        return current.error();
    if (current->relation == kHead)
        return {};
    const Result<QList<HouseholdMembership>> all = members(current->householdId);
    if (!all)
        return all.error();
    for (const HouseholdMembership &member : *all) {
        if (member.relation != kHead)
            continue;
        if (Result<> demoted = writeMembership(member.customerId, member.householdId,
                                               formerHeadRelation, {}, member.version);
            !demoted)
            return demoted;
    }
    return writeMembership(customer, current->householdId, kHead, {}, current->version);
}

Result<HouseholdId> HouseholdRepository::leave(const CustomerId &customer)
{
    const Result<HouseholdMembership> current = membership(customer);
    if (!current)
        return current.error();
    if (current->householdId.isEmpty())
        return HouseholdId();
    const HouseholdId household = current->householdId;
    if (Result<> unlinked = writeMembership(customer, {}, kRelative, {}, current->version);
        !unlinked)
        return unlinked.error();
    const Result<QList<HouseholdMembership>> rest = members(household);
    if (!rest)
        return rest.error();
    if (rest->size() < 2) {
        for (const HouseholdMembership &member : *rest) {
            if (Result<> unlinked
                = writeMembership(member.customerId, {}, kRelative, {}, member.version);
                !unlinked)
                return unlinked.error();
        }
        if (Result<> removed = removeHousehold(household); !removed)
            return removed.error();
        return household;
    }
    const bool headless
            = std::none_of(rest->cbegin(), rest->cend(), [](const HouseholdMembership &member) {
                  return member.relation == kHead;
              });
    if (headless) {
        const HouseholdMembership &next = rest->first(); // the largest AUM
        if (Result<> promoted
            = writeMembership(next.customerId, household, kHead, {}, next.version);
            !promoted)
            return promoted.error();
    }
    return household;
}

Result<> HouseholdRepository::removeHousehold(const HouseholdId &household)
{
    SqlQuery version(m_store.database(),
                     QStringLiteral("SELECT version FROM household WHERE id = ? AND deleted = 0"));
    version.bind(household);
    if (Result<> ran = version.exec(); !ran)
        return ran;
    if (!version.next())
        return {};
    const int base = version.integer(0);
    version.finish();
    SqlQuery tombstone(m_store.database(),
                       QStringLiteral("UPDATE household SET deleted = 1, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"));
    tombstone.bind(SqlTime::now()).bind(household).bind(base);
    if (Result<> ran = tombstone.execOnOneRow(); !ran)
        return changedMeanwhile(ran);
    return ChangeRecorder(m_store).recordDelete(kHousehold, household.toString(), base);
}

Result<> HouseholdRepository::dismiss(const CustomerId &a, const CustomerId &b, const StaffId &by)
{
    const CustomerId &low = a < b ? a : b;
    const CustomerId &high = a < b ? b : a;
    SqlQuery known(m_store.database(),
                   QStringLiteral("SELECT 1 FROM household_dismissal WHERE customer_id = ? "
                                  "AND other_customer_id = ? AND deleted = 0"));
    known.bind(low).bind(high);
    if (Result<> ran = known.exec(); !ran)
        return ran;
    if (known.next())
        return {};
    const QString id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    SqlQuery insert(m_store.database(),
                    QStringLiteral("INSERT INTO household_dismissal(id, customer_id, "
                                   "other_customer_id, staff_id, dismissed_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(id).bind(low).bind(high).bind(SqlValue::orNull(by.toString())).bind(now).bind(now);
    if (Result<> ran = insert.exec(); !ran)
        return ran;
    const QVariantMap fields { { QStringLiteral("customer_id"), low.toString() },
                               { QStringLiteral("other_customer_id"), high.toString() },
                               { QStringLiteral("staff_id"), idOrNull(by.toString()) },
                               { QStringLiteral("dismissed_at"), now } };
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("household_dismissal"), id, fields,
                                                0);
}

} // namespace bd
