#include "app/demo/DemoBranchGenerator.h"

#include "app/common/PasswordHasher.h"
#include "app/demo/DemoContext.h"
#include "app/demo/DemoCustomerWriter.h"
#include "app/demo/DemoDeferredIndexes.h"
#include "app/demo/DemoLifecycleStages.h"
#include "app/demo/DemoNames.h"
#include "app/demo/DemoSql.h"
#include "app/demo/DemoWorkspaces.h"
#include "app/domain/StaffRole.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/ServiceLogging.h"
#include "app/services/voice/VoiceBackfill.h"
#include "database/branchfloor/FloorSettings.h"
#include "app/domain/Permission.h"
#include "database/core/FieldKeyring.h"
#include "database/core/FieldKeys.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/staff/BranchRepository.h"
#include "database/staff/StaffRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <bit>

namespace bd {

namespace {

const char *const kBranchName = "上海陆家嘴支行";

struct RosterEntry
{
    const char *username;
    StaffRole role;
};
// The sign-ins offered on a demo database's sign-in dialog.
const RosterEntry kRoster[] = {
    {"head", StaffRole::BranchHead},      {"admin", StaffRole::Admin},
    {"lobby", StaffRole::LobbyManager},   {"lobby2", StaffRole::LobbyManager},
    {"teller", StaffRole::Teller},        {"teller2", StaffRole::Teller},
    {"teller3", StaffRole::Teller},       {"teller4", StaffRole::Teller},
    {"wealth", StaffRole::WealthManager}, {"wealth2", StaffRole::WealthManager},
    {"wealth3", StaffRole::WealthManager}, {"wealth4", StaffRole::WealthManager},
};

QString demoPassword(const QString &username)
{
    return username + QStringLiteral("-demo");
}

// Four wealth managers for a small branch, one more each time the book doubles past 10,000
// customers, at most twelve (each sign-in costs an argon2id hash to set up).
int wealthManagersFor(int customers)
{
    const int doublings = customers > 10000 ? std::bit_width(unsigned(customers / 10000)) : 0;
    return std::clamp(4 + doublings, 4, 12);
}

// Bulk-load settings for the length of the generation, put back however it ends. The
// journal goes from WAL to a rollback journal so the new pages are written once, straight
// into the file, rather than to the WAL and again at the checkpoint. A crash mid-way can
// only lose the (uncommitted) demo data of a new file.
class BulkLoadPragmas
{
public:
    explicit BulkLoadPragmas(sqlite3 *db) : m_db(db)
    {
        QString ignored;
        demo::execute(db, "PRAGMA journal_mode = DELETE", ignored);
        demo::execute(db, "PRAGMA synchronous = OFF", ignored);
        demo::execute(db, "PRAGMA cache_size = -262144", ignored); // 256 MiB
        // Integrity is by construction here (every id is written before it is used); the
        // test checks it with PRAGMA foreign_key_check.
        demo::execute(db, "PRAGMA foreign_keys = OFF", ignored);
    }
    ~BulkLoadPragmas()
    {
        QString ignored;
        demo::execute(m_db, "PRAGMA foreign_keys = ON", ignored);
        demo::execute(m_db, "PRAGMA cache_size = -32768", ignored);
        demo::execute(m_db, "PRAGMA synchronous = NORMAL", ignored);
        demo::execute(m_db, "PRAGMA journal_mode = WAL", ignored);
    }
    Q_DISABLE_COPY_MOVE(BulkLoadPragmas)

private:
    sqlite3 *m_db;
};

} // namespace

QList<DemoBranchGenerator::DemoAccount> DemoBranchGenerator::demoAccounts()
{
    QList<DemoAccount> accounts;
    for (const RosterEntry &entry : kRoster) {
        const QString username = QString::fromLatin1(entry.username);
        accounts.append({username, demoPassword(username), StaffRoles::code(entry.role)});
    }
    return accounts;
}

bool DemoBranchGenerator::isDemoDatabase(Store &store)
{
    return store.isOpen() && store.setting(QStringLiteral("demo")) == QLatin1String("1");
}

QString DemoBranchGenerator::phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Customers: return tr("Generating customers");
    case Phase::Today: return tr("Writing today's work (visits, queue, call lists)");
    case Phase::Lifecycle: return tr("Placing the customers in their lifecycle stages");
    case Phase::Voice: return tr("Reading the customers' notes for what they said");
    case Phase::SearchIndex: return tr("Building the search index");
    case Phase::Saving: return tr("Saving the branch file");
    }
    return {};
}

Result<> DemoBranchGenerator::generate(Store &store, const Options &options)
{
    const auto report = [&options](Phase phase, qint64 done, qint64 total) {
        if (options.phaseProgress)
            options.phaseProgress(phase, done, total);
    };
    if (!store.isOpen())
        return Error(tr("The database is not open."));
    static const QRegularExpression branchCode(QStringLiteral("^[0-9]{4,12}$"));
    if (options.customers < 0 || options.customers > 10'000'000
        || !branchCode.match(options.branchCode).hasMatch())
        return Error(tr("A demo branch needs 0 to 10,000,000 customers and a branch code of 4 to 12 "
                        "digits."));
    QSqlDatabase db = store.database();
    sqlite3 *handle = Store::nativeHandle(db);
    if (!handle)
        return Error(tr("The demo branch needs an SQLite database."));
    if (demo::scalar(handle, "SELECT EXISTS(SELECT 1 FROM customer)") != "0")
        return Error(tr("This database already has customers; demo data is only written into "
                        "an empty branch."));

    // The roster, hashed before the write transaction starts (argon2id takes a while).
    const int extraManagers = wealthManagersFor(options.customers) - 4;
    struct Member
    {
        QString username;
        StaffRole role;
        QString hash;
    };
    QList<Member> roster;
    for (const RosterEntry &entry : kRoster)
        roster.append({QString::fromLatin1(entry.username), entry.role, {}});
    for (int i = 0; i < extraManagers; ++i)
        roster.append({QStringLiteral("wealth%1").arg(5 + i), StaffRole::WealthManager, {}});
    for (Member &member : roster) {
        if (StaffRepository(store).byUsername(member.username))
            return Error(tr("This database already has a user %1; demo data is only written "
                            "into a new database.").arg(member.username));
        member.hash = PasswordHasher::hash(demoPassword(member.username));
    }

    // Personal data is written sealed: a new file gets its data key here, and every demo
    // user a key slot under their demo password (below, with their rows).
    FieldKeyring keyring(store);
    if (!store.fieldsEncrypted()) {
        if (const auto created = keyring.create(); !created)
            return Error(tr("The demo branch could not be written: %1")
                                 .arg(created.errorString()));
    }
    const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
    if (!keys)
        return Error(tr("The customer data of this database is locked: sign in before adding a "
                        "demo branch."));

    QElapsedTimer timer;
    timer.start();
    BulkLoadPragmas pragmas(handle);
    Transaction transaction(db);
    if (const Result<> began = transaction.began(); !began)
        return Error(tr("The demo branch could not be written: %1").arg(began.errorString()));
    QString sqlError;
    const QDate today = QDate::currentDate(); // one day for every phase
    demo::DemoContext context(handle, sqlError, options.seed, today);
    context.branchCode = options.branchCode.toStdString();
    context.stamp = context.calendar.localStamp(context.calendar.today(), 7 * 3600);
    context.keys = keys;

    // Seed data is the branch's baseline, not a local edit: nothing goes to sync_outbox.
    // The server (or another workstation) generates the same baseline from the same seed.
    if (const std::optional<Branch> existing = BranchRepository(store).byCode(options.branchCode)) {
        context.branchId = existing->id.toStdString();
    } else {
        context.branchId = context.newId();
        demo::DemoStatement branch(handle,
                                   "INSERT INTO branch(id, code, name, city, address, created_at,"
                                   " updated_at) VALUES (?,?,?,?,?,?,?)",
                                   sqlError);
        branch.text(context.branchId).text(context.branchCode).text(kBranchName).text("上海市")
                .text("上海市浦东新区陆家嘴环路1000号").text(context.stamp).text(context.stamp).run();
    }
    {
        demo::DemoStatement staff(handle,
                                  "INSERT INTO staff_user(id, branch_id, username, display_name,"
                                  " role, password_hash, created_at, updated_at)"
                                  " VALUES (?,?,?,?,?,?,?,?)",
                                  sqlError);
        for (int i = 0; i < roster.size(); ++i) {
            const std::string id = context.newId();
            staff.text(id).text(context.branchId).text(roster[i].username)
                    .text(demo::DemoNames::staffName(i)).text(StaffRoles::code(roster[i].role))
                    .text(roster[i].hash).text(context.stamp).text(context.stamp).run();
            if (sqlError.isEmpty()) {
                const bool mayReveal = Permissions::roleHas(roster[i].role,
                                                            Permission::RevealPersonalData);
                if (const Result<> slot = keyring.addSlot(QString::fromStdString(id),
                                                          demoPassword(roster[i].username),
                                                          mayReveal);
                    !slot)
                    sqlError = slot.errorString();
            }
            switch (roster[i].role) {
            case StaffRole::WealthManager: context.wealthManagers.push_back(id); break;
            case StaffRole::Teller: context.tellers.push_back(id); break;
            case StaffRole::LobbyManager: context.lobbyManagers.push_back(id); break;
            case StaffRole::BranchHead: context.head = id; break;
            case StaffRole::Admin: break;
            }
        }
        context.rows += 1 + staff.rows();
    }
    // The slots of the roles that may reveal brought the reveal key pair: identifiers are
    // sealed to it.
    context.keys = store.fieldKeys();

    demo::DemoWorkspaces::writeCatalogueAndLists(context);
    std::int64_t customerRows = 0;
    {
        demo::DemoDeferredIndexes customerIndexes(handle, "customer", sqlError);
        demo::DemoCustomerWriter writer(context);
        const qint64 total = options.customers;
        const qint64 step = std::max<qint64>(1, total / 100);
        for (qint64 i = 0; i < total && writer.ok(); ++i) {
            writer.write(i);
            if (i + 1 == total)
                writer.finish(); // the last batch is written before 100% is reported
            if ((i + 1) % step == 0 || i + 1 == total) {
                if (options.progress)
                    options.progress(i + 1, total);
                report(Phase::Customers, i + 1, total);
            }
        }
        writer.finish(); // also when it stopped early or wrote no customer
        customerRows = writer.rows();
        customerIndexes.restore(); // before anything reads the customers back
    }
    context.rows += customerRows;
    if (sqlError.isEmpty()) {
        report(Phase::Today, 0, 0);
        if (demo::DemoWorkspaces::writeToday(context))
            demo::DemoWorkspaces::escalateOverdueReferrals(
                    context, FloorSettings::load(store).escalationMinutes,
                    SqlTime::now().toStdString());
    }

    // Stages as LifecycleRules gives them, once every fact they read is written: a recompute
    // on the fresh branch then changes (and queues for sync) nothing.
    if (sqlError.isEmpty()) {
        report(Phase::Lifecycle, 0, 0);
        if (const Result<qint64> placed = demo::DemoLifecycleStages::placeInOpenTransaction(
                    store, QString::fromStdString(context.branchId), today);
            !placed)
            sqlError = placed.errorString();
    }

    // The branch has read its notes before (docs/VOICE.md): findings of baseline notes are
    // baseline too. Their ids derive from the note, so every workstation reading the same
    // notes makes the same findings; the pass queues none of them for sync.
    if (sqlError.isEmpty()) {
        report(Phase::Voice, 0, 0);
        if (const Result<int> read = VoiceBackfill(store).readAllInOpenTransaction(); !read)
            sqlError = read.errorString();
    }
    if (sqlError.isEmpty()) {
        report(Phase::SearchIndex, 0, options.customers);
        const auto indexing = [&report](qint64 done, qint64 total) {
            report(Phase::SearchIndex, done, total);
        };
        if (const Result<> indexed = CustomerSearchIndex(store).rebuildInOpenTransaction(indexing);
            !indexed)
            sqlError = indexed.errorString();
    }
    if (sqlError.isEmpty())
        report(Phase::Saving, 0, 0);

    const bool settingsSaved = sqlError.isEmpty()
            && store.setSetting(QStringLiteral("demo"), QStringLiteral("1"))
            && store.setSetting(PlaintextSealing::sealedSetting(),
                                PlaintextSealing::sealedListVersion()) // sealed as written
            && store.setSetting(QStringLiteral("demo_branch_code"), options.branchCode)
            && store.setSetting(QStringLiteral("demo_branch_name"), QString::fromUtf8(kBranchName))
            && store.setSetting(QStringLiteral("demo_seed"), QString::number(options.seed))
            && store.setSetting(QStringLiteral("demo_customers"),
                                QString::number(options.customers))
            && store.setSetting(QStringLiteral("demo_generated_on"),
                                QDate::currentDate().toString(Qt::ISODate));
    const bool audited = settingsSaved
            && AuditTrail(store).recordAnonymous(
                    QStringLiteral("setup"), QStringLiteral("demo_generate"),
                    QStringLiteral("branch"), QString::fromStdString(context.branchId),
                    {{QStringLiteral("customers"), options.customers},
                     {QStringLiteral("seed"), QString::number(options.seed)}});
    if (!sqlError.isEmpty())
        return Error(tr("The demo branch could not be written: %1").arg(sqlError));
    if (const Result<> saved = audited ? transaction.commit() : Error(QString()); !saved)
        return Error(tr("The demo branch could not be written: %1").arg(saved.errorString()));
    m_rowsWritten = context.rows;
    qCInfo(lcDemo) << "demo branch:" << options.customers << "customers," << context.rows
                       << "rows in" << timer.elapsed() << "ms";
    return {};
}

} // namespace bd
