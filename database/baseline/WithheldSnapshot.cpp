#include "database/baseline/WithheldSnapshot.h"

#include "database/baseline/SqliteExec.h"
#include "database/core/SensitiveColumns.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>

#include <sqlite3.h>

namespace bd {

namespace {
// The value a withheld column takes, as PersonalDataFilter sends it: NULL where the column
// may be NULL, the text "null" for JSON that may not, else empty text.
QByteArray placeholder(const QByteArray &column)
{
    if (column == "id_number" || column == "phone" || column == "birth_date")
        return "NULL";
    if (column == "value_json")
        return "'null'";
    return "''";
}

const auto exec = SqliteExec::run;
const auto hasColumn = SqliteExec::hasColumn;

bool copy(const QString &from, const QString &to, QString *error)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(from.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK;
    ok = ok && exec(db, "VACUUM INTO '" + QString(to).replace(u'\'', QStringLiteral("''")).toUtf8()
                            + '\'',
                    error);
    if (!ok && error->isEmpty())
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

// Every personal value replaced by its placeholder, and what would open or find one gone.
bool withhold(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK;
    ok = ok && exec(db, "PRAGMA journal_mode = DELETE; BEGIN", error);
    for (const SensitiveColumns::Column &column : SensitiveColumns::all()) {
        if (!ok || !hasColumn(db, column.table, column.column))
            continue;
        const QByteArray name(column.column);
        ok = exec(db,
                  "UPDATE " + QByteArray(column.table) + " SET " + name + " = "
                          + placeholder(name) + " WHERE " + name + " IS NOT NULL",
                  error);
    }
    // The desk's birthday care tasks are due on the birthday: not in the copy (issue 14).
    ok = ok && exec(db, "DELETE FROM care_task WHERE kind = 'birthday'", error);
    ok = ok && exec(db, "DELETE FROM key_slot; DELETE FROM customer_search_key", error);
    // Kept birthdays (0034) are sealed under the desk's reveal key: the desk's own, rebuilt.
    ok = ok && (!SqliteExec::hasTable(db, "customer_birthday")
                || exec(db, "DELETE FROM customer_birthday", error));
    ok = ok
            && exec(db,
                    "DELETE FROM app_setting WHERE key IN ('field_key_id', 'reveal_public_key', "
                    "'field_values_sealed', 'search_index_version'); "
                    "INSERT OR REPLACE INTO app_setting (key, value) VALUES "
                    "('" + WithheldSnapshot::marker().toUtf8() + "', '1')",
                    error);
    ok = ok && exec(db, "COMMIT", error);
    if (!ok && error->isEmpty())
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}
// The rules a copy is made by, kept beside it (<branch>.sqlite.rules): a copy made by older
// rules is made again. 2: birthday care tasks left out.
const QByteArray kRules = "2";

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

QString WithheldSnapshot::marker()
{
    return QStringLiteral("personal_data_withheld");
}

WithheldSnapshot::WithheldSnapshot(QString snapshotDirectory)
    : m_snapshots(std::move(snapshotDirectory))
    , m_directory(QDir(m_snapshots).filePath(QStringLiteral("withheld")))
{
}

// Which version of the branch's snapshot the copy was made of, beside its own facts.
QString WithheldSnapshot::sourceNote(const QString &branchId) const
{
    return BranchSnapshot(m_directory).filePath(branchId) + QStringLiteral(".source");
}

std::optional<BranchSnapshot::Info> WithheldSnapshot::ready(const QString &branchId,
                                                            const BranchSnapshot::Info &source) const
{
    const auto made = BranchSnapshot(m_directory).current(branchId);
    QFile note(sourceNote(branchId));
    if (made && note.open(QIODevice::ReadOnly) && note.readAll() == source.sha256.toLatin1()
        && contentOf(BranchSnapshot(m_directory).filePath(branchId) + QStringLiteral(".rules"))
                == kRules
        && made->baselineId == source.baselineId && made->asOf == source.asOf)
        return made;
    return std::nullopt;
}

std::optional<BranchSnapshot::Info> WithheldSnapshot::current(const QString &branchId,
                                                              const BranchSnapshot::Info &source)
{
    m_error.clear();
    m_madeNow = false;
    if (const auto made = ready(branchId, source))
        return made;
    BranchSnapshot copies(m_directory);
    const QString madeOf = sourceNote(branchId);
    const std::unique_ptr<QLockFile> making = QDir().mkpath(m_directory)
            ? BranchSnapshot::lock(copies.filePath(branchId), QStringLiteral("making"))
            : nullptr;
    if (!making) {
        m_error = tr("The snapshot folder %1 cannot be used.").arg(m_directory);
        return std::nullopt;
    }
    // Made once: another maker (the server's workers, another process) may have made this
    // very copy while this one waited; making it again would take it away for a moment.
    if (const auto made = ready(branchId, source))
        return made;
    // Withheld in a copy of its own; BranchSnapshot::make then copies that again, so no page
    // of the values replaced is left over in the file handed out.
    const QString original = BranchSnapshot(m_snapshots).filePath(branchId);
    const QString working
            = BranchSnapshot::scratchPath(copies.filePath(branchId), QStringLiteral("withholding"));
    QString problem;
    if (!copy(original, working, &problem) || !withhold(working, &problem)) {
        QFile::remove(working);
        m_error = tr("The snapshot without personal data could not be made: %1").arg(problem);
        return std::nullopt;
    }
    const auto made = copies.make(working, branchId, source.baselineId, source.asOf);
    QFile::remove(working);
    QSaveFile note(madeOf);
    QSaveFile rules(copies.filePath(branchId) + QStringLiteral(".rules"));
    if (!made || !note.open(QIODevice::WriteOnly) || note.write(source.sha256.toLatin1()) < 0
        || !note.commit() || !rules.open(QIODevice::WriteOnly) || rules.write(kRules) < 0
        || !rules.commit()) {
        m_error = made ? tr("%1 cannot be written.").arg(madeOf) : copies.errorString();
        return std::nullopt;
    }
    m_madeNow = true;
    return made;
}

QByteArray WithheldSnapshot::read(const QString &branchId, qint64 offset, qint64 length) const
{
    return BranchSnapshot(m_directory).read(branchId, offset, length);
}

} // namespace bd
