#include "app/server/RosterHashScrub.h"

#include "app/server/PersonalDataFilter.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"
#include "database/baseline/RosterHashes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {
// An Argon2 hash as PasswordHasher writes it: "$argon2id$v=19$...".
const QByteArray kHashMark = QByteArrayLiteral("$argon2");

Result<int> scrubPages(const QSqlDatabase &db)
{
    ServerStatement pages(db, QStringLiteral("SELECT branch_id, page_no, body FROM baseline_page "
                                             "WHERE table_name = ?"));
    if (Result<> read = pages.run({ QStringLiteral("staff_user") }); !read)
        return read.error();
    QList<QVariantList> rewrites;
    while (pages.next()) {
        const QByteArray body = pages.value(2).toByteArray();
        if (!body.contains(kHashMark))
            continue;
        const QByteArray blanked = PersonalDataFilter::withoutPasswordHashes(body);
        if (!blanked.isEmpty() && !blanked.contains(kHashMark))
            rewrites << QVariantList { blanked, pages.value(0), pages.value(1) };
    }
    pages.finish();
    for (const QVariantList &rewrite : std::as_const(rewrites)) {
        if (Result<> done = ServerStatement::exec(
                    db,
                    QStringLiteral("UPDATE baseline_page SET body = ? WHERE branch_id = ? AND "
                                   "page_no = ?"),
                    rewrite);
            !done)
            return done.error();
    }
    return int(rewrites.size());
}

Result<int> scrubChanges(const QSqlDatabase &db, const ServerSqlDialect &dialect)
{
    ServerStatement changes(db, QStringLiteral("SELECT %1, %2 FROM change_log WHERE table_name = ?")
                                        .arg(dialect.asText(QStringLiteral("change_id")),
                                             dialect.asText(QStringLiteral("fields"))));
    const QString table = QStringLiteral("staff_user");
    if (Result<> read = changes.run({ table }); !read)
        return read.error();
    QList<QVariantList> rewrites;
    while (changes.next()) {
        const QByteArray text = changes.value(1).toByteArray();
        if (!text.contains(kHashMark))
            continue;
        QJsonObject fields = QJsonDocument::fromJson(text).object();
        RosterHashes::blankIn(table, fields);
        rewrites << QVariantList { QString::fromUtf8(QJsonDocument(fields).toJson(
                                           QJsonDocument::Compact)),
                                   changes.value(0) };
    }
    changes.finish();
    for (const QVariantList &rewrite : std::as_const(rewrites)) {
        if (Result<> done = ServerStatement::exec(
                    db,
                    QStringLiteral("UPDATE change_log SET fields = %1 WHERE change_id = ?")
                            .arg(dialect.jsonParameter()),
                    rewrite);
            !done)
            return done.error();
    }
    return int(rewrites.size());
}
} // namespace

Result<RosterHashScrub::Scrubbed> RosterHashScrub::run(const ServerDatabase &database)
{
    const QSqlDatabase db = database.connection();
    const Result<int> pages = scrubPages(db);
    if (!pages)
        return pages.error();
    const Result<int> changes = scrubChanges(db, database.dialect());
    if (!changes)
        return changes.error();
    return Scrubbed { *pages, *changes };
}

} // namespace bd
