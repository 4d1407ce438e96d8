#include "database/sync/WireValue.h"

#include <QHash>
#include <QMutex>
#include <QSqlQuery>

namespace bd {

namespace {
bool isText(const QVariant &value)
{
    return value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray;
}

// Whether the column has TEXT affinity (SQLite's rule 2: the declared type names CHAR, CLOB
// or TEXT, and not INT). Every file of a build has the same schema: the answer is kept.
bool hasTextAffinity(const QSqlDatabase &database, const QString &table, const QString &column)
{
    static QMutex guard;
    static QHash<QString, bool> known;
    const QString key = table + QLatin1Char('.') + column;
    {
        const QMutexLocker locked(&guard);
        if (const auto found = known.constFind(key); found != known.constEnd())
            return *found;
    }
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT upper(type) FROM pragma_table_info(?) WHERE name = ?"));
    query.addBindValue(table);
    query.addBindValue(column);
    if (!query.exec() || !query.next())
        return false; // not a column of this schema: nothing to follow, nothing kept
    const QString type = query.value(0).toString();
    const bool text = !type.contains(QLatin1String("INT"))
            && (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
                || type.contains(QLatin1String("TEXT")));
    const QMutexLocker locked(&guard);
    known.insert(key, text);
    return text;
}
} // namespace

QJsonValue wireValue(const QVariant &value)
{
    bool storedAsNull = value.isNull();
    if (!storedAsNull && value.typeId() == QMetaType::QString)
        storedAsNull = value.toString().isNull();
    if (!storedAsNull && value.typeId() == QMetaType::QByteArray)
        storedAsNull = value.toByteArray().isNull();
    return storedAsNull ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

QJsonValue wireValue(const QSqlDatabase &database, const QString &table, const QString &column,
                     const QVariant &value)
{
    const QJsonValue plain = wireValue(value);
    if (plain.isNull() || isText(value) || !hasTextAffinity(database, table, column))
        return plain;
    // SQLite's own conversion (CAST applies the same rule as storing into the column).
    QSqlQuery stored(database);
    stored.prepare(QStringLiteral("SELECT CAST(? AS TEXT)"));
    stored.addBindValue(value);
    if (!stored.exec() || !stored.next())
        return plain;
    return QJsonValue(stored.value(0).toString());
}

} // namespace bd
