#include "app/server/ContactVoidCheck.h"

#include "app/domain/ContactVoidRules.h"

#include <QCoreApplication>

namespace bd::ContactVoidCheck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ContactVoidCheck)
};
} // namespace

QString refusal(const SignedInStaff &caller, StaffRole callerRole, const SyncChange &change,
                const RowField &field, const QDateTime &now)
{
    // A moving customer's rows are copies of what their branch holds, voids included, checked
    // as a move (the branch head's); they void nothing new. The server refuses a copy whose
    // to_branch is the caller's own branch before this check (ChangeRoutes).
    if (change.table != QLatin1String("interaction") || change.op != QLatin1String("upsert")
        || change.isTransferCopy())
        return {};
    const QString voidedAt = QStringLiteral("voided_at");
    const QString voidedBy = QStringLiteral("voided_by");
    const QString reason = QStringLiteral("void_reason");
    const bool touches = change.fields.contains(voidedAt) || change.fields.contains(voidedBy)
            || change.fields.contains(reason);
    if (!touches)
        return {};
    // Erasure blanks what staff typed about the customer, the reason included (the only
    // change of a void that names no voider): every desk that follows an erasure blanks the
    // contacts its role may write, so a blanking is taken from any of them (the route checked
    // they may write contacts). Nobody writes a reason without its void.
    if (!change.fields.contains(voidedAt) && !change.fields.contains(voidedBy))
        return change.fields.value(reason).toString().isEmpty()
                ? QString()
                : Text::tr("void_reason is changed only with the void, or by erasure");
    // A void already filed: the same void sent again (a re-send, a resolved conflict) is no
    // change of it; anything else would take it back or rewrite it, its reason included
    // (erasure's blanking of the reason excepted).
    if (const QString filed = field(change.table, change.rowId, voidedAt); !filed.isEmpty()) {
        const QString sentReason = change.fields.value(reason).toString();
        const bool same = change.fields.value(voidedAt).toString() == filed
                && change.fields.value(voidedBy).toString()
                        == field(change.table, change.rowId, voidedBy)
                && (!change.fields.contains(reason) || sentReason.isEmpty()
                    || sentReason == field(change.table, change.rowId, reason));
        return same ? QString()
                    : Text::tr("a voided contact stays void: its void cannot be changed");
    }
    const QString at = change.fields.value(voidedAt).toString();
    const QString by = change.fields.value(voidedBy).toString();
    const QDateTime stamped = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!stamped.isValid() || by.isEmpty() || change.fields.value(reason).toString().trimmed().isEmpty())
        return Text::tr("a void of a contact needs voided_at, voided_by and void_reason");
    // Who voided is the caller: the staff row the void names has the caller's user name.
    if (!caller.is(by))
        return Text::tr("voided_by is not the signed-in user");
    // Who logged the contact and when are the log's for a contact it holds (an earlier change
    // of the same push counts as logged: `field`): a change naming its own author (staff_id)
    // would let anyone pass as the author. The change's values count only for a contact new
    // to the server, and then it is the caller's own.
    const bool known = !field(change.table, change.rowId, QStringLiteral("customer_id")).isEmpty()
            || !field(change.table, change.rowId, QStringLiteral("occurred_at")).isEmpty();
    const auto logged = [&](const QString &name) {
        return known ? field(change.table, change.rowId, name) : valueAfter(change, field, name);
    };
    const QString author = logged(QStringLiteral("staff_id"));
    if (!known && !caller.is(author))
        return Text::tr("a contact new to the server is voided only by whoever logged it");
    if (!ContactVoidRules::mayVoid(by, callerRole, author))
        return Text::tr("only whoever logged a contact, or the branch head, may void it");
    const QDateTime occurred
            = QDateTime::fromString(logged(QStringLiteral("occurred_at")), Qt::ISODateWithMs);
    if (!ContactVoidRules::withinWindow(occurred, stamped) || stamped > now.addSecs(300))
        return Text::tr("a contact can be voided only within %1 days of it")
                .arg(ContactVoidRules::kWindowDays);
    // A stamp set back in time would pass the window at any date: by the server's clock, the
    // contact is at most the window and a desk's time offline old.
    const int days = ContactVoidRules::kWindowDays + kOfflineDays;
    if (occurred < now.addDays(-days))
        return Text::tr("a contact older than %1 days by the server's clock cannot be voided")
                .arg(days);
    return {};
}

} // namespace bd::ContactVoidCheck
