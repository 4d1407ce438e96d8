#include "app/services/suitability/ProductShelfFile.h"

#include "app/services/dataimport/CsvReader.h"
#include "app/services/suitability/RiskRating.h"
#include "app/services/suitability/ShelfRecordCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bd {

QString ShelfProblem::toString() const
{
    return product.isEmpty() ? QStringLiteral("%1: %2").arg(place, message)
                             : QStringLiteral("%1 (%2): %3").arg(place, product, message);
}

namespace {
using File = ProductShelfFile;
using PlaceOf = ShelfRecordCheck::PlaceOf;

ProductShelfFile::Reading readJson(const QByteArray &bytes, const QString &sourceName)
{
    ProductShelfFile::Reading reading;
    ShelfRecordCheck check;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        check.problem(QStringLiteral("$"), {},
                      error.error != QJsonParseError::NoError
                              ? ProductShelfFile::tr("not valid JSON at byte %1: %2")
                                        .arg(error.offset)
                                        .arg(error.errorString())
                              : ProductShelfFile::tr("the file must hold one JSON object"));
        reading.problems = check.problems;
        return reading;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(File::kFormat))
        check.problem(QStringLiteral("$.format"), {},
                      ProductShelfFile::tr("must be \"%1\"").arg(QLatin1String(File::kFormat)));
    if (root.value(QLatin1String("version")).toDouble() != 1)
        check.problem(QStringLiteral("$.version"), {}, ProductShelfFile::tr("must be 1"));
    const QJsonValue name = root.value(QLatin1String("name"));
    if (!name.isUndefined() && (!name.isString() || name.toString().size() > 100))
        check.problem(QStringLiteral("$.name"), {},
                      ProductShelfFile::tr("a text of at most 100 characters"));
    const QJsonValue list = root.value(QLatin1String("products"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        check.problem(QStringLiteral("$.products"), {},
                      ProductShelfFile::tr("the products are missing: a list of at least one"));
    } else if (list.toArray().size() > File::kMaxProducts) {
        check.problem(QStringLiteral("$.products"), {},
                      ProductShelfFile::tr("at most %1 products").arg(File::kMaxProducts));
    } else {
        const QJsonArray array = list.toArray();
        QList<QString> places;
        for (int i = 0; i < array.size(); ++i) {
            const QString place = QStringLiteral("$.products[%1]").arg(i);
            places << place;
            const PlaceOf placeOf = [place](const QString &field) {
                return place + QLatin1Char('.') + field;
            };
            if (!array.at(i).isObject()) {
                check.problem(place, {}, ProductShelfFile::tr("a product must be an object"));
                check.products.append(ShelfProduct());
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            QHash<QString, QJsonValue> fields;
            for (auto it = object.begin(); it != object.end(); ++it)
                fields.insert(it.key(), it.value());
            check.product(fields, placeOf);
            check.unknownFields(object.keys(), placeOf, check.products.last().code);
        }
        check.duplicates(places);
    }
    reading.problems = check.problems;
    if (reading.problems.isEmpty())
        reading.shelf = ProductShelf(name.toString(), check.products, sourceName);
    return reading;
}

ProductShelfFile::Reading readCsv(const QByteArray &bytes, const QString &sourceName)
{
    ProductShelfFile::Reading reading;
    reading.csv = true;
    ShelfRecordCheck check;
    const CsvReader::Result csv = CsvReader::parse(bytes);
    if (!csv.ok) {
        check.problem(csv.errorLine > 0 ? ProductShelfFile::tr("line %1").arg(csv.errorLine)
                                        : ProductShelfFile::tr("the file"),
                      {}, csv.error);
        reading.problems = check.problems;
        return reading;
    }
    if (csv.records.isEmpty()) {
        check.problem(ProductShelfFile::tr("line 1"), {},
                      ProductShelfFile::tr("the file is empty"));
        reading.problems = check.problems;
        return reading;
    }
    const CsvRecord &header = csv.records.first();
    QStringList columns;
    for (const QString &column : header.fields)
        columns << column.trimmed().toLower();
    const QString headerPlace = ProductShelfFile::tr("line %1").arg(header.line);
    check.unknownFields(columns, [&](const QString &) { return headerPlace; }, {});
    for (const QString &required : File::requiredFields()) {
        if (!columns.contains(required))
            check.problem(headerPlace, {},
                          ProductShelfFile::tr("the column \"%1\" is missing").arg(required));
    }
    if (QSet<QString>(columns.cbegin(), columns.cend()).size() != columns.size())
        check.problem(headerPlace, {}, ProductShelfFile::tr("a column is named twice"));
    const QList<CsvRecord> rows = csv.records.mid(1);
    if (rows.isEmpty())
        check.problem(headerPlace, {},
                      ProductShelfFile::tr("the products are missing: a list of at least one"));
    if (rows.size() > File::kMaxProducts)
        check.problem(headerPlace, {},
                      ProductShelfFile::tr("at most %1 products").arg(File::kMaxProducts));
    if (!check.problems.isEmpty()) {
        reading.problems = check.problems;
        return reading;
    }
    QList<QString> places;
    for (const CsvRecord &row : rows) {
        const QString line = ProductShelfFile::tr("line %1").arg(row.line);
        places << line;
        if (row.fields.size() != columns.size()) {
            check.problem(line, {},
                          ProductShelfFile::tr("%n field(s) where the header has %1", nullptr,
                                               int(row.fields.size()))
                                  .arg(columns.size()));
            check.products.append(ShelfProduct());
            continue;
        }
        QHash<QString, QJsonValue> fields;
        for (int i = 0; i < columns.size(); ++i)
            fields.insert(columns.at(i), row.fields.at(i));
        check.product(fields, [line](const QString &field) {
            return ProductShelfFile::tr("%1, %2").arg(line, field);
        });
    }
    check.duplicates(places);
    reading.problems = check.problems;
    if (reading.problems.isEmpty())
        reading.shelf = ProductShelf({}, check.products, sourceName);
    return reading;
}
} // namespace

ProductShelfFile::Reading ProductShelfFile::read(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.size() > kMaxBytes) {
        Reading reading;
        reading.problems.append(
                { tr("the file"),
                  {},
                  tr("the file is larger than %1 MiB").arg(kMaxBytes / (1024 * 1024)) });
        return reading;
    }
    // JSON is an object; anything else is read as CSV (a byte-order mark may come first).
    QByteArray start = bytes.left(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    return start.startsWith('{') ? readJson(bytes, sourceName) : readCsv(bytes, sourceName);
}

QByteArray ProductShelfFile::canonicalJson(const ProductShelf &shelf)
{
    QJsonArray products;
    for (const ShelfProduct &p : shelf.products()) {
        QJsonObject product { { QStringLiteral("code"), p.code },
                              { QStringLiteral("name"), p.name },
                              { QStringLiteral("family"), p.family },
                              { QStringLiteral("risk"), RiskRating::productCode(p.risk) },
                              { QStringLiteral("minimum"), p.minimum.toPlainString() },
                              { QStringLiteral("term_months"), p.termMonths },
                              { QStringLiteral("channels"),
                                QJsonArray::fromStringList(p.channels) },
                              { QStringLiteral("dual_recording"), p.needsRecording } };
        if (p.saleFrom.isValid())
            product.insert(QStringLiteral("sale_from"), p.saleFrom.toString(Qt::ISODate));
        if (p.saleUntil.isValid())
            product.insert(QStringLiteral("sale_until"), p.saleUntil.toString(Qt::ISODate));
        if (p.rateBp > 0)
            product.insert(QStringLiteral("rate_bp"), p.rateBp);
        products.append(product);
    }
    const QJsonObject root { { QStringLiteral("format"), QLatin1String(kFormat) },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("name"), shelf.name() },
                             { QStringLiteral("products"), products } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList ProductShelfFile::fields()
{
    return { QStringLiteral("code"),      QStringLiteral("name"),
             QStringLiteral("family"),    QStringLiteral("risk"),
             QStringLiteral("minimum"),   QStringLiteral("term_months"),
             QStringLiteral("channels"),  QStringLiteral("dual_recording"),
             QStringLiteral("sale_from"), QStringLiteral("sale_until"),
             QStringLiteral("rate_bp") };
}

QStringList ProductShelfFile::requiredFields()
{
    return { QStringLiteral("code"),          QStringLiteral("name"),    QStringLiteral("family"),
             QStringLiteral("risk"),          QStringLiteral("minimum"), QStringLiteral("channels"),
             QStringLiteral("dual_recording") };
}

QStringList ProductShelfFile::channelCodes()
{
    return { QStringLiteral("counter"), QStringLiteral("ebanking"), QStringLiteral("mobile"),
             QStringLiteral("phone") };
}

} // namespace bd
