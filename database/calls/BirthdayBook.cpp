#include "database/calls/BirthdayBook.h"

#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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
// The row that says a book was walked whole under a reveal key (migration 0044).
QString bookRowOf(const QString &branchId, const QString &managerId)
{
    return QStringLiteral("#book:%1:%2").arg(branchId, managerId);
}
QByteArray revealKeyTokenOf(const FieldKeys &keys)
{
    return keys.revealToken("birthday-book", "reveal-key").toLatin1();
}
// The month-day a day token is made of. 29 February comes about once in four years' births:
// a token of its own would make groups a quarter the size of every other day's and so tell
// which customers were born on it. It shares 28 February's; the lookup opens such an entry
// to know which of the two days it is.
const QString kFoldedDay = QStringLiteral("02-28");
QString tokenDayOf(const QString &monthDay)
{
    return monthDay == QLatin1String("02-29") ? kFoldedDay : monthDay;
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

QString BirthdayBook::dayTokenOf(const FieldKeys &keys, const QString &customerId,
                                 const QString &monthDay)
{
    if (monthDay.isEmpty())
        return QStringLiteral(""); // not NULL: kept, and never in a window
    const int bucket
            = int(uchar(QCryptographicHash::hash(customerId.toUtf8(), QCryptographicHash::Sha256)
                                .at(0)))
            % kBuckets;
    return keys.revealToken(
            "birthday-day",
            QStringLiteral("%1/%2").arg(tokenDayOf(monthDay)).arg(bucket).toLatin1());
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
    if (keys && keys->canOpenIdentifiers()) {
        window.revealKeyToken = revealKeyTokenOf(*keys);
        SqlQuery walked(
                m_store.database(),
                QStringLiteral("SELECT month_day FROM customer_birthday WHERE customer_id = ?"));
        walked.bindAt(0, bookRowOf(branchId, managerId));
        if (walked.select() && walked.next()
            && walked.value(0).toByteArray() == window.revealKeyToken) {
            lookUp(window, branchId, managerId, from, inWindow);
            if (progress)
                progress(1, 1);
            return window;
        }
        window.walkedBook = bookRowOf(branchId, managerId);
    }
    walk(window, branchId, managerId, inWindow, progress);
    return window;
}

QString BirthdayBook::openBirthDate(Window &window, const QString &customerId) const
{
    SqlQuery birthDateOf(m_store.database(),
                         QStringLiteral("SELECT birth_date FROM customer WHERE id = ?"));
    birthDateOf.bindAt(0, customerId);
    if (!birthDateOf.select() || !birthDateOf.next())
        return {};
    const QVariant stored = birthDateOf.value(0);
    const QDate birth
            = QDate::fromString(SensitiveColumns::open(m_store, stored).left(10), Qt::ISODate);
    const QString monthDay = birth.isValid() ? birth.toString(QStringLiteral("MM-dd")) : QString();
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (keys && keys->canOpenIdentifiers() && (birth.isValid() || stored.isNull()))
        window.opened.append({ customerId, stored, monthDay, {} });
    return monthDay;
}

void BirthdayBook::walk(Window &window, const QString &branchId, const QString &managerId,
                        const std::function<bool(const QString &)> &inWindow,
                        const Progress &progress) const
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    const bool keeps = keys && keys->canOpenIdentifiers();
    // The book from the customer_dashboard index (branch, manager, ..., id; live customers
    // only) and each kept entry by its key: no customer row is read for a kept birthday (the
    // rows are large; reading 43,756 of them was most of the time once the dates were kept).
    // Only a customer without a usable entry has its sealed date read, by its id.
    const QString book = QStringLiteral("FROM customer c INDEXED BY customer_dashboard ");
    const QString where = QStringLiteral("WHERE c.deleted = 0 AND c.branch_id = ?")
            + (managerId.isEmpty() ? QString() : QStringLiteral(" AND c.manager_id = ?"));
    const QVariantList bound = managerId.isEmpty() ? QVariantList { branchId }
                                                   : QVariantList { branchId, managerId };
    // The book's size from the same index (a few ms for the largest book), only for progress.
    qint64 total = 0;
    if (progress) {
        SqlQuery::selectEach(m_store.database(), QStringLiteral("SELECT count(*) ") + book + where,
                             bound,
                             [&total](const SqlQuery &q) { total = q.value(0).toLongLong(); });
    }
    qint64 walked = 0;
    SqlQuery::selectEach(
            m_store.database(),
            QStringLiteral("SELECT c.id, COALESCE(c.manager_id, ''), b.month_day, "
                           "b.day_token IS NULL ")
                    + book
                    + QStringLiteral("LEFT JOIN customer_birthday b ON b.customer_id = c.id ")
                    + where,
            bound, [&](const SqlQuery &q) {
                if (progress && ++walked % kTellEvery == 0)
                    progress(walked, std::max(total, walked));
                const QString id = q.value(0).toString();
                std::optional<QByteArray> kept;
                if (keeps && !q.value(2).isNull())
                    kept = keys->openUnderRevealKey(q.value(2).toByteArray(), id.toUtf8());
                QString monthDay;
                if (kept) {
                    monthDay = QString::fromLatin1(*kept); // empty: no birth date
                    if (q.value(3).toBool()) // kept before its token (0044): the token added
                        window.opened.append({ id, {}, monthDay, q.value(2).toByteArray() });
                } else { // not kept yet, or under an earlier reveal key
                    monthDay = openBirthDate(window, id);
                }
                if (!monthDay.isEmpty() && inWindow(monthDay))
                    window.customers.append(
                            { id, q.value(1).toString(), {}, dayOf(monthDay), false });
            });
    if (progress)
        progress(walked, std::max(total, walked));
}

void BirthdayBook::lookUp(Window &window, const QString &branchId, const QString &managerId,
                          const QDate &from,
                          const std::function<bool(const QString &)> &inWindow) const
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    // Every month-day a kept entry may hold in the window (the days of the leap year 2000 from
    // `from`'s to `until`'s, so 29 February counts as the walk counts it), in each bucket.
    QHash<QString, QString> dayOfToken;
    QSet<QString> daysAsked;
    QJsonArray tokens;
    const QDate first = dayOf(from.toString(QStringLiteral("MM-dd")));
    QDate day = first;
    for (int days = 0; days < 366; ++days, day = day.addDays(1)) { // a year at most
        if (day.year() != 2000)
            day = QDate(2000, 1, 1); // the window wrapped the year
        const QString monthDay = day.toString(QStringLiteral("MM-dd"));
        if (!inWindow(monthDay))
            break;
        const QString tokenDay = tokenDayOf(monthDay);
        if (daysAsked.contains(tokenDay))
            continue; // 29 February after 28 February: the same tokens
        daysAsked.insert(tokenDay);
        for (int bucket = 0; bucket < kBuckets; ++bucket) {
            const QString token = keys->revealToken(
                    "birthday-day", QStringLiteral("%1/%2").arg(tokenDay).arg(bucket).toLatin1());
            dayOfToken.insert(token, tokenDay);
            tokens.append(token);
        }
    }
    const QString book = QStringLiteral(" AND c.deleted = 0 AND c.branch_id = ?")
            + (managerId.isEmpty() ? QString() : QStringLiteral(" AND c.manager_id = ?"));
    const QVariantList bound = managerId.isEmpty() ? QVariantList { branchId }
                                                   : QVariantList { branchId, managerId };
    QList<QPair<QString, QString>> folded; // customer, manager
    // The window's kept entries (customer_birthday_day), each checked against its customer in
    // customer_tier_of_id (id, branch, deleted, manager): index entries only.
    SqlQuery::selectEach(
            m_store.database(),
            QStringLiteral("SELECT b.customer_id, COALESCE(c.manager_id, ''), b.day_token "
                           "FROM json_each(?) j "
                           "JOIN customer_birthday b INDEXED BY customer_birthday_day "
                           "ON b.day_token = j.value "
                           "JOIN customer c INDEXED BY customer_tier_of_id ON c.id = b.customer_id "
                           "WHERE 1")
                    + book,
            QVariantList { QString::fromUtf8(QJsonDocument(tokens).toJson(QJsonDocument::Compact)) }
                    + bound,
            [&](const SqlQuery &q) {
                const QString monthDay = dayOfToken.value(q.value(2).toString());
                if (monthDay == kFoldedDay) // 28 or 29 February: opened below
                    folded.append({ q.value(0).toString(), q.value(1).toString() });
                else
                    window.customers.append({ q.value(0).toString(), q.value(1).toString(), {},
                                              dayOf(monthDay), false });
            });
    // The kept entry says which of the two days (a day's few customers of the book: the
    // index above stays covering for every other day).
    SqlQuery keptOf(
            m_store.database(),
            QStringLiteral("SELECT month_day FROM customer_birthday WHERE customer_id = ?"));
    for (const auto &[id, manager] : std::as_const(folded)) {
        keptOf.bindAt(0, id);
        std::optional<QByteArray> kept;
        if (keptOf.select() && keptOf.next())
            kept = keys->openUnderRevealKey(keptOf.value(0).toByteArray(), id.toUtf8());
        const QString monthDay = kept ? QString::fromLatin1(*kept) : openBirthDate(window, id);
        if (!monthDay.isEmpty() && inWindow(monthDay))
            window.customers.append({ id, manager, {}, dayOf(monthDay), false });
    }
    // The book's customers written since their entries were kept (or never kept): opened.
    QList<QPair<QString, QString>> toOpen;
    SqlQuery::selectEach(
            m_store.database(),
            QStringLiteral("SELECT b.customer_id, COALESCE(c.manager_id, '') "
                           "FROM customer_birthday b INDEXED BY customer_birthday_to_open "
                           "JOIN customer c INDEXED BY customer_tier_of_id ON c.id = b.customer_id "
                           "WHERE b.day_token IS NULL AND b.branch_id = ?")
                    + (managerId.isEmpty() ? QString() : QStringLiteral(" AND b.manager_id = ?"))
                    + book,
            bound + bound, [&](const SqlQuery &q) {
                toOpen.append({ q.value(0).toString(), q.value(1).toString() });
            });
    for (const auto &[id, manager] : std::as_const(toOpen)) {
        const QString monthDay = openBirthDate(window, id);
        if (!monthDay.isEmpty() && inWindow(monthDay))
            window.customers.append({ id, manager, {}, dayOf(monthDay), false });
    }
}

Result<> BirthdayBook::remember(const Window &window, const Progress &progress)
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys || !keys->canOpenIdentifiers())
        return {};
    SqlQuery keep(m_store.database(),
                  QStringLiteral("INSERT OR REPLACE INTO customer_birthday(customer_id, month_day, "
                                 "day_token) SELECT id, ?, ? FROM customer WHERE id = ? "
                                 "AND birth_date IS ?"));
    SqlQuery token(m_store.database(),
                   QStringLiteral("UPDATE customer_birthday SET day_token = ? "
                                  "WHERE customer_id = ? AND month_day = ?"));
    qint64 kept = 0;
    for (const Opened &entry : window.opened) {
        if (progress && ++kept % kTellEvery == 0)
            progress(kept, window.opened.size());
        const QString dayToken = dayTokenOf(*keys, entry.customerId, entry.monthDay);
        SqlQuery &write = entry.kept.isEmpty() ? keep : token;
        if (entry.kept.isEmpty()) {
            keep.bindAt(
                    0,
                    keys->sealUnderRevealKey(entry.monthDay.toLatin1(), entry.customerId.toUtf8()));
            keep.bindAt(1, dayToken);
            keep.bindAt(2, entry.customerId);
            keep.bindAt(3, entry.birthDate);
        } else {
            token.bindAt(0, dayToken);
            token.bindAt(1, entry.customerId);
            token.bindAt(2, entry.kept);
        }
        if (Result<> written = write.exec(); !written)
            return written;
    }
    if (window.walkedBook.isEmpty())
        return {};
    // Every customer of the book has a tokened entry now, or a pending one (written since the
    // walk read it: the triggers), or none that could be kept (no date that opens).
    SqlQuery book(m_store.database(),
                  QStringLiteral("INSERT OR REPLACE INTO customer_birthday(customer_id, month_day, "
                                 "day_token) VALUES (?, ?, '#')"));
    book.bindAt(0, window.walkedBook);
    book.bindAt(1, window.revealKeyToken);
    return book.exec();
}

} // namespace bd
