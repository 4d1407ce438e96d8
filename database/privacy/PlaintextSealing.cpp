#include "database/privacy/PlaintextSealing.h"

#include "app/domain/KycSearchForm.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/search/CustomerSearchIndex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
// Which list of columns a finished upgrade sealed. A file sealed with an older list (1:
// identifiers and contact notes only) is upgraded again at the next sign-in.
const QString kSealedListVersion = QStringLiteral("2");

// kyc_field.value_text of a file from before sealing may hold a free-text answer: it is
// derived again from the (still plain) answer, keeping only option codes.
bool reduceKycSearchForms(QSqlDatabase database, QString &error)
{
    QSqlQuery select(database);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT rowid, value_json, value_text FROM kyc_field "
                                    "WHERE value_text <> '' AND substr(value_json, 1, 5) <> 'enc1:'"))) {
        error = select.lastError().text();
        return false;
    }
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE kyc_field SET value_text = ? WHERE rowid = ?"));
    while (select.next()) {
        const QString reduced = KycSearchForm::ofJson(select.value(1).toString());
        if (reduced == select.value(2).toString())
            continue;
        update.bindValue(0, reduced);
        update.bindValue(1, select.value(0));
        if (!update.exec()) {
            error = update.lastError().text();
            return false;
        }
    }
    return true;
}

// The tables with sealed columns, quoted for an IN list (fixed names, never input).
QString sensitiveTables()
{
    QStringList tables;
    for (const SensitiveColumns::Column &c : SensitiveColumns::all()) {
        const QString quoted = QStringLiteral("'%1'").arg(QLatin1String(c.table));
        if (!tables.contains(quoted))
            tables << quoted;
    }
    return tables.join(QLatin1Char(','));
}
} // namespace

PlaintextSealing::PlaintextSealing(Store &store)
    : m_store(store)
{
}

bool PlaintextSealing::sealAll()
{
    if (!m_store.fieldKeys()) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery pragma(m_store.database());
    // Freed space is zeroed, so the plain values replaced here do not linger in free pages.
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    Transaction transaction(m_store.database());
    if (!reduceKycSearchForms(m_store.database(), m_error))
        return false;
    qint64 sealedValues = 0;
    // SQL names come from SensitiveColumns' fixed list, never from input.
    for (const SensitiveColumns::Column &c : SensitiveColumns::all()) {
        const QString table = QString::fromLatin1(c.table);
        const QString column = QString::fromLatin1(c.column);
        QSqlQuery select(m_store.database());
        select.setForwardOnly(true);
        if (!select.exec(QStringLiteral("SELECT rowid, %2 FROM %1 WHERE %2 IS NOT NULL AND %2 <> '' "
                                        "AND substr(%2, 1, 5) <> 'enc1:'")
                                 .arg(table, column))) {
            m_error = select.lastError().text();
            return false;
        }
        QSqlQuery update(m_store.database());
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column));
        while (select.next()) {
            const std::optional<QVariant> sealed = SensitiveColumns::seal(m_store, select.value(1));
            update.bindValue(0, sealed.value_or(QVariant()));
            update.bindValue(1, select.value(0));
            if (!sealed || !update.exec()) {
                m_error = update.lastError().text();
                return false;
            }
            ++sealedValues;
        }
    }
    // Changes waiting to be pushed and conflicts kept for review hold the same values.
    QSqlQuery outbox(m_store.database());
    outbox.setForwardOnly(true);
    if (!outbox.exec(QStringLiteral("SELECT seq, table_name, fields_json FROM sync_outbox "
                                    "WHERE table_name IN (%1)").arg(sensitiveTables()))) {
        m_error = outbox.lastError().text();
        return false;
    }
    QSqlQuery rewrite(m_store.database());
    rewrite.prepare(QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE seq = ?"));
    while (outbox.next()) {
        const QString table = outbox.value(1).toString();
        QVariantMap fields = QJsonDocument::fromJson(outbox.value(2).toByteArray()).object().toVariantMap();
        const QVariant answer = fields.value(QStringLiteral("value_json"));
        if (table == QLatin1String("kyc_field") && fields.contains(QStringLiteral("value_text"))
            && !SensitiveColumns::isSealed(answer))
            fields.insert(QStringLiteral("value_text"), KycSearchForm::ofJson(answer.toString()));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (SensitiveColumns::isSensitive(table, it.key()) && !SensitiveColumns::isSealed(it.value()))
                it.value() = SensitiveColumns::seal(m_store, it.value()).value_or(QVariant());
        }
        rewrite.bindValue(0, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields))
                                                       .toJson(QJsonDocument::Compact)));
        rewrite.bindValue(1, outbox.value(0));
        if (!rewrite.exec()) {
            m_error = rewrite.lastError().text();
            return false;
        }
    }
    QSqlQuery conflicts(m_store.database());
    conflicts.setForwardOnly(true);
    if (!conflicts.exec(QStringLiteral("SELECT id, table_name, field, kept_value, lost_value "
                                       "FROM sync_conflict"))) {
        m_error = conflicts.lastError().text();
        return false;
    }
    QSqlQuery reseal(m_store.database());
    reseal.prepare(QStringLiteral("UPDATE sync_conflict SET kept_value = ?, lost_value = ? WHERE id = ?"));
    while (conflicts.next()) {
        const QString table = conflicts.value(1).toString();
        const QString field = conflicts.value(2).toString();
        const bool wholeRow = field == QLatin1String("*") && SensitiveColumns::hasSensitive(table);
        if (!wholeRow && !SensitiveColumns::isSensitive(table, field))
            continue;
        QVariantList values;
        for (int i : {3, 4}) {
            const QVariant value = conflicts.value(i);
            values << (SensitiveColumns::isSealed(value)
                               ? value
                               : SensitiveColumns::seal(m_store, value).value_or(QVariant()));
        }
        reseal.bindValue(0, values.at(0));
        reseal.bindValue(1, values.at(1));
        reseal.bindValue(2, conflicts.value(0));
        if (!reseal.exec()) {
            m_error = reseal.lastError().text();
            return false;
        }
    }
    CustomerSearchIndex index(m_store);
    if (!index.rebuildInOpenTransaction()) {
        m_error = index.errorString();
        return false;
    }
    if (!m_store.setSetting(sealedSetting(), sealedListVersion())) {
        m_error = QStringLiteral("cannot record the upgrade");
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcDb) << "sealed" << sealedValues << "plain values of personal data";
    return true;
}

QString PlaintextSealing::sealedSetting()
{
    return QStringLiteral("field_values_sealed");
}

QString PlaintextSealing::sealedListVersion()
{
    return kSealedListVersion;
}

bool PlaintextSealing::isSealed() const
{
    return m_store.setting(sealedSetting()) == kSealedListVersion;
}

} // namespace bd
