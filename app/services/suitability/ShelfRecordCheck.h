#pragma once

#include "app/services/suitability/ProductShelfFile.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace bd {

// The checks of one product record of a shelf file, whatever its format: a JSON object's
// values, or a CSV line's cells as JSON strings. Collects every problem and the products.
class ShelfRecordCheck
{
public:
    // Where a field of the record is, in the words of its format.
    using PlaceOf = std::function<QString(const QString &field)>;

    QList<ShelfProblem> problems;
    QList<ShelfProduct> products;

    void problem(const QString &place, const QString &product, const QString &message);
    void product(const QHash<QString, QJsonValue> &fields, const PlaceOf &placeOf);
    void unknownFields(const QStringList &names, const PlaceOf &placeOf, const QString &code);
    // Every code once; the problem is at the later place. `places`: one per product.
    void duplicates(const QList<QString> &places);
};

} // namespace bd
