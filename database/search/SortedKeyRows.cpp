#include "database/search/SortedKeyRows.h"

#include <QString>

#include <sqlite3.h>

namespace bd {

namespace {
constexpr const char *kPointerType = "bd_sorted_keys";

struct Source
{
    qsizetype count = 0;
    const SortedKeyRows::RowAt *rowAt = nullptr;
};

// A table-valued function bd_sorted_keys(source): the rows of a Source bound as a pointer.
// Columns: key, customer_id, and the hidden argument.
struct Cursor
{
    sqlite3_vtab_cursor base;
    const Source *source = nullptr;
    qsizetype at = 0;
    SortedKeyRows::Row row{};
};

int connect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int declared = sqlite3_declare_vtab(
            db, "CREATE TABLE x(key TEXT, customer_id TEXT, source HIDDEN)");
    if (declared != SQLITE_OK)
        return declared;
    *table = static_cast<sqlite3_vtab *>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!*table)
        return SQLITE_NOMEM;
    **table = sqlite3_vtab{};
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

// Only a scan with the source given is possible.
int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (constraint.iColumn == 2 && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!constraint.usable)
                return SQLITE_CONSTRAINT;
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = &(new Cursor)->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

void load(Cursor *cursor)
{
    if (cursor->source && cursor->at < cursor->source->count)
        cursor->row = (*cursor->source->rowAt)(cursor->at);
}

int filter(sqlite3_vtab_cursor *base, int, const char *, int argc, sqlite3_value **argv)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    cursor->source = argc == 1
            ? static_cast<const Source *>(sqlite3_value_pointer(argv[0], kPointerType))
            : nullptr;
    cursor->at = 0;
    load(cursor);
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *base)
{
    auto *cursor = reinterpret_cast<Cursor *>(base);
    ++cursor->at;
    load(cursor);
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *base)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    return !cursor->source || cursor->at >= cursor->source->count;
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int index)
{
    const auto *cursor = reinterpret_cast<Cursor *>(base);
    if (index == 0)
        sqlite3_result_text(context, cursor->row.key, cursor->row.keySize, SQLITE_STATIC);
    else if (index == 1)
        sqlite3_result_text(context, cursor->row.customerId, cursor->row.customerIdSize,
                            SQLITE_STATIC);
    else
        sqlite3_result_null(context);
    return SQLITE_OK;
}

int rowId(sqlite3_vtab_cursor *base, sqlite3_int64 *id)
{
    *id = reinterpret_cast<Cursor *>(base)->at;
    return SQLITE_OK;
}

// No xCreate: an eponymous table-valued function, never a table of the schema. Read-only.
sqlite3_module makeModule()
{
    sqlite3_module module{};
    module.xConnect = connect;
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xOpen = open;
    module.xClose = close;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowId;
    return module;
}
const sqlite3_module kModule = makeModule();

constexpr const char *kInsert = "INSERT OR IGNORE INTO customer_search_key(key, customer_id) "
                                "SELECT key, customer_id FROM bd_sorted_keys(?1)";
} // namespace

Result<> SortedKeyRows::insertOrIgnore(sqlite3 *db, qsizetype count, const RowAt &rowAt)
{
    if (!db)
        return Error(QStringLiteral("the search index needs an SQLite database"));
    sqlite3_stmt *insert = nullptr;
    // The module is the connection's from the first batch on.
    if (sqlite3_prepare_v2(db, kInsert, -1, &insert, nullptr) != SQLITE_OK) {
        sqlite3_finalize(insert);
        insert = nullptr;
        if (sqlite3_create_module_v2(db, "bd_sorted_keys", &kModule, nullptr, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(db, kInsert, -1, &insert, nullptr) != SQLITE_OK) {
            const QString problem = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(insert);
            return Error(problem);
        }
    }
    Source source{count, &rowAt};
    sqlite3_bind_pointer(insert, 1, &source, kPointerType, nullptr);
    const int stepped = sqlite3_step(insert);
    const QString problem = stepped == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(insert);
    if (!problem.isEmpty())
        return Error(problem);
    return {};
}

} // namespace bd
