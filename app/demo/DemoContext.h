#pragma once

#include "app/demo/DemoCalendar.h"
#include "app/demo/DemoRandom.h"
#include "app/domain/Uuid7.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"

#include <QString>

#include <memory>

#include <string>
#include <vector>

struct sqlite3;

namespace bd::demo {

// What every part of the demo generation shares: the raw connection, the one random
// stream, the calendar of "today", the id generator and the staff made first.
struct DemoContext
{
    DemoContext(sqlite3 *connection, QString &errorText, std::uint64_t seed, const QDate &day)
        : db(connection), error(errorText), seed(seed), random(seed), calendar(day), ids(seed),
          idMillis(calendar.localMillis(calendar.today(), 6 * 3600))
    {
    }

    // Ids are made at one fixed instant of the day, so they come out in ascending order
    // (the counter rolls the millisecond): every index takes them as appends.
    std::string newId() { return ids.nextAt(idMillis).toStdString(); }

    sqlite3 *db;
    QString &error;
    std::uint64_t seed; // parts with a stream of their own derive it from this
    DemoRandom random;
    DemoCalendar calendar;
    Uuid7Generator ids;
    std::int64_t idMillis;

    std::string branchId;
    std::string branchCode;
    std::string stamp; // created_at/updated_at of the generated rows

    std::vector<std::string> wealthManagers;
    std::vector<std::string> tellers;
    std::vector<std::string> lobbyManagers;
    std::string head;

    std::vector<std::string> tagIds; // parallel to DemoCatalogue::tags()

    struct CallList
    {
        std::string id;
        std::string managerId;
        std::string dueOn;
        int tasks = 0;
    };
    std::vector<CallList> maturityLists; // one per wealth manager
    std::vector<CallList> upliftLists;   // one per wealth manager
    static constexpr int kCallListCap = 60;

    // A few customers of each value class, for lobby visits, referrals and counter sessions.
    std::vector<std::string> vipPool, potentialPool, ordinaryPool;
    static constexpr std::size_t kPoolCap = 40;

    std::int64_t rows = 0; // rows written, all tables

    // The file's data key: personal-data columns are written sealed, in the stored form
    // of SensitiveColumns ("enc1:" + base64), straight from the bulk statements.
    std::shared_ptr<const FieldKeys> keys;
    std::string seal(std::string_view plain) const
    {
        if (!keys || plain.empty())
            return std::string(plain);
        const QByteArray sealed = keys->seal(QByteArrayView(plain.data(), qsizetype(plain.size())))
                                          .toBase64();
        return "enc1:" + sealed.toStdString();
    }
    std::string seal(const QString &plain) const { return seal(plain.toStdString()); }
    // Identifiers (ID number, birth date, phone, address) go to the reveal key
    // (docs/SECURITY.md §3), sealed on other threads: DemoStatement::identifier.
    std::string seal(const char *plain) const { return seal(std::string_view(plain)); }
};

} // namespace bd::demo
