#include "database/core/SensitiveColumns.h"

#include "app/domain/Masking.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/FieldKeys.h"
#include "database/core/Store.h"

#include <QCoreApplication>
#include <QHash>

namespace bd {

namespace {
const QString kPrefix = QStringLiteral("enc1:");
const QString kIdentifierPrefix = QStringLiteral("enc2:");

// Fail closed without the reveal key; quiet, as it is the normal state of most roles.
QString notRevealedMessage()
{
    return QCoreApplication::translate("SensitiveColumns",
                                       "Only a role that may reveal personal data opens this "
                                       "value.");
}

// "enc2:" + base64(mask sealed under the data key) + ":" + base64(box): the two parts.
std::pair<QByteArray, QByteArray> splitIdentifier(const QString &text)
{
    const QStringView rest = QStringView(text).mid(kIdentifierPrefix.size());
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    return {QByteArray::fromBase64(rest.left(colon).toLatin1()),
            QByteArray::fromBase64(rest.mid(colon + 1).toLatin1())};
}
// What this thread sealed to the reveal key lately: sealed text -> plain (bounded).
QHash<QString, QString> &recentlySealed()
{
    thread_local QHash<QString, QString> memo;
    return memo;
}
constexpr qsizetype kRecentlySealed = 4096;
} // namespace

QString SensitiveColumns::sealIdentifierWith(const FieldKeys &keys, const QString &table,
                                            const QString &column, const QString &plain)
{
    if (!keys.canSealIdentifiers()) // no reveal key pair yet: moved at a holder's sign-in
        return kPrefix + QString::fromLatin1(keys.seal(plain.toUtf8()).toBase64());
    // The mask under the data key: a file without any password shows nothing of it (the
    // ID number's mask and the plain birth date would give the number away).
    return kIdentifierPrefix
            + QString::fromLatin1(keys.seal(masked(table, column, plain).toUtf8()).toBase64())
            + QLatin1Char(':') + QString::fromLatin1(keys.sealIdentifier(plain.toUtf8()).toBase64());
}

QString SensitiveColumns::openForIndex(const Store &store, const QVariant &stored)
{
    if (isSealedIdentifier(stored)) {
        const auto known = recentlySealed().constFind(stored.toString());
        if (known != recentlySealed().constEnd())
            return *known;
    }
    return open(store, stored);
}

bool SensitiveColumns::isIdentifier(const QString &table, const QString &column)
{
    if (table == QLatin1String("customer"))
        return column == QLatin1String("id_number") || column == QLatin1String("phone")
                || column == QLatin1String("address") || column == QLatin1String("birth_date");
    return table == QLatin1String("referral") && column == QLatin1String("contact_phone");
}

bool SensitiveColumns::isSealedIdentifier(const QVariant &stored)
{
    return stored.typeId() == QMetaType::QString
            && stored.toString().startsWith(kIdentifierPrefix);
}

QString SensitiveColumns::masked(const QString &table, const QString &column, const QString &plain)
{
    if (column == QLatin1String("id_number"))
        return Masking::idNumber(plain);
    if (column == QLatin1String("address"))
        return Masking::address(plain);
    if (column == QLatin1String("birth_date")) // the year: plain beside it anyway (birth_year)
        return plain.left(4);
    Q_UNUSED(table)
    return Masking::phone(plain); // phone, contact_phone
}

QString SensitiveColumns::view(const Store &store, const QString &table, const QString &column,
                               const QVariant &stored)
{
    if (isSealedIdentifier(stored)) {
        const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
        if (!keys)
            return {}; // locked: nothing, as for every sealed value
        if (!keys->canOpenIdentifiers()) {
            const std::optional<QByteArray> mask
                    = keys->open(splitIdentifier(stored.toString()).first);
            return mask ? QString::fromUtf8(*mask) : QString();
        }
    }
    return openColumn(store, table, column, stored).toString();
}

// The list is documented in docs/SECURITY.md; keep the two together. Besides identifiers:
// every free text staff type about a customer.
const QList<SensitiveColumns::Column> &SensitiveColumns::all()
{
    static const QList<Column> columns = {
        {"customer", "id_number"},
        {"customer", "phone"},
        {"customer", "address"},
        {"customer", "birth_date"}, // the 8 characters the ID number's mask hides
        {"customer_event", "detail"}, // what a complaint or consultation was about
        {"interaction", "purpose"}, // what the contact was about, typed by staff
        {"interaction", "customer_voice"},
        {"interaction", "objection"},
        {"interaction", "policy_override"}, // why a contact went ahead against the rules
        {"interaction", "void_reason"}, // why a contact logged for the wrong customer was voided
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
    return stored.typeId() == QMetaType::QString
            && (stored.toString().startsWith(kPrefix)
                || stored.toString().startsWith(kIdentifierPrefix));
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
    if (text.startsWith(kIdentifierPrefix)) {
        const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
        if (!keys)
            return Error(lockedMessage());
        if (!keys->canOpenIdentifiers())
            return Error(notRevealedMessage());
        const std::optional<QByteArray> plain
                = keys->openIdentifier(splitIdentifier(text).second);
        if (!plain)
            return Error(QCoreApplication::translate(
                    "SensitiveColumns", "A protected value cannot be opened with this "
                                        "workstation's key: it was changed or sealed elsewhere."));
        return QString::fromUtf8(*plain);
    }
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
        const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
        // Locked is the normal state before sign-in, and an identifier stays closed to
        // roles that may not reveal; a wrong key is not normal.
        if (keys && (keys->canOpenIdentifiers() || !isSealedIdentifier(stored)))
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
    if (!isIdentifier(table, column) || plain.isNull() || plain.toString().isEmpty())
        return seal(store, plain);
    const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
    if (!keys || !keys->canSealIdentifiers())
        return seal(store, plain); // no reveal key pair yet: made at a holder's sign-in
    const QString text = plain.toString();
    const QString sealed = sealIdentifierWith(*keys, table, column, text);
    if (!keys->canOpenIdentifiers()) {
        if (recentlySealed().size() >= kRecentlySealed)
            recentlySealed().clear();
        recentlySealed().insert(sealed, text);
    }
    return QVariant(sealed);
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
    for (auto it = plain.begin(); it != plain.end();) {
        if (isSensitive(table, it.key()) && it.value().isString()) {
            const Result<QString> opened = tryOpen(store, it.value().toString());
            if (!opened && isSealedIdentifier(it.value().toString())) {
                it = plain.erase(it);
                continue;
            }
            it.value() = opened ? *opened : QString();
        }
        ++it;
    }
    return plain;
}

std::optional<QVariantMap> SensitiveColumns::sealFieldsForOutbox(const Store &store,
                                                                 const QString &table,
                                                                 const QVariantMap &fields)
{
    if (!hasSensitive(table))
        return fields;
    QVariantMap sealed = fields;
    for (auto it = sealed.begin(); it != sealed.end(); ++it) {
        if (!isSensitive(table, it.key()))
            continue;
        const std::optional<QVariant> value = seal(store, it.value());
        if (!value)
            return std::nullopt;
        it.value() = *value;
    }
    return sealed;
}

std::optional<QJsonObject> SensitiveColumns::resealPushed(const Store &store, const QString &table,
                                                          const QJsonObject &stored)
{
    QJsonObject resealed = stored;
    for (auto it = resealed.begin(); it != resealed.end(); ++it) {
        if (!isIdentifier(table, it.key()) || !it.value().isString()
            || isSealedIdentifier(it.value().toString()))
            continue;
        const Result<QString> plain = tryOpen(store, it.value().toString());
        if (!plain)
            return std::nullopt;
        const std::optional<QVariant> value = sealColumn(store, table, it.key(), *plain);
        if (!value)
            return std::nullopt;
        it.value() = value->isNull() ? QJsonValue() : QJsonValue(value->toString());
    }
    return resealed;
}

} // namespace bd
