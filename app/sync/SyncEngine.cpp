#include "app/sync/SyncEngine.h"

#include "app/common/SyncChange.h"
#include "app/common/SyncLogging.h"
#include "app/common/SyncProtocol.h"
#include "app/domain/HybridLogicalClock.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/ReferenceBranches.h"
#include "database/sync/RemoteChangeApplier.h"
#include "database/sync/WorkstationBranch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTimer>

namespace bd {

namespace {
QString state(Store &store, const QString &key)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool clearState(Store &store, const QString &key)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    return query.exec();
}

bool setState(Store &store, const QString &key, const QString &value)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}
} // namespace

SyncEngine::SyncEngine(Store &store, QUrl server, QString username, QString password)
    : m_store(store)
    , m_server(std::move(server))
    , m_username(std::move(username))
    , m_password(std::move(password))
    , m_network(new QNetworkAccessManager)
{
}

SyncEngine::~SyncEngine()
{
    delete m_network;
}

bool SyncEngine::request(const QString &method, const QString &path, const QByteArray &body,
                         int *status, QByteArray *answer, QString *error)
{
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, SyncProtocol::userAgent());
    request.setTransferTimeout(timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(caFile, QSsl::Pem);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = method == QLatin1String("GET") ? m_network->get(request)
                                                          : m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *answer = reply->readAll();
    const bool reached = *status != 0;
    if (!reached)
        *error = tr("The sync server cannot be reached (%1). Your changes are kept and sent "
                    "at the next sync.")
                         .arg(reply->errorString());
    reply->deleteLater();
    return reached;
}

SyncEngine::Report SyncEngine::syncOnce()
{
    Report report;
    report.ok = signIn(report) && push(report) && pushAudit(report) && baseline(report)
            && pull(report);
    // After a restored server's full download, everything in the outbox goes again.
    if (report.ok && report.fullDownload)
        report.ok = push(report);
    if (report.ok)
        setState(m_store, QStringLiteral("last_sync_at"), SqlTime::now());
    qCInfo(lcSync) << "sync round:" << (report.ok ? "ok" : qPrintable(report.error)) << "pushed"
                   << report.pushed << "pulled" << report.pulled << "conflicts" << report.conflicts;
    return report;
}

bool SyncEngine::signIn(Report &report)
{
    int status = 0;
    QByteArray answer;
    m_token.clear();
    const QJsonObject body{{QStringLiteral("username"), m_username},
                           {QStringLiteral("password"), m_password},
                           {QStringLiteral("protocol"), SyncProtocol::kVersion}};
    if (!request(QStringLiteral("POST"), QStringLiteral("/v1/sign-in"),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), &status, &answer,
                 &report.error))
        return false;
    const QJsonObject reply = QJsonDocument::fromJson(answer).object();
    if (status != 200) {
        report.error = tr("The sync server refused the sign-in (%1): %2")
                               .arg(status)
                               .arg(reply.value(QStringLiteral("error")).toString());
        return false;
    }
    m_token = reply.value(QStringLiteral("token")).toString().toLatin1();
    m_branchId = reply.value(QStringLiteral("branch_id")).toString();
    // A workstation exchanges its own branch only: an account of another branch would
    // download that branch here and make this one's customers look moved away.
    if (WorkstationBranch::isAnother(m_store, m_branchId)) {
        report.error = tr("The account %1 belongs to another branch than this workstation; "
                          "nothing was exchanged.")
                               .arg(m_username);
        m_token.clear();
        return false;
    }
    if (!m_branchId.isEmpty() && !WorkstationBranch::remember(m_store, m_branchId)) {
        report.error = tr("This workstation's branch could not be recorded.");
        m_token.clear();
        return false;
    }
    return !m_token.isEmpty();
}

bool SyncEngine::push(Report &report)
{
    for (;;) {
        QSqlQuery pending(m_store.database());
        pending.prepare(QStringLiteral(
                "SELECT change_id, table_name, row_id, op, fields_json, base_version, hlc, "
                "schema_version, to_branch, transfer_customer_id FROM sync_outbox "
                "WHERE pushed_at IS NULL AND refused_reason IS "
                "NULL ORDER BY seq LIMIT ?"));
        pending.addBindValue(pushBatchSize);
        if (!pending.exec()) {
            report.error = pending.lastError().text();
            return false;
        }
        QJsonArray changes;
        while (pending.next()) {
            SyncChange change;
            change.changeId = pending.value(0).toString();
            change.table = pending.value(1).toString();
            change.rowId = pending.value(2).toString();
            change.op = pending.value(3).toString();
            // Encryption at rest (crypt): the outbox holds personal data sealed; it is
            // sent open (the channel's protection is TLS).
            change.fields = SensitiveColumns::openFields(
                    m_store, change.table, QJsonDocument::fromJson(pending.value(4).toByteArray()).object());
            change.baseVersion = pending.value(5).toInt();
            change.hlc = pending.value(6).toString();
            change.originNode = m_store.nodeId();
            change.schemaVersion = pending.value(7).toInt();
            change.toBranch = pending.value(8).toString();
            change.customerId = pending.value(9).toString();
            changes << change.toJson();
        }
        if (changes.isEmpty())
            return true;

        const QJsonObject body{{QStringLiteral("protocol"), SyncProtocol::kVersion},
                               {QStringLiteral("branch_id"), m_branchId},
                               {QStringLiteral("changes"), changes}};
        int status = 0;
        QByteArray answer;
        if (!request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                     QJsonDocument(body).toJson(QJsonDocument::Compact), &status, &answer,
                     &report.error))
            return false;
        const QJsonObject reply = QJsonDocument::fromJson(answer).object();
        if (status != 200) {
            report.error = tr("The sync server refused the changes (%1): %2")
                                   .arg(status)
                                   .arg(reply.value(QStringLiteral("error")).toString());
            return false;
        }
        // Mark what the server holds now; a crash before this commit only means the same
        // changes are sent again and answered "duplicate".
        Transaction transaction(m_store.database());
        QSqlQuery mark(m_store.database());
        mark.prepare(QStringLiteral("UPDATE sync_outbox SET pushed_at = ?, refused_reason = ? "
                                    "WHERE change_id = ?"));
        const QJsonArray results = reply.value(QStringLiteral("results")).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString outcome = result.value(QStringLiteral("status")).toString();
            const bool refused = outcome == QLatin1String("refused");
            mark.bindValue(0, refused ? QVariant(QMetaType::fromType<QString>()) : SqlTime::now());
            mark.bindValue(1, refused ? result.value(QStringLiteral("reason")).toString()
                                      : QVariant(QMetaType::fromType<QString>()));
            mark.bindValue(2, result.value(QStringLiteral("change_id")).toString());
            if (!mark.exec()) {
                report.error = mark.lastError().text();
                return false;
            }
            if (refused)
                ++report.refused;
            else if (outcome == QLatin1String("duplicate"))
                ++report.duplicates;
            else
                ++report.pushed;
        }
        if (const Result<> committed = transaction.commit(); !committed) {
            report.error = committed.errorString();
            return false;
        }
        if (results.size() != changes.size()) {
            report.error = tr("The sync server answered for %1 of %2 changes.")
                                   .arg(results.size())
                                   .arg(changes.size());
            return false;
        }
    }
}

bool SyncEngine::pushAudit(Report &report)
{
    // The audit log is this workstation's own hash chain; it goes up in order after the
    // last entry the server acknowledged, and never comes down to other workstations.
    for (;;) {
        const qint64 sent = state(m_store, QStringLiteral("audit_pushed_seq")).toLongLong();
        QSqlQuery pending(m_store.database());
        pending.prepare(QStringLiteral(
                "SELECT seq, id, occurred_at, actor_id, actor_name, action, entity, entity_id, "
                "detail_json, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
        pending.addBindValue(sent);
        pending.addBindValue(pushBatchSize);
        if (!pending.exec()) {
            report.error = pending.lastError().text();
            return false;
        }
        QJsonArray entries;
        while (pending.next()) {
            QJsonObject entry { { QStringLiteral("seq"), double(pending.value(0).toLongLong()) } };
            const char *keys[] = { "id",     "occurred_at", "actor_id",    "actor_name", "action",
                                   "entity", "entity_id",   "detail_json", "prev_hash",  "hash" };
            for (int i = 0; i < 10; ++i)
                entry.insert(QLatin1String(keys[i]), pending.value(i + 1).toString());
            entries << entry;
        }
        if (entries.isEmpty())
            return true;
        const QJsonObject body { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                 { QStringLiteral("origin_node"), m_store.nodeId() },
                                 { QStringLiteral("entries"), entries } };
        int status = 0;
        QByteArray answer;
        if (!request(QStringLiteral("POST"), QStringLiteral("/v1/audit"),
                     QJsonDocument(body).toJson(QJsonDocument::Compact), &status, &answer,
                     &report.error))
            return false;
        const QJsonObject reply = QJsonDocument::fromJson(answer).object();
        if (status != 200) {
            report.error = tr("The sync server refused the audit entries (%1): %2")
                                   .arg(status)
                                   .arg(reply.value(QStringLiteral("error")).toString());
            return false;
        }
        qint64 acknowledged = sent;
        for (const QJsonValue &value : reply.value(QStringLiteral("results")).toArray()) {
            const QJsonObject result = value.toObject();
            if (result.value(QStringLiteral("status")).toString() == QLatin1String("refused")) {
                // Kept here and reported; the rest of the round goes on.
                report.auditProblem = result.value(QStringLiteral("reason")).toString();
                break;
            }
            if (result.value(QStringLiteral("status")).toString() == QLatin1String("applied"))
                ++report.auditSent;
            acknowledged = result.value(QStringLiteral("seq")).toInteger();
        }
        if (acknowledged > sent
            && !setState(m_store, QStringLiteral("audit_pushed_seq"),
                         QString::number(acknowledged))) {
            report.error = m_store.database().lastError().text();
            return false;
        }
        if (!report.auditProblem.isEmpty() || acknowledged == sent)
            return true;
    }
}

bool SyncEngine::baseline(Report &report)
{
    int status = 0;
    QByteArray answer;
    if (!request(QStringLiteral("GET"), QStringLiteral("/v1/baseline"), {}, &status, &answer,
                 &report.error))
        return false;
    const QJsonObject info = QJsonDocument::fromJson(answer).object();
    if (status != 200) {
        report.error = tr("The sync server refused the branch download (%1): %2")
                               .arg(status)
                               .arg(info.value(QStringLiteral("error")).toString());
        return false;
    }
    const QString id = info.value(QStringLiteral("baseline_id")).toString();
    const int pages = info.value(QStringLiteral("pages")).toInt();
    if (id.isEmpty() || pages <= 0 || state(m_store, QStringLiteral("baseline_done")) == id)
        return restoreIndexes(report);
    if (state(m_store, QStringLiteral("baseline_id")) != id) {
        // A new baseline (or a re-import): its pages are counted from the start.
        if (!setState(m_store, QStringLiteral("baseline_id"), id)
            || !setState(m_store, QStringLiteral("baseline_page"), QStringLiteral("0"))) {
            report.error = m_store.database().lastError().text();
            return false;
        }
    }

    // Rows arrive table by table, children possibly before the parents of a later page,
    // so foreign keys are off for the load (they hold again once it is over). A crash
    // loses at most the last pages, whose markers go with them: synchronous is off too.
    QSqlDatabase db = m_store.database();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    struct SettingsBack
    {
        QSqlDatabase db;
        ~SettingsBack()
        {
            QSqlQuery back(db);
            back.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            back.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            back.exec(QStringLiteral("PRAGMA cache_size = -32768"));
        }
    } settingsBack { db };

    // An empty workstation loads without its secondary indexes; they are noted first, so
    // an interrupted load still gets them back.
    if (state(m_store, QStringLiteral("baseline_page")).toInt() == 0
        && state(m_store, QStringLiteral("baseline_indexes")).isEmpty()) {
        QSqlQuery empty(db);
        if (empty.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM customer)")) && empty.next()
            && empty.value(0).toBool()) {
            empty.finish();
            const QStringList indexes = BaselinePage::secondaryIndexes(Store::nativeHandle(db));
            Transaction transaction(db);
            bool ok = setState(m_store, QStringLiteral("baseline_indexes"),
                               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(indexes))
                                                         .toJson(QJsonDocument::Compact)));
            QSqlQuery drop(db);
            for (const QString &create : indexes) {
                const QString name = create.section(QLatin1Char(' '), 2, 2);
                ok = ok && drop.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(name));
            }
            if (const Result<> committed = ok ? transaction.commit() : Error(QString());
                !committed) {
                report.error = tr("The indexes could not be set aside for the branch download: %1")
                                       .arg(drop.lastError().isValid() ? drop.lastError().text()
                                                                       : committed.errorString());
                return false;
            }
        }
    }

    int applied = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 waitedMs = 0; // for the log: time on the wire versus time inserting
    for (int page = state(m_store, QStringLiteral("baseline_page")).toInt() + 1; page <= pages;
         ++page) {
        if (stopAfterBaselinePages > 0 && applied == stopAfterBaselinePages) {
            report.error = tr("The branch download stopped after %1 pages; it goes on at the "
                              "next sync.")
                                   .arg(applied);
            return false;
        }
        const QString path = QStringLiteral("/v1/baseline-page?id=%1&page=%2")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))
                                     .arg(page);
        const qint64 asked = clock.elapsed();
        if (!request(QStringLiteral("GET"), path, {}, &status, &answer, &report.error))
            return false;
        waitedMs += clock.elapsed() - asked;
        if (status != 200) {
            report.error = tr("The sync server refused a page of the branch download (%1): %2")
                                   .arg(status)
                                   .arg(QJsonDocument::fromJson(answer)
                                                .object()
                                                .value(QStringLiteral("error"))
                                                .toString());
            return false;
        }
        // The page's rows and the marker of the last page applied commit together, so an
        // interrupted download resumes after the last whole page.
        Transaction transaction(db);
        QString table;
        QString problem;
        const qint64 rows = BaselinePage::apply(Store::nativeHandle(db), answer, &table, &problem);
        if (rows < 0) {
            report.error = tr("A page of the branch download could not be loaded: %1").arg(problem);
            return false;
        }
        bool marked = setState(m_store, QStringLiteral("baseline_page"), QString::number(page));
        if (page == pages) {
            // A workstation that starts from the baseline continues the log after it; one
            // that was already following the log keeps its cursor.
            if (state(m_store, QStringLiteral("cursor")).toLongLong() == 0)
                marked = marked
                        && setState(
                                 m_store, QStringLiteral("cursor"),
                                 QString::number(info.value(QStringLiteral("as_of")).toInteger()));
            marked = marked && setState(m_store, QStringLiteral("baseline_done"), id);
        }
        if (const Result<> committed = marked ? transaction.commit() : Error(QString());
            !committed) {
            report.error = committed.errorString();
            return false;
        }
        report.baselineRows += rows;
        ++applied;
    }
    // Search keys are derived on the workstation, not downloaded: built once the whole
    // baseline is in.
    if (!restoreIndexes(report))
        return false;
    const qint64 loadedMs = clock.elapsed();
    // Baseline rows come as the server keeps them, plain: in an encrypted file their
    // personal data is sealed now (which rebuilds the search index too), or, with the key
    // not open (a headless sync), at the next sign-in that opens it.
    bool indexBuilt = false;
    if (applied > 0 && m_store.fieldsEncrypted()) {
        PlaintextSealing sealing(m_store);
        if (m_store.fieldKeys()) {
            if (const Result<> sealed = sealing.sealAll(); !sealed) {
                report.error = tr("The personal data of the branch download could not be "
                                  "sealed: %1").arg(sealed.errorString());
                return false;
            }
            indexBuilt = true;
        } else if (!m_store.setSetting(PlaintextSealing::sealedSetting(), QStringLiteral("0"))) {
            report.error = tr("The branch download could not be marked for sealing.");
            return false;
        }
    }
    if (const Result<> rebuilt = applied > 0 && !indexBuilt ? CustomerSearchIndex(m_store).rebuild()
                                                            : Result<>();
        !rebuilt) {
        report.error = tr("The customer search index could not be rebuilt after the branch "
                          "download: %1")
                               .arg(rebuilt.errorString());
        return false;
    }
    qCInfo(lcSync) << "baseline loaded:" << report.baselineRows << "rows in" << applied << "pages,"
                   << loadedMs << "ms (" << waitedMs << "ms waiting for pages), search index"
                   << clock.elapsed() - loadedMs << "ms";
    return true;
}

bool SyncEngine::restoreIndexes(Report &report)
{
    const QString noted = state(m_store, QStringLiteral("baseline_indexes"));
    if (noted.isEmpty() || state(m_store, QStringLiteral("baseline_done")).isEmpty())
        return true;
    Transaction transaction(m_store.database());
    QSqlQuery create(m_store.database());
    const QJsonArray indexes = QJsonDocument::fromJson(noted.toUtf8()).array();
    for (const QJsonValue &sql : indexes) {
        QString statement = sql.toString();
        statement.replace(QStringLiteral("CREATE INDEX "),
                          QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        if (!create.exec(statement)) {
            report.error = create.lastError().text();
            return false;
        }
    }
    const bool cleared = clearState(m_store, QStringLiteral("baseline_indexes"));
    if (const Result<> committed = cleared ? transaction.commit() : Error(QString()); !committed) {
        report.error = tr("The indexes set aside for the branch download could not be made "
                          "again: %1")
                               .arg(committed.errorString());
        return false;
    }
    return true;
}

bool SyncEngine::dropMovedCustomers(Report &report)
{
    // A customer now kept by another branch leaves this workstation with everything that
    // hangs off it: rows that must have a customer go, optional links are cleared (the
    // branch's own lobby visits, referrals and counter services stay). Local copies only:
    // nothing is recorded for sync, the customer lives on at its new branch.
    if (m_branchId.isEmpty())
        return true;
    QSqlDatabase db = m_store.database();
    QSqlQuery moved(db);
    // A customer this workstation moved stays until the copies of their rows are with the
    // server: if it refused them (the customer was not the branch's), nothing is lost here.
    moved.prepare(QStringLiteral(
            "SELECT id FROM customer WHERE branch_id <> ? AND id NOT IN (SELECT "
            "transfer_customer_id FROM sync_outbox WHERE transfer_customer_id IS NOT NULL AND "
            "pushed_at IS NULL)"));
    moved.addBindValue(m_branchId);
    QStringList ids;
    if (moved.exec()) {
        while (moved.next())
            ids << moved.value(0).toString();
    }
    moved.finish();
    if (ids.isEmpty())
        return true;

    // Which tables point at a customer, and which point at those (e.g. kyc_answer).
    struct Link
    {
        QString table;
        QString column;
        bool required;
    };
    auto linksTo = [&db](const QString &parent) {
        QList<Link> links;
        QSqlQuery query(db);
        query.prepare(
                QStringLiteral("SELECT m.name, f.\"from\", i.\"notnull\" FROM sqlite_master m "
                               "JOIN pragma_foreign_key_list(m.name) f "
                               "JOIN pragma_table_info(m.name) i ON i.name = f.\"from\" "
                               "WHERE m.type = 'table' AND f.\"table\" = ?"));
        query.addBindValue(parent);
        if (query.exec()) {
            while (query.next())
                links << Link { query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toBool() };
        }
        return links;
    };
    const QList<Link> children = linksTo(QStringLiteral("customer"));
    QStringList statements;
    for (const Link &child : children) {
        if (!child.required) {
            statements << QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %2 = :id")
                                  .arg(child.table, child.column);
            continue;
        }
        for (const Link &grandchild : linksTo(child.table)) {
            statements << (grandchild.required ? QStringLiteral(
                                   "DELETE FROM %1 WHERE %2 IN (SELECT id FROM %3 WHERE %4 = :id)")
                                               : QStringLiteral(
                                                       "UPDATE %1 SET %2 = NULL WHERE %2 IN "
                                                       "(SELECT id FROM %3 WHERE %4 = :id)"))
                                  .arg(grandchild.table, grandchild.column, child.table,
                                       child.column);
        }
        statements
                << QStringLiteral("DELETE FROM %1 WHERE %2 = :id").arg(child.table, child.column);
    }
    statements << QStringLiteral(
            "DELETE FROM sync_field_clock WHERE table_name = 'customer' AND row_id = :id")
               << QStringLiteral("DELETE FROM customer WHERE id = :id");

    Transaction transaction(db);
    QSqlQuery drop(db);
    for (const QString &id : std::as_const(ids)) {
        for (const QString &statement : std::as_const(statements)) {
            drop.prepare(statement);
            drop.bindValue(QStringLiteral(":id"), id);
            if (!drop.exec()) {
                report.error
                        = tr("A customer moved to another branch could not be removed here: %1")
                                  .arg(drop.lastError().text());
                return false;
            }
        }
    }
    if (const Result<> committed = transaction.commit(); !committed) {
        report.error = committed.errorString();
        return false;
    }
    report.movedAway += int(ids.size());
    return true;
}

bool SyncEngine::pull(Report &report)
{
    for (;;) {
        const qint64 cursor = state(m_store, QStringLiteral("cursor")).toLongLong();
        int status = 0;
        QByteArray answer;
        const QString path = QStringLiteral("/v1/changes?branch=%1&after=%2&limit=%3")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_branchId)))
                                     .arg(cursor)
                                     .arg(pullBatchSize);
        if (!request(QStringLiteral("GET"), path, {}, &status, &answer, &report.error))
            return false;
        const QJsonObject reply = QJsonDocument::fromJson(answer).object();
        if (status != 200) {
            report.error = tr("The sync server refused the download (%1): %2")
                                   .arg(status)
                                   .arg(reply.value(QStringLiteral("error")).toString());
            return false;
        }
        const QString epoch = reply.value(QStringLiteral("epoch")).toString();
        const QString knownEpoch = state(m_store, QStringLiteral("epoch"));
        if (!knownEpoch.isEmpty() && epoch != knownEpoch && cursor > 0) {
            // The server was restored or re-created: download everything again. The
            // outbox stays; its changes are pushed again at the next round.
            Transaction transaction(m_store.database());
            setState(m_store, QStringLiteral("cursor"), QStringLiteral("0"));
            setState(m_store, QStringLiteral("epoch"), epoch);
            clearState(m_store, QStringLiteral("baseline_done"));
            QSqlQuery resend(m_store.database());
            resend.exec(QStringLiteral("UPDATE sync_outbox SET pushed_at = NULL "
                                       "WHERE refused_reason IS NULL"));
            (void)transaction.commit();
            report.fullDownload = true;
            continue;
        }

        Transaction transaction(m_store.database());
        // First the branch list, so that pulled rows may refer to a branch new here.
        ReferenceBranches branches(m_store);
        if (!branches.apply(reply.value(QStringLiteral("branches")))) {
            report.error = tr("The server's branch list could not be stored: %1")
                                   .arg(branches.errorString());
            return false;
        }
        RemoteChangeApplier applier(m_store);
        QSet<QString> customersChanged; // their search keys follow the pulled values
        const QJsonArray changes = reply.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &value : changes) {
            QString problem;
            SyncChange change = SyncChange::fromJson(value.toObject(), &problem);
            if (!problem.isEmpty()) {
                report.error = tr("The sync server sent a malformed change: %1").arg(problem);
                return false;
            }
            if (change.originNode == m_store.nodeId())
                continue; // our own change, already here
            m_store.observeStamp(HlcStamp::fromString(change.hlc));
            if (applier.apply(change) == RemoteChangeApplier::Result::Failed) {
                report.error = tr("A pulled change could not be applied: %1")
                                       .arg(applier.errorString());
                return false;
            }
            if (change.table == QLatin1String("customer"))
                customersChanged.insert(change.rowId);
            ++report.pulled;
        }
        // A pulled name, phone or ID number (or an erasure) must be found, or no longer be
        // found, by search at once; the keys change in the same transaction as the rows.
        CustomerSearchIndex searchIndex(m_store);
        const bool keyOpen = !m_store.fieldsEncrypted() || m_store.fieldKeys();
        if (!keyOpen && !customersChanged.isEmpty() && !searchIndex.markStale()) {
            report.error = tr("The search index could not be marked for rebuilding.");
            return false;
        }
        for (const QString &customerId : std::as_const(customersChanged)) {
            if (!keyOpen)
                continue;
            if (const Result<> updated = searchIndex.update(customerId); !updated) {
                report.error = tr("The search keys of a pulled customer could not be updated: %1")
                                       .arg(updated.errorString());
                return false;
            }
        }
        report.conflicts += applier.conflictsRecorded();
        const qint64 last = reply.value(QStringLiteral("last_seq")).toInteger(cursor);
        if (!setState(m_store, QStringLiteral("cursor"), QString::number(last))
            || !setState(m_store, QStringLiteral("epoch"), epoch)) {
            report.error = QString(); // as before: the state write says nothing more
            return false;
        }
        if (const Result<> committed = transaction.commit(); !committed) {
            report.error = committed.errorString();
            return false;
        }
        if (!reply.value(QStringLiteral("more")).toBool())
            return dropMovedCustomers(report);
    }
}

} // namespace bd
