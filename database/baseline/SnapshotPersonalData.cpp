#include "database/baseline/SnapshotPersonalData.h"

#include "database/baseline/SqliteExec.h"
#include "database/core/SensitiveColumns.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace bd::SnapshotPersonalData {

namespace {
const auto exec = SqliteExec::run;
const auto hasColumn = SqliteExec::hasColumn;

// app_setting's keys that belong to a workstation's keys and index.
constexpr const char *kKeySettings
        = "('field_key_id', 'reveal_public_key', 'field_values_sealed', 'search_index_key', "
          "'search_keys_scrub', 'search_index_version')";

QByteArray sealedWhere(const char *column)
{
    return "substr(" + QByteArray(column) + ", 1, 5) IN ('enc1:', 'enc2:')";
}

struct Opening
{
    const Opener &opener;
    bool failed = false; // a value did not open
};

// bd_open(value): the opener's plain text, or an error that stops the statement.
void openValue(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto *opening = static_cast<Opening *>(sqlite3_user_data(context));
    const QByteArray stored(reinterpret_cast<const char *>(sqlite3_value_text(arguments[0])),
                            sqlite3_value_bytes(arguments[0]));
    const std::optional<QByteArray> plain
            = opening->opener ? opening->opener(stored) : std::nullopt;
    if (!plain) {
        opening->failed = true;
        sqlite3_result_error(context, "sealed value", -1);
        return;
    }
    sqlite3_result_text(context, plain->constData(), int(plain->size()), SQLITE_TRANSIENT);
}
} // namespace

bool makePlain(sqlite3 *db, const Opener &opener, QString *error)
{
    Opening opening { opener };
    if (sqlite3_create_function(db, "bd_open", 1, SQLITE_UTF8, &opening, openValue, nullptr,
                                nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    bool ok = true;
    for (const SensitiveColumns::Column &column : SensitiveColumns::all()) {
        if (!ok || !hasColumn(db, column.table, column.column))
            continue;
        const QByteArray name(column.column);
        QString problem;
        ok = exec(db,
                  "UPDATE " + QByteArray(column.table) + " SET " + name + " = bd_open(" + name
                          + ") WHERE " + sealedWhere(column.column),
                  &problem);
        if (!ok && opening.failed)
            problem = QCoreApplication::translate(
                    "SnapshotPersonalData",
                    "values encrypted under the key of the workstation file that cannot be "
                    "opened here (the file's branch head must be named for the import)");
        if (!ok)
            *error = QStringLiteral("%1.%2: %3")
                             .arg(QString::fromLatin1(column.table),
                                  QString::fromLatin1(column.column), problem);
    }
    sqlite3_create_function(db, "bd_open", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
    // customer_birthday: sealed under the desk's reveal key (migration 0034), rebuilt there.
    for (const char *table : { "key_slot", "customer_search_key", "customer_birthday" }) {
        if (ok && SqliteExec::hasTable(db, table))
            ok = exec(db, QByteArray("DELETE FROM ") + table, error);
    }
    // The index is the workstation's to build; "0" tells it so (CustomerSearchIndex).
    return ok
            && exec(db,
                    QByteArray("DELETE FROM app_setting WHERE key IN ") + kKeySettings
                            + "; INSERT INTO app_setting (key, value) VALUES "
                              "('search_index_version', '0')",
                    error);
}

} // namespace bd::SnapshotPersonalData
