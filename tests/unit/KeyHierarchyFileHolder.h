#pragma once
// Long file: one attacker's whole toolkit on the stored format (slots, both seals, the blind
// keys), kept apart from the application's key code on purpose.
// Someone who copied a workstation file and knows one staff password. Reads the file with
// SQLite and libsodium only, from the stored format docs/SECURITY.md §2-3 describes (key
// slots, "enc1:" under the data key's field subkey, "enc2:" sealed to the reveal key),
// and tries every key the slot leads to on every identifier the file holds. None of the
// application's key code runs here, so its policy (who "may" reveal) cannot be trusted in.
#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace bd::test {

class FileHolder
{
public:
    struct Count
    {
        int total = 0;  // identifier values (not empty) the file holds
        int opened = 0; // of which this password opens
        QSet<QString> found;
        QString error;
    };

    // What guessing the digits a mask hides against the search index gave (issue 14).
    struct Guesses
    {
        int numbers = 0;        // customers' numbers tried
        qint64 fewest = -1;     // the fewest candidates any of them kept (1: rebuilt)
        QString error;
    };

    explicit FileHolder(const QString &path) : m_path(path) {}

    // Every mobile (or ID number) of the customer table: opened outright if this password
    // can, else every number its mask allows (an ID number: every birth date from 1900 to
    // 2026 with the right check digit; if `useBirthDate` only what the file gives of it)
    // kept if each blind key the index holds for that customer is one the number makes,
    // under the scheme before issue 14's fix or after it (SECURITY.md §4).
    Guesses guessNumbers(const QString &username, const QString &password, bool mobile,
                         bool useBirthDate = false)
    {
        Guesses guesses;
        if (sodium_init() < 0 || sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                                                 SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            guesses.error = QStringLiteral("cannot open the copy");
            return guesses;
        }
        openSlot(text(QStringLiteral("SELECT id FROM staff_user WHERE username = '%1'")
                              .arg(username)),
                 text(QStringLiteral("SELECT value FROM app_setting WHERE key = 'field_key_id'")),
                 password);
        const char *column = mobile ? "phone" : "id_number";
        const bool hasYear = sqlite3_table_column_metadata( // not before migration 0028
                m_db, nullptr, "customer", "birth_year", nullptr, nullptr, nullptr, nullptr, nullptr)
                == SQLITE_OK;
        rows(QStringLiteral("SELECT id, coalesce(%1, ''), coalesce(birth_date, ''), %2 FROM customer")
                     .arg(QLatin1String(column), QLatin1String(hasYear ? "birth_year" : "''")),
             [&](const QStringList &row) {
                 if (row.at(1).isEmpty())
                     return;
                 ++guesses.numbers;
                 // The date if this password opens it, else the plain year.
                 const QString birth = open(row.at(2)).isEmpty() ? row.at(3) : open(row.at(2));
                 const qint64 left = open(row.at(1)).isEmpty()
                         ? candidates(row.at(0), maskOf(row.at(1)), mobile,
                                      useBirthDate ? birth : QString())
                         : 1;
                 // None: the attacker's assumption (the birth date) contradicts the number.
                 if (left > 0 && (guesses.fewest < 0 || left < guesses.fewest))
                     guesses.fewest = left;
             });
        sqlite3_close(m_db);
        return guesses;
    }

    // How many of the guessed addresses (as CustomerSearchIndex::normalisedAddress gives
    // them) the search index confirms with the key this password opens: the index key's
    // keyed hash of a guess, looked for among the keys the index holds (issue 14).
    int addressGuessesConfirmed(const QString &username, const QString &password,
                                const QStringList &guesses)
    {
        if (sodium_init() < 0 || sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                                                 SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return -1;
        openSlot(text(QStringLiteral("SELECT id FROM staff_user WHERE username = '%1'")
                              .arg(username)),
                 text(QStringLiteral("SELECT value FROM app_setting WHERE key = 'field_key_id'")),
                 password);
        QSet<QString> tokens;
        rows(QStringLiteral("SELECT key FROM customer_search_key"),
             [&tokens](const QStringList &row) { tokens.insert(row.at(0).mid(3)); });
        int confirmed = 0;
        for (const QString &guess : guesses)
            confirmed += m_hasFieldKey && tokens.contains(token("a", guess.toUtf8())) ? 1 : 0;
        sqlite3_close(m_db);
        return confirmed;
    }

    // A stored value opened with the keys the last password here opened (of this file),
    // e.g. a value of another file: empty if they do not open it.
    QString openValue(const QString &stored) const { return open(stored); }

    Count readIdentifiers(const QString &username, const QString &password)
    {
        Count count;
        if (sodium_init() < 0 || sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                                                 SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            count.error = QStringLiteral("cannot open the copy");
            return count;
        }
        const QString userId = text(QStringLiteral("SELECT id FROM staff_user WHERE username = '%1'")
                                            .arg(username));
        const QString keyId = text(QStringLiteral("SELECT value FROM app_setting "
                                                  "WHERE key = 'field_key_id'"));
        openSlot(userId, keyId, password);
        const auto tryValue = [&](const QString &stored) {
            if (stored.isEmpty())
                return;
            ++count.total;
            const QString plain = open(stored);
            if (!plain.isEmpty()) {
                ++count.opened;
                count.found.insert(plain);
            }
        };
        for (const char *sql : {"SELECT id_number FROM customer", "SELECT phone FROM customer",
                                "SELECT address FROM customer", "SELECT birth_date FROM customer",
                                "SELECT contact_phone FROM referral"})
            rows(QString::fromLatin1(sql), [&](const QStringList &row) { tryValue(row.at(0)); });
        rows(QStringLiteral("SELECT table_name, fields_json FROM sync_outbox"),
             [&](const QStringList &row) {
                 const QJsonObject fields = QJsonDocument::fromJson(row.at(1).toUtf8()).object();
                 for (const QString &field : identifierFields(row.at(0)))
                     tryValue(fields.value(field).toString());
             });
        rows(QStringLiteral("SELECT table_name, field, coalesce(kept_value, ''), "
                            "coalesce(lost_value, '') FROM sync_conflict"),
             [&](const QStringList &row) {
                 if (identifierFields(row.at(0)).contains(row.at(1))) {
                     tryValue(row.at(2));
                     tryValue(row.at(3));
                 }
             });
        sqlite3_close(m_db);
        return count;
    }

    // The first column of a query's rows (text), read straight from the file.
    static QStringList column(const QString &path, const QString &sql)
    {
        FileHolder holder(path);
        QStringList values;
        if (sqlite3_open_v2(path.toUtf8().constData(), &holder.m_db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK)
            holder.rows(sql, [&](const QStringList &row) { values << row.at(0); });
        sqlite3_close(holder.m_db);
        return values;
    }

    static QByteArray bytesOf(const QString &path)
    {
        QByteArray bytes;
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    // A small branch written by 3afb5d0 (before the reveal key), or by another commit
    // (96b775f: before the lossy search keys); tests/unit/data/keys/README.md.
    static bool writeFileFromBefore(const QString &path,
                                    const QString &commit = QStringLiteral("3afb5d0"))
    {
        QFile dump(QStringLiteral(BRANCHDESK_SOURCE_DIR "/tests/unit/data/keys/branch-%1.sql")
                           .arg(commit));
        if (!dump.open(QIODevice::ReadOnly))
            return false;
        sqlite3 *db = nullptr;
        QFile::remove(path);
        const bool loaded = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
                && sqlite3_exec(db, dump.readAll().constData(), nullptr, nullptr, nullptr)
                        == SQLITE_OK;
        sqlite3_close(db);
        return loaded;
    }

private:
    // The mask stored beside a sealed identifier, under the field key.
    QString maskOf(const QString &stored) const
    {
        if (!stored.startsWith(QLatin1String("enc2:")))
            return {};
        const qsizetype end = stored.indexOf(QLatin1Char(':'), 5);
        return open(QStringLiteral("enc1:") + stored.mid(5, end - 5));
    }

    QString token(const QByteArray &domain, const QString &value) const
    {
        return token(domain, value.toLatin1());
    }

    QString token(const QByteArray &domain, const QByteArray &bytesOfValue) const
    {
        unsigned char out[16];
        crypto_generichash_state state;
        crypto_generichash_init(&state, m_indexKey, 32, sizeof out);
        const unsigned char separator = 0;
        crypto_generichash_update(&state, bytes(domain), std::size_t(domain.size()));
        crypto_generichash_update(&state, &separator, 1);
        crypto_generichash_update(&state, bytes(bytesOfValue), std::size_t(bytesOfValue.size()));
        crypto_generichash_final(&state, out, sizeof out);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out)
                                           .toBase64(QByteArray::Base64UrlEncoding
                                                     | QByteArray::OmitTrailingEquals));
    }

    static bool idCheckDigitHolds(const QString &id)
    {
        static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += id.at(i).digitValue() * weights[i];
        return id.at(17) == QLatin1Char("10X98765432"[sum % 11]);
    }

    // How many numbers behind `mask` make every number key the index holds for `customer`.
    qint64 candidates(const QString &customer, const QString &mask, bool mobile,
                      const QString &birthDate)
    {
        if (mask.isEmpty() || !m_hasFieldKey)
            return -1;
        const QString whole = QLatin1String(mobile ? "mb:" : "db:");
        const QString tail = QLatin1String(mobile ? "ms:" : "ds:");
        QSet<QString> held;
        rows(QStringLiteral("SELECT key FROM customer_search_key WHERE customer_id = '%1' AND "
                            "(substr(key, 1, 3) = '%2' OR substr(key, 1, 3) = '%3')")
                     .arg(customer, whole, tail),
             [&](const QStringList &row) { held.insert(row.at(0)); });
        const QByteArray domain = mobile ? "m" : "d";
        const int head = mobile ? 3 : 6;
        const QString shown = mask.left(head) + mask.right(4);
        // Every key a number makes, under either scheme.
        const auto makes = [&](const QString &number) {
            const QString full = token(domain, number);
            // After: the mask's token, for a mobile with one character of the whole's.
            QSet<QString> keys{whole + full,
                               whole + token(domain + "m", shown) + (mobile ? full.left(1) : "")};
            for (int length : {4, 5, 6})
                keys.insert(tail + token(domain + QByteArray::number(length), number.right(length)));
            return keys;
        };
        QStringList numbers;
        if (mobile) {
            for (int hidden = 0; hidden < 10000; ++hidden)
                numbers << mask.left(3) + QStringLiteral("%1").arg(hidden, 4, 10, QLatin1Char('0'))
                                + mask.right(4);
        } else {
            for (QDate day(1900, 1, 1); day.year() < 2027; day = day.addDays(1)) {
                const QString date = day.toString(QStringLiteral("yyyyMMdd"));
                if (!birthDate.isEmpty() // a whole date, or the year only
                    && !date.startsWith(QString(birthDate).remove(QLatin1Char('-'))))
                    continue;
                const QString number = mask.left(6) + date + mask.right(4);
                if (idCheckDigitHolds(number))
                    numbers << number;
            }
        }
        qint64 kept = 0;
        for (const QString &number : std::as_const(numbers)) {
            const QSet<QString> keys = makes(number);
            kept += std::all_of(held.cbegin(), held.cend(),
                                [&](const QString &key) { return keys.contains(key); });
        }
        return kept;
    }

    static QStringList identifierFields(const QString &table)
    {
        if (table == QLatin1String("customer"))
            return {QStringLiteral("id_number"), QStringLiteral("phone"),
                    QStringLiteral("address"), QStringLiteral("birth_date")};
        if (table == QLatin1String("referral"))
            return {QStringLiteral("contact_phone")};
        return {};
    }

    void rows(const QString &sql, const std::function<void(const QStringList &)> &each)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
            return;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i)
                row << QString::fromUtf8(QByteArray(
                        static_cast<const char *>(sqlite3_column_blob(statement, i)),
                        sqlite3_column_bytes(statement, i)));
            each(row);
        }
        sqlite3_finalize(statement);
    }

    QByteArray blob(const QString &sql)
    {
        QByteArray value;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, 0)),
                               sqlite3_column_bytes(statement, 0));
        sqlite3_finalize(statement);
        return value;
    }

    QString text(const QString &sql) { return QString::fromUtf8(blob(sql)); }

    static const unsigned char *bytes(const QByteArray &b)
    {
        return reinterpret_cast<const unsigned char *>(b.constData());
    }

    static bool unwrap(const QByteArray &wrapped, const unsigned char *kek, const QByteArray &ad,
                       unsigned char *out, std::size_t outSize)
    {
        const std::size_t nonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
        if (std::size_t(wrapped.size()) != nonce + outSize + crypto_aead_xchacha20poly1305_ietf_ABYTES)
            return false;
        unsigned long long written = 0;
        return crypto_aead_xchacha20poly1305_ietf_decrypt(
                       out, &written, nullptr, bytes(wrapped) + nonce,
                       std::size_t(wrapped.size()) - nonce, bytes(ad), std::size_t(ad.size()),
                       bytes(wrapped), kek)
                == 0;
    }

    // The password -> KEK -> data key (-> field key); the slot's pair -> the reveal key.
    void openSlot(const QString &userId, const QString &keyId, const QString &password)
    {
        const QString where = QStringLiteral(" FROM key_slot WHERE user_id = '%1'").arg(userId);
        const QByteArray salt = blob(QStringLiteral("SELECT salt") + where);
        const qint64 ops = text(QStringLiteral("SELECT opslimit") + where).toLongLong();
        const qint64 mem = text(QStringLiteral("SELECT memlimit") + where).toLongLong();
        const QByteArray secret = password.toUtf8();
        unsigned char kek[32];
        if (salt.size() != crypto_pwhash_SALTBYTES
            || crypto_pwhash(kek, sizeof kek, secret.constData(), std::size_t(secret.size()),
                             bytes(salt), std::size_t(ops), std::size_t(mem),
                             crypto_pwhash_ALG_ARGON2ID13)
                    != 0)
            return;
        const QByteArray ad = QStringLiteral("branchdesk-slot|%1|%2").arg(userId, keyId).toUtf8();
        unsigned char dataKey[32];
        if (!unwrap(blob(QStringLiteral("SELECT wrapped") + where), kek, ad, dataKey, 32))
            return;
        crypto_kdf_derive_from_key(m_fieldKey, 32, 1, "BDfields", dataKey);
        crypto_kdf_derive_from_key(m_indexKey, 32, 2, "BDfields", dataKey);
        m_hasFieldKey = true;
        // Columns of the reveal key pair (absent in a file from before it).
        const QByteArray boxPublic = blob(QStringLiteral("SELECT box_public") + where);
        unsigned char boxSecret[crypto_box_SECRETKEYBYTES];
        const QByteArray grant = blob(QStringLiteral("SELECT reveal_grant") + where);
        m_revealPublic = QByteArray::fromBase64(text(QStringLiteral(
                "SELECT value FROM app_setting WHERE key = 'reveal_public_key'")).toLatin1());
        if (!unwrap(blob(QStringLiteral("SELECT box_secret") + where), kek, ad + "|box",
                    boxSecret, sizeof boxSecret)
            || grant.size() != int(crypto_box_SEALBYTES + 32)
            || boxPublic.size() != crypto_box_PUBLICKEYBYTES)
            return;
        m_hasRevealKey = crypto_box_seal_open(m_revealSecret, bytes(grant), std::size_t(grant.size()),
                                              bytes(boxPublic), boxSecret)
                == 0;
    }

    QString open(const QString &stored) const
    {
        if (stored.startsWith(QLatin1String("enc1:"))) {
            const QByteArray sealed = QByteArray::fromBase64(stored.mid(5).toLatin1());
            const std::size_t nonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
            if (!m_hasFieldKey || std::size_t(sealed.size()) < nonce + 16)
                return {};
            QByteArray plain(sealed.size() - qsizetype(nonce) - 16, Qt::Uninitialized);
            unsigned long long written = 0;
            if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                        reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                        bytes(sealed) + nonce, std::size_t(sealed.size()) - nonce, nullptr, 0,
                        bytes(sealed), m_fieldKey)
                != 0)
                return {};
            return QString::fromUtf8(plain);
        }
        if (stored.startsWith(QLatin1String("enc2:"))) {
            const QByteArray box = QByteArray::fromBase64(
                    stored.mid(stored.indexOf(QLatin1Char(':'), 5) + 1).toLatin1());
            if (!m_hasRevealKey || box.size() < int(crypto_box_SEALBYTES))
                return {};
            QByteArray plain(box.size() - int(crypto_box_SEALBYTES), Qt::Uninitialized);
            if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), bytes(box),
                                     std::size_t(box.size()), bytes(m_revealPublic),
                                     m_revealSecret)
                != 0)
                return {};
            return QString::fromUtf8(plain);
        }
        return stored; // plain: anyone reads it
    }

    QString m_path;
    sqlite3 *m_db = nullptr;
    unsigned char m_fieldKey[32] = {};
    unsigned char m_indexKey[32] = {};
    bool m_hasFieldKey = false;
    unsigned char m_revealSecret[32] = {};
    QByteArray m_revealPublic;
    bool m_hasRevealKey = false;
};

} // namespace bd::test
