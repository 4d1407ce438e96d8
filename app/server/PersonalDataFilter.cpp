#include "app/server/PersonalDataFilter.h"

#include "app/domain/Permission.h"
#include "app/server/OpenedPage.h"
#include "database/baseline/RosterHashes.h"
#include "database/core/BirthYear.h"
#include "database/core/SensitiveColumns.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QJsonArray>

namespace bd::PersonalDataFilter {

namespace {
// The value a withheld column takes where the desk needs one: NULL where the column may
// be NULL, the text "null" (erasure's placeholder) for JSON that may not, else empty text.
QCborValue placeholder(const QString &column)
{
    if (column == QLatin1String("id_number") || column == QLatin1String("phone")
        || column == QLatin1String("birth_date"))
        return QCborValue(QCborValue::Null);
    if (column == QLatin1String("value_json"))
        return QCborValue(QByteArray("null"));
    return QCborValue(QByteArray());
}

QString textOf(const QCborValue &value)
{
    return OpenedPage::textOf(value);
}

bool mustBeSent(const QString &column)
{
    return column == QLatin1String("value_json");
}
} // namespace

bool receivesPersonalData(StaffRole role)
{
    return Permissions::roleHas(role, Permission::RevealPersonalData);
}

bool withheldWhole(const SyncChange &change)
{
    if (change.table != QLatin1String("opportunity"))
        return false;
    // Every opportunity the server writes carries its event's kind and id (OpportunityDraft);
    // the sweep's event ids are "birthday-<customer>-<year>".
    return change.fields.value(QStringLiteral("event_kind")).toString() == QLatin1String("birthday")
            || change.fields.value(QStringLiteral("event_id")).toString().startsWith(
                    QLatin1String("birthday-"));
}

QJsonObject change(const SyncChange &change)
{
    SyncChange filtered = change;
    // The year stays when the date is withheld (an older desk did not send it).
    BirthYear::complete(change.table, filtered.fields);
    QJsonArray withheld;
    for (const SensitiveColumns::Column &column : SensitiveColumns::all()) {
        const QString name = QString::fromLatin1(column.column);
        if (change.table != QLatin1String(column.table) || !change.fields.contains(name))
            continue;
        withheld << name;
        if (mustBeSent(name))
            filtered.fields.insert(name, QStringLiteral("null"));
        else
            filtered.fields.remove(name);
    }
    QJsonObject json = filtered.toJson();
    if (!withheld.isEmpty())
        json.insert(QStringLiteral("withheld"), withheld);
    return json;
}

QByteArray baselinePage(const QByteArray &page)
{
    // Only a well-formed page is looked into (OpenedPage); anything else is withheld whole
    // rather than sent unfiltered.
    std::optional<OpenedPage> opened = OpenedPage::open(page);
    if (!opened)
        return {};
    QCborMap &map = opened->map();
    const QString table = opened->table();
    if (!SensitiveColumns::hasSensitive(table))
        return page;
    const QCborArray columns = opened->columns();
    QList<int> hidden;
    QCborArray withheld;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString name = textOf(columns.at(c));
        if (SensitiveColumns::isSensitive(table, name)) {
            hidden << int(c);
            withheld << name;
        }
    }
    QCborArray rows = opened->rows();
    // A withheld birth date leaves its year (a page of an older desk's file has no column).
    qsizetype birthDate = -1;
    qsizetype birthYear = -1;
    for (qsizetype c = 0; table == QLatin1String("customer") && c < columns.size(); ++c) {
        if (textOf(columns.at(c)) == QLatin1String("birth_date"))
            birthDate = c;
        else if (textOf(columns.at(c)) == QLatin1String("birth_year"))
            birthYear = c;
    }
    if (birthDate >= 0 && birthYear < 0) {
        QCborArray more = columns;
        more.append(QStringLiteral("birth_year"));
        map[QStringLiteral("columns")] = more;
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QCborArray row = rows.at(r).toArray();
        if (birthDate >= 0) {
            const QVariant year = BirthYear::of(textOf(row.at(birthDate)));
            const QCborValue yearValue = year.isNull() ? QCborValue(QCborValue::Null)
                                                       : QCborValue(year.toInt());
            if (birthYear < 0)
                row.append(yearValue);
            else if (row.at(birthYear).isNull() || row.at(birthYear).isUndefined())
                row[birthYear] = yearValue;
        }
        for (const int c : std::as_const(hidden))
            row[c] = placeholder(withheld.at(hidden.indexOf(c)).toString());
        rows[r] = row;
    }
    map[QStringLiteral("withheld")] = withheld;
    return opened->withRows(rows);
}

QByteArray withoutPasswordHashes(const QByteArray &page)
{
    // A page names its table first: only the roster's pages are looked into.
    if (!page.left(64).contains("staff_user"))
        return page;
    std::optional<OpenedPage> opened = OpenedPage::open(page);
    if (!opened)
        return {};
    const QString table = opened->table();
    const qsizetype hash = opened->lastColumn(
            [&table](const QString &name) { return RosterHashes::isHash(table, name); });
    if (hash < 0)
        return page;
    QCborArray rows = opened->rows();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QCborArray row = rows.at(r).toArray();
        row[hash] = QCborValue(QByteArray());
        rows[r] = row;
    }
    return opened->withRows(rows);
}

} // namespace bd::PersonalDataFilter
