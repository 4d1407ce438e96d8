#include "database/baseline/SnapshotPersonalData.h"

#include "database/baseline/SqliteExec.h"
#include "database/core/SensitiveColumns.h"

#include <sqlite3.h>

namespace bd::SnapshotPersonalData {

namespace {
const auto exec = SqliteExec::run;

// app_setting's keys that belong to a workstation's keys and index.
constexpr const char *kKeySettings
        = "('field_key_id', 'reveal_public_key', 'field_values_sealed', 'search_index_key', "
          "'search_keys_scrub', 'search_index_version')";

bool hasColumn(sqlite3 *db, const char *table, const char *column)
{
    return sqlite3_table_column_metadata(db, nullptr, table, column, nullptr, nullptr, nullptr,
                                         nullptr, nullptr)
            == SQLITE_OK;
}

bool hasRows(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *statement = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK)
        found = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_finalize(statement);
    return found;
}

QByteArray sealedWhere(const char *column)
{
    return "substr(" + QByteArray(column) + ", 1, 5) IN ('enc1:', 'enc2:')";
}

// bd_open(value): the opener's plain text, or an error that stops the statement.
void openValue(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *opener = static_cast<const Opener *>(sqlite3_user_data(context));
    const QByteArray stored(reinterpret_cast<const char *>(sqlite3_value_text(arguments[0])),
                            sqlite3_value_bytes(arguments[0]));
    const std::optional<QByteArray> plain = *opener ? (*opener)(stored) : std::nullopt;
    if (!plain) {
        sqlite3_result_error(context, "a value sealed under the workstation's key does not open",
                             -1);
        return;
    }
    sqlite3_result_text(context, plain->constData(), int(plain->size()), SQLITE_TRANSIENT);
}
} // namespace

bool makePlain(sqlite3 *db, const Opener &opener, QString *error)
{
    if (sqlite3_create_function(db, "bd_open", 1, SQLITE_UTF8, const_cast<Opener *>(&opener),
                                openValue, nullptr, nullptr)
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
        if (!ok)
            *error = QStringLiteral("%1.%2: %3")
                             .arg(QString::fromLatin1(column.table),
                                  QString::fromLatin1(column.column), problem);
    }
    sqlite3_create_function(db, "bd_open", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr);
    for (const char *table : { "key_slot", "customer_search_key" }) {
        if (ok && hasRows(db, QByteArray("SELECT 1 FROM sqlite_master WHERE name = '") + table
                                      + "' AND type = 'table'"))
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
