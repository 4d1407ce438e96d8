#include "database/core/SensitiveColumns.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/FieldKeys.h"
#include "database/core/Store.h"

#include <QCoreApplication>

namespace bd {

namespace {
const QString kPrefix = QStringLiteral("enc1:");
} // namespace

// The list is documented in docs/SECURITY.md; keep the two together. Besides identifiers:
// every free text staff type about a customer.
const QList<SensitiveColumns::Column> &SensitiveColumns::all()
{
    static const QList<Column> columns = {
        {"customer", "id_number"},
        {"customer", "phone"},
        {"customer", "address"},
        {"customer_event", "detail"}, // what a complaint or consultation was about
        {"interaction", "purpose"}, // what the contact was about, typed by staff
        {"interaction", "customer_voice"},
        {"interaction", "objection"},
        {"interaction", "policy_override"}, // why a contact went ahead against the rules
        {"referral", "contact_phone"}, // the mobile a walk-in gave the lobby manager
        {"referral", "reason"},
        {"referral", "description"}, // how an anonymous walk-in looks
        {"referral_transition", "note"},
        {"lobby_visit", "description"},
        {"lobby_visit", "override_reason"},
        {"fund_arrival", "note"},
        {"care_task", "note"},
        {"call_task", "reason"},
        {"kyc_answer", "value_json"}, // whole answers: free text among them
        {"kyc_field", "value_json"}, // value_text keeps option codes only (KycSearchForm)
        {"voice_finding", "phrase"}, // the customer's words a finding was heard in
    };
    return columns;
}

bool SensitiveColumns::isSensitive(const QString &table, const QString &column)
{
    for (const Column &c : all()) {
        if (table == QLatin1String(c.table) && column == QLatin1String(c.column))
            return true;
    }
    return false;
}

bool SensitiveColumns::hasSensitive(const QString &table)
{
    for (const Column &c : all()) {
        if (table == QLatin1String(c.table))
            return true;
    }
    return false;
}

bool SensitiveColumns::isSealed(const QVariant &stored)
{
    return stored.typeId() == QMetaType::QString && stored.toString().startsWith(kPrefix);
}

QString SensitiveColumns::lockedMessage()
{
    return QCoreApplication::translate("SensitiveColumns",
                                       "The customer data of this workstation is locked: sign in "
                                       "again to open it.");
}

Result<QString> SensitiveColumns::tryOpen(const Store &store, const QVariant &stored)
{
    const QString text = stored.toString();
    if (!text.startsWith(kPrefix))
        return text; // plain (a file from before encryption, or an empty value)
    const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
    if (!keys)
        return Error(lockedMessage());
    const QByteArray sealed = QByteArray::fromBase64(QStringView(text).mid(kPrefix.size()).toLatin1());
    const std::optional<QByteArray> plain = keys->open(sealed);
    if (!plain)
        return Error(QCoreApplication::translate(
                "SensitiveColumns", "A protected value cannot be opened with this "
                                    "workstation's key: it was changed or sealed elsewhere."));
    return QString::fromUtf8(*plain);
}

QString SensitiveColumns::open(const Store &store, const QVariant &stored)
{
    const Result<QString> plain = tryOpen(store, stored);
    if (!plain) {
        if (store.fieldKeys()) // locked is the normal state before sign-in; a wrong key is not
            qCWarning(lcDb) << "a protected value stays closed:" << plain.errorString();
        return {};
    }
    return *plain;
}

namespace {
// Only the server's private copy of a branch snapshot that it brings forward by the plain
// changes of its log (SnapshotFold) carries this marker: the server holds no data key, so
// personal data goes in plain there, for the first sign-in that opens the key to seal
// (PlaintextSealing). SnapshotFold removes it before the copy is served. Everywhere else a
// locked encrypted file refuses personal data.
bool sealingDeferred(const Store &store)
{
    return store.setting(QStringLiteral("field_sealing_deferred")) == QLatin1String("1");
}
} // namespace

std::optional<QVariant> SensitiveColumns::seal(const Store &store, const QVariant &plain)
{
    if (plain.isNull() || plain.toString().isEmpty())
        return plain;
    const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
    if (!keys) {
        if (store.fieldsEncrypted() && !sealingDeferred(store))
            return std::nullopt; // never write plain text into an encrypted file
        return plain;
    }
    return QVariant(kPrefix + QString::fromLatin1(keys->seal(plain.toString().toUtf8()).toBase64()));
}

QVariant SensitiveColumns::openColumn(const Store &store, const QString &table,
                                      const QString &column, const QVariant &stored)
{
    if (!isSensitive(table, column) || stored.isNull())
        return stored;
    return open(store, stored);
}

std::optional<QVariant> SensitiveColumns::sealColumn(const Store &store, const QString &table,
                                                     const QString &column, const QVariant &plain)
{
    if (!isSensitive(table, column))
        return plain;
    return seal(store, plain);
}

std::optional<QVariantMap> SensitiveColumns::sealFields(const Store &store, const QString &table,
                                                        const QVariantMap &fields)
{
    if (!hasSensitive(table))
        return fields;
    QVariantMap sealed = fields;
    for (auto it = sealed.begin(); it != sealed.end(); ++it) {
        const std::optional<QVariant> value = sealColumn(store, table, it.key(), it.value());
        if (!value)
            return std::nullopt;
        it.value() = *value;
    }
    return sealed;
}

QJsonObject SensitiveColumns::openFields(const Store &store, const QString &table,
                                         const QJsonObject &fields)
{
    if (!hasSensitive(table))
        return fields;
    QJsonObject plain = fields;
    for (auto it = plain.begin(); it != plain.end(); ++it) {
        if (isSensitive(table, it.key()) && it.value().isString())
            it.value() = open(store, it.value().toString());
    }
    return plain;
}

} // namespace bd
