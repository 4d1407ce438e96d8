#pragma once

#include "app/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace bd {

class FieldKeys;
class Store;

// The one door between personal-data columns and the rest of the code. Values of the
// columns listed here (ID number, phone, address, the customer's own words in contact
// notes, every free-text note staff keep about a customer) are kept in the file sealed with the file's data key (XChaCha20-Poly1305, stored
// as "enc1:" + base64(nonce | ciphertext | tag)) and turned into plain text only here.
// See docs/SECURITY.md.
//
// Code that reads or writes one of these columns with its own SQL must pass the value
// through open() (stored -> plain) or seal() (plain -> stored). Filters never compare
// these columns in SQL; exact and suffix lookups go through the search index.
//
// Fail closed: sealing on an encrypted file whose key is not open gives nothing (the
// caller refuses the write); opening without the key, or with the wrong key, gives empty
// text, never the stored bytes. A file that has no data key yet (made before encryption,
// or with no user) stores plain text, and open() passes plain text through: that is the
// upgrade path (PlaintextSealing::sealAll).
//
// Identifiers (isIdentifier: ID number, birth date, phone, address, a walk-in's mobile) are
// sealed to the file's reveal key instead ("enc2:" + base64(masked form sealed under the data key) +
// ":" + base64(box sealed to the reveal key)):
// every role can write them, only roles with reveal_personal_data open them, and view()
// gives the others the masked form kept beside the box, so no reveal key is needed to
// show what they see today. The outbox keeps them under the data key until pushed
// (sealFieldsForOutbox, resealPushed): the push must send them whoever syncs.
class SensitiveColumns
{
public:
    struct Column
    {
        const char *table;
        const char *column;
    };
    // Every sealed column (fixed names: the upgrade builds its SQL from them).
    static const QList<Column> &all();
    static bool isSensitive(const QString &table, const QString &column);
    static bool hasSensitive(const QString &table);
    static bool isSealed(const QVariant &stored);
    // Sealed to the reveal key (not the data key).
    static bool isIdentifier(const QString &table, const QString &column);
    static bool isSealedIdentifier(const QVariant &stored);
    // The masked form every role sees (Masking), for an identifier column.
    static QString masked(const QString &table, const QString &column, const QString &plain);

    static QString open(const Store &store, const QVariant &stored);
    // As open(), but tells a locked store or a wrong key apart from an empty value.
    static Result<QString> tryOpen(const Store &store, const QVariant &stored);
    // Null and empty values stay as they are (nothing to hide, and NULL keeps its meaning).
    static std::optional<QVariant> seal(const Store &store, const QVariant &plain);

    // The stored form of an identifier sealed with these keys (they must hold the reveal
    // public key); for bulk writers that seal without a Store (the demo generator).
    static QString sealIdentifierWith(const FieldKeys &keys, const QString &table,
                                      const QString &column, const QString &plain);

    // For the search index: as open(), and an identifier this thread sealed itself lately
    // (captured or pulled by a role that cannot open it again) is known without the reveal
    // key, so its blind keys are written with the row.
    static QString openForIndex(const Store &store, const QVariant &stored);

    // For display: the plain value when this session may open it, else the masked form
    // stored with an identifier (callers mask it anyway; masking is idempotent).
    static QString view(const Store &store, const QString &table, const QString &column,
                        const QVariant &stored);

    // The same per column: values of other columns pass through untouched.
    static QVariant openColumn(const Store &store, const QString &table, const QString &column,
                               const QVariant &stored);
    static std::optional<QVariant> sealColumn(const Store &store, const QString &table,
                                              const QString &column, const QVariant &plain);
    // A change's fields (the outbox, the wire): every sensitive field sealed / opened.
    static std::optional<QVariantMap> sealFields(const Store &store, const QString &table,
                                                 const QVariantMap &fields);
    // Identifier fields a session cannot open (a resend of a change already pushed) are
    // left out rather than sent empty.
    static QJsonObject openFields(const Store &store, const QString &table,
                                  const QJsonObject &fields);
    // The outbox: every sensitive field under the data key, so any role's sync can push it.
    static std::optional<QVariantMap> sealFieldsForOutbox(const Store &store, const QString &table,
                                                          const QVariantMap &fields);
    // A pushed change's stored fields (JSON) with its identifiers moved to the reveal key.
    static std::optional<QJsonObject> resealPushed(const Store &store, const QString &table,
                                                   const QJsonObject &stored);

    // The message a refused write carries.
    static QString lockedMessage();
};

} // namespace bd
