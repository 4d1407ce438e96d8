#include "database/calls/BirthdayBook.h"

#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <algorithm>

namespace bd {

namespace {
// How often a long walk tells how far it is: every few hundred entries.
constexpr qint64 kTellEvery = 256;
// "MM-dd" as a day of the leap year 2000; invalid for anything else.
QDate dayOf(const QString &monthDay)
{
    return QDate::fromString(QStringLiteral("2000-") + monthDay, Qt::ISODate);
}
} // namespace

BirthdayBook::BirthdayBook(Store &store)
    : m_store(store)
{
}

bool BirthdayBook::opensDates() const
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    return !keys || keys->canOpenIdentifiers();
}

BirthdayBook::Window BirthdayBook::between(const QString &branchId, const QString &managerId,
                                           const QDate &from, const QDate &until,
                                           const Progress &progress) const
{
    Window window;
    const QString a = from.toString(QStringLiteral("MM-dd"));
    const QString b = until.toString(QStringLiteral("MM-dd"));
    const auto inWindow = [&a, &b](const QString &monthDay) {
        return a <= b ? monthDay >= a && monthDay <= b : monthDay >= a || monthDay <= b;
    };
    // Kept entries open only with the reveal secret (the keys of a plain file, or of a role
    // that may not reveal, keep nothing: a plain date opens cheaply anyway).
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    const bool keeps = keys && keys->canOpenIdentifiers();
    // The book from the customer_dashboard index (branch, manager, ..., id; live customers
    // only) and each kept entry by its key: no customer row is read for a kept birthday (the
    // rows are large; reading 43,756 of them was most of the time once the dates were kept).
    // Only a customer without a usable entry has its sealed date read, by its id.
    SqlQuery birthDateOf(m_store.database(),
                         QStringLiteral("SELECT birth_date FROM customer WHERE id = ?"));
    const QString book = QStringLiteral("FROM customer c INDEXED BY customer_dashboard ");
    const QString where = QStringLiteral("WHERE c.deleted = 0 AND c.branch_id = ?")
            + (managerId.isEmpty() ? QString() : QStringLiteral(" AND c.manager_id = ?"));
    const QVariantList bound
            = managerId.isEmpty() ? QVariantList { branchId } : QVariantList { branchId, managerId };
    // The book's size from the same index (a few ms for the largest book), only for progress.
    qint64 total = 0;
    if (progress) {
        SqlQuery::selectEach(m_store.database(), QStringLiteral("SELECT count(*) ") + book + where,
                             bound, [&total](const SqlQuery &q) { total = q.value(0).toLongLong(); });
    }
    qint64 walked = 0;
    SqlQuery::selectEach(
            m_store.database(),
            QStringLiteral("SELECT c.id, COALESCE(c.manager_id, ''), b.month_day ") + book
                    + QStringLiteral("LEFT JOIN customer_birthday b ON b.customer_id = c.id ")
                    + where,
            bound,
            [&](const SqlQuery &q) {
                if (progress && ++walked % kTellEvery == 0)
                    progress(walked, std::max(total, walked));
                const QString id = q.value(0).toString();
                std::optional<QByteArray> kept;
                if (keeps && !q.value(2).isNull())
                    kept = keys->openUnderRevealKey(q.value(2).toByteArray(), id.toUtf8());
                QString monthDay;
                if (kept) {
                    monthDay = QString::fromLatin1(*kept); // empty: no birth date
                } else { // not kept yet, or under an earlier reveal key
                    birthDateOf.bindAt(0, id);
                    if (!birthDateOf.select() || !birthDateOf.next())
                        return;
                    const QVariant stored = birthDateOf.value(0);
                    const QDate birth = QDate::fromString(
                            SensitiveColumns::open(m_store, stored).left(10), Qt::ISODate);
                    if (birth.isValid())
                        monthDay = birth.toString(QStringLiteral("MM-dd"));
                    if (keeps && (birth.isValid() || stored.isNull()))
                        window.opened.append({ id, stored, monthDay });
                }
                if (!monthDay.isEmpty() && inWindow(monthDay))
                    window.customers.append(
                            { id, q.value(1).toString(), {}, dayOf(monthDay), false });
            });
    if (progress)
        progress(walked, std::max(total, walked));
    return window;
}

Result<> BirthdayBook::remember(const QList<Opened> &opened, const Progress &progress)
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (opened.isEmpty() || !keys || !keys->canOpenIdentifiers())
        return {};
    SqlQuery keep(m_store.database(),
                  QStringLiteral("INSERT OR REPLACE INTO customer_birthday(customer_id, month_day) "
                                 "SELECT id, ? FROM customer WHERE id = ? AND birth_date IS ?"));
    qint64 kept = 0;
    for (const Opened &entry : opened) {
        if (progress && ++kept % kTellEvery == 0)
            progress(kept, opened.size());
        keep.bindAt(0,
                    keys->sealUnderRevealKey(entry.monthDay.toLatin1(), entry.customerId.toUtf8()));
        keep.bindAt(1, entry.customerId);
        keep.bindAt(2, entry.birthDate);
        if (Result<> kept = keep.exec(); !kept)
            return kept;
    }
    return {};
}

} // namespace bd
