#pragma once

#include "app/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <optional>

namespace bd {

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

    static QString open(const Store &store, const QVariant &stored);
    // As open(), but tells a locked store or a wrong key apart from an empty value.
    static Result<QString> tryOpen(const Store &store, const QVariant &stored);
    // Null and empty values stay as they are (nothing to hide, and NULL keeps its meaning).
    static std::optional<QVariant> seal(const Store &store, const QVariant &plain);

    // The same per column: values of other columns pass through untouched.
    static QVariant openColumn(const Store &store, const QString &table, const QString &column,
                               const QVariant &stored);
    static std::optional<QVariant> sealColumn(const Store &store, const QString &table,
                                              const QString &column, const QVariant &plain);
    // A change's fields (the outbox, the wire): every sensitive field sealed / opened.
    static std::optional<QVariantMap> sealFields(const Store &store, const QString &table,
                                                 const QVariantMap &fields);
    static QJsonObject openFields(const Store &store, const QString &table,
                                  const QJsonObject &fields);

    // The message a refused write carries.
    static QString lockedMessage();
};

} // namespace bd
