#include "database/kyc/KycCustomerRecords.h"

#include "app/domain/KycSearchForm.h"
#include "app/domain/NaturalKeyId.h"
#include "app/domain/Uuid7.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSet>
#include <QVariantMap>

namespace bd {

namespace {
Error failed(const QString &error)
{
    qCWarning(lcDb).noquote() << "kyc:" << error;
    return Error(error);
}
} // namespace

KycCustomerRecords::KycCustomerRecords(Store &store)
    : m_store(store)
{
}

bool KycCustomerRecords::customerExists(const CustomerId &customer)
{
    const QString &customerId = customer.toString();
    SqlQuery query(m_store.database(),
                QStringLiteral("SELECT 1 FROM customer WHERE id = ? AND deleted = 0"));
    query.bind(customerId);
    return query.select() && query.next();
}

std::pair<QString, QString> KycCustomerRecords::customerNameAndCif(const CustomerId &customer)
{
    const QString &customerId = customer.toString();
    SqlQuery query(m_store.database(),
                QStringLiteral("SELECT name, cif_no FROM customer WHERE id = ?"));
    query.bind(customerId);
    if (!query.select() || !query.next())
        return {};
    return {query.text(0), query.text(1)};
}

QList<KycTagRow> KycCustomerRecords::tags(const CustomerId &customer)
{
    const QString &customerId = customer.toString();
    QList<KycTagRow> rows;
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT t.dimension, t.category, t.value, ct.source, ct.confidence "
            "FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = ? AND ct.deleted = 0 "
            "ORDER BY t.dimension, t.category, t.value"));
    query.bind(customerId);
    if (!query.select())
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toInt()});
    return rows;
}

Result<> KycCustomerRecords::setCustomerRisk(const CustomerId &customer, int riskLevel,
                                    const QString &preferredContact)
{
    const QString &customerId = customer.toString();
    if (riskLevel <= 0 && preferredContact.isEmpty())
        return {};
    SqlQuery current(m_store.database(),
                QStringLiteral("SELECT version FROM customer WHERE id = ?"));
    current.bind(customerId);
    if (!current.select() || !current.next())
        return failed(QStringLiteral("no customer %1").arg(customerId));
    const int baseVersion = current.value(0).toInt();
    QVariantMap fields;
    if (riskLevel > 0)
        fields.insert(QStringLiteral("risk_level"), riskLevel);
    if (!preferredContact.isEmpty())
        fields.insert(QStringLiteral("preferred_contact"), preferredContact);
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE customer SET risk_level = coalesce(?, risk_level), "
            "preferred_contact = coalesce(?, preferred_contact), updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
    query.bind(riskLevel > 0 ? QVariant(riskLevel) : QVariant());
    query.bind(preferredContact.isEmpty() ? QVariant() : QVariant(preferredContact));
    query.bind(SqlTime::now());
    query.bind(customerId);
    query.bind(baseVersion);
    if (Result<> ran = query.exec(); !ran)
        return failed(ran.errorString());
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("customer"), customerId, fields, baseVersion);
        !recorded)
        return failed(recorded.errorString());
    return {};
}

Result<QString> KycCustomerRecords::tagId(const QString &dimension, const QString &category,
                                     const QString &value)
{
    SqlQuery find(m_store.database(),
                QStringLiteral("SELECT id FROM tag WHERE dimension = ? AND category = ? AND value = ?"));
    find.bind(dimension);
    find.bind(category);
    find.bind(value);
    if (Result<> ran = find.exec(); !ran)
        return failed(ran.errorString());
    if (find.next())
        return find.value(0).toString();
    // Named by what it is (NaturalKeyId): the same new tag made offline elsewhere is this row.
    const QString id = NaturalKeyId::tag(dimension, category, value);
    SqlQuery insert(m_store.database(),
                QStringLiteral("INSERT INTO tag(id, dimension, category, value) VALUES (?, ?, ?, ?)"));
    insert.bind(id);
    insert.bind(dimension);
    insert.bind(category);
    insert.bind(value);
    if (Result<> ran = insert.exec(); !ran)
        return failed(ran.errorString());
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("tag"), id,
                                { { QStringLiteral("dimension"), dimension },
                                  { QStringLiteral("category"), category },
                                  { QStringLiteral("value"), value } },
                                0);
        !recorded)
        return failed(recorded.errorString());
    return id;
}

Result<> KycCustomerRecords::replaceKycTags(const CustomerId &customer, const QList<KycTagRow> &tags,
                                   const QString &staffId)
{
    const QString &customerId = customer.toString();
    ChangeRecorder recorder(m_store);
    const QString now = SqlTime::now();
    QSet<QString> kept;
    for (const KycTagRow &tag : tags) {
        const Result<QString> found = tagId(tag.dimension, tag.category, tag.value);
        if (!found)
            return found.error();
        const QString id = *found;
        kept.insert(id);
        SqlQuery existing(m_store.database(), QStringLiteral(
                "SELECT id, source, deleted, version FROM customer_tag "
                "WHERE customer_id = ? AND tag_id = ?"));
        existing.bind(customerId);
        existing.bind(id);
        if (Result<> ran = existing.exec(); !ran)
            return failed(ran.errorString());
        SqlQuery write(m_store.database());
        QString rowId;
        int baseVersion = 0;
        if (existing.next()) {
            const bool ownedByOthers = existing.value(1).toString() != QLatin1String("kyc")
                    && existing.value(2).toInt() == 0;
            if (ownedByOthers)
                continue; // a staff, rule or observed tag stays as it is
            rowId = existing.value(0).toString();
            baseVersion = existing.value(3).toInt();
            write.prepare(QStringLiteral(
                    "UPDATE customer_tag SET source = 'kyc', confidence = ?, set_by = ?, "
                    "set_at = ?, updated_at = ?, deleted = 0, version = version + 1 WHERE id = ?"));
            write.bind(tag.confidence);
            write.bind(staffId.isEmpty() ? QVariant() : QVariant(staffId));
            write.bind(now);
            write.bind(now);
            write.bind(rowId);
        } else {
            rowId = NaturalKeyId::customerTag(customer, id);
            write.prepare(QStringLiteral(
                    "INSERT INTO customer_tag(id, customer_id, tag_id, source, confidence, set_by, "
                    "set_at, updated_at) VALUES (?, ?, ?, 'kyc', ?, ?, ?, ?)"));
            write.bind(rowId);
            write.bind(customerId);
            write.bind(id);
            write.bind(tag.confidence);
            write.bind(staffId.isEmpty() ? QVariant() : QVariant(staffId));
            write.bind(now);
            write.bind(now);
        }
        if (Result<> ran = write.exec(); !ran)
            return failed(ran.errorString());
        if (const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("customer_tag"), rowId,
                                    { { QStringLiteral("customer_id"), customerId },
                                      { QStringLiteral("tag_id"), id },
                                      { QStringLiteral("source"), QStringLiteral("kyc") },
                                      { QStringLiteral("confidence"), tag.confidence },
                                      // set_by and set_at too: a workstation that has not
                                      // the row yet cannot store it without them.
                                      { QStringLiteral("set_by"),
                                        staffId.isEmpty() ? QVariant() : QVariant(staffId) },
                                      { QStringLiteral("set_at"), now },
                                      { QStringLiteral("deleted"), 0 } },
                                    baseVersion);
            !recorded)
            return failed(recorded.errorString());
    }
    SqlQuery old(m_store.database(), QStringLiteral("SELECT id, tag_id, version FROM customer_tag "
                               "WHERE customer_id = ? AND source = 'kyc' AND deleted = 0"));
    old.bind(customerId);
    if (Result<> ran = old.exec(); !ran)
        return failed(ran.errorString());
    while (old.next()) {
        if (kept.contains(old.value(1).toString()))
            continue;
        SqlQuery drop(m_store.database(),
                    QStringLiteral("UPDATE customer_tag SET deleted = 1, updated_at = ?, "
                                    "version = version + 1 WHERE id = ?"));
        drop.bind(now);
        drop.bind(old.value(0));
        if (Result<> ran = drop.exec(); !ran)
            return failed(ran.errorString());
        if (const Result<> recorded = recorder.recordDelete(
                    QStringLiteral("customer_tag"), old.value(0).toString(), old.value(2).toInt());
            !recorded)
            return failed(recorded.errorString());
    }
    return {};
}

Result<> KycCustomerRecords::addFundArrival(const CustomerId &customer, const QString &questionId,
                                   const QString &source, const QDate &expectedOn,
                                   Money amount, const QString &note)
{
    const QString &customerId = customer.toString();
    const QString day = SqlTime::date(expectedOn);
    SqlQuery existing(m_store.database(), QStringLiteral(
            "SELECT 1 FROM fund_arrival WHERE customer_id = ? AND kyc_question_id = ? "
            "AND expected_on = ? AND amount_fen = ? AND deleted = 0"));
    existing.bind(customerId);
    existing.bind(questionId);
    existing.bind(day);
    existing.bind(amount);
    if (Result<> ran = existing.exec(); !ran)
        return failed(ran.errorString());
    if (existing.next())
        return {};
    const std::optional<QVariant> storedNote = SensitiveColumns::seal(m_store, note);
    if (!storedNote)
        return failed(SensitiveColumns::lockedMessage());
    const QString id = Uuid7Generator::generate();
    SqlQuery insert(m_store.database(), QStringLiteral(
            "INSERT INTO fund_arrival(id, customer_id, expected_on, amount_fen, source, note, "
            "updated_at, kyc_question_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(id), QVariant(customerId), QVariant(day),
                                  QVariant(qint64(amount.fen())), QVariant(source), *storedNote,
                                  QVariant(SqlTime::now()), QVariant(questionId)})
        insert.bind(value);
    if (Result<> ran = insert.exec(); !ran)
        return failed(ran.errorString());
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("fund_arrival"), id,
                                { { QStringLiteral("customer_id"), customerId },
                                  { QStringLiteral("expected_on"), day },
                                  { QStringLiteral("amount_fen"), qint64(amount.fen()) },
                                  { QStringLiteral("source"), source },
                                  { QStringLiteral("note"), note },
                                  { QStringLiteral("kyc_question_id"), questionId } },
                                0);
        !recorded)
        return failed(recorded.errorString());
    return {};
}

Result<> KycCustomerRecords::upsertField(const CustomerId &customer, const QString &field,
                                const QString &questionId, const QString &valueJson,
                                const QString &sessionId, const QString &answeredAt)
{
    const QString &customerId = customer.toString();
    // value_json is sealed; value_text keeps only what segments filter on (KycSearchForm).
    const std::optional<QVariant> storedJson = SensitiveColumns::seal(m_store, valueJson);
    if (!storedJson)
        return failed(SensitiveColumns::lockedMessage());
    const QString valueText = KycSearchForm::ofJson(valueJson);
    SqlQuery existing(m_store.database(),
                QStringLiteral("SELECT id, version FROM kyc_field WHERE customer_id = ? AND field = ?"));
    existing.bind(customerId);
    existing.bind(field);
    if (Result<> ran = existing.exec(); !ran)
        return failed(ran.errorString());
    const bool known = existing.next();
    const QString id = known ? existing.value(0).toString() : Uuid7Generator::generate();
    const int baseVersion = known ? existing.value(1).toInt() : 0;
    SqlQuery write(m_store.database(), known ? QStringLiteral(
                          "UPDATE kyc_field SET question_id = ?, value_json = ?, value_text = ?, "
                          "session_id = ?, answered_at = ?, updated_at = ?, deleted = 0, "
                          "version = version + 1 WHERE id = ?")
                        : QStringLiteral(
                          "INSERT INTO kyc_field(question_id, value_json, value_text, session_id, "
                          "answered_at, updated_at, id, customer_id, field) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(questionId), *storedJson, QVariant(valueText),
                                  QVariant(sessionId), QVariant(answeredAt),
                                  QVariant(SqlTime::now()), QVariant(id)})
        write.bind(value);
    if (!known) {
        write.bind(customerId);
        write.bind(field);
    }
    if (Result<> ran = write.exec(); !ran)
        return failed(ran.errorString());
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("kyc_field"), id,
                                { { QStringLiteral("customer_id"), customerId },
                                  { QStringLiteral("field"), field },
                                  { QStringLiteral("question_id"), questionId },
                                  { QStringLiteral("value_json"), valueJson },
                                  { QStringLiteral("value_text"), valueText },
                                  { QStringLiteral("session_id"), sessionId },
                                  { QStringLiteral("answered_at"), answeredAt } },
                                baseVersion);
        !recorded)
        return failed(recorded.errorString());
    return {};
}

} // namespace bd
