// Interim implementation: counts answered questions per cell against a fixed number of
// questions per cell, until the KYC question bank (issue 4) supplies the real counts.
#include "KycCompleteness.h"

#include "Store.h"

#include <QSqlQuery>

namespace bd::KycCompleteness {

QStringList cells()
{
    QStringList ids;
    for (const char *row : {"past", "present", "future"})
        for (const char *column : {"personal", "family", "finance"})
            ids << QStringLiteral("%1.%2").arg(QLatin1String(row), QLatin1String(column));
    return ids;
}

QMap<QString, int> percentByCell(Store &store, const QString &customerId)
{
    constexpr int kQuestionsPerCell = 4;
    QMap<QString, int> result;
    for (const QString &cell : cells())
        result.insert(cell, 0);
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
            "SELECT a.cell, count(DISTINCT a.question_id) FROM kyc_answer a "
            "JOIN kyc_session s ON s.id = a.session_id "
            "WHERE s.customer_id = ? AND s.deleted = 0 GROUP BY a.cell"));
    query.addBindValue(customerId);
    if (query.exec()) {
        while (query.next()) {
            const QString cell = query.value(0).toString();
            if (result.contains(cell))
                result[cell] = qMin(100, query.value(1).toInt() * 100 / kQuestionsPerCell);
        }
    }
    return result;
}

} // namespace bd::KycCompleteness
