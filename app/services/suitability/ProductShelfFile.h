#pragma once

#include "app/services/suitability/ProductShelf.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One problem of a shelf file and where it is: "$.products[3].risk" in JSON, "line 5,
// risk" in CSV; the product's code when it is known.
struct ShelfProblem
{
    QString place;
    QString product;
    QString message; // translated
    QString toString() const;
};

// Reads the bank's product shelf file, JSON or CSV (docs/SUITABILITY.md), and reports
// every problem with its place, not just the first. A file with any problem gives no
// shelf: the caller keeps the one it has.
//
// JSON: {"format": "branchdesk-product-shelf", "version": 1, "name": "...", "products": [
//   {"code", "name", "family", "risk", "minimum", "term_months", "channels",
//    "dual_recording", "sale_from", "sale_until", "rate_bp"}]}
// CSV: a header line naming those columns (any order), then one product per line;
// channels separated by "|" or ";". Which one a file is: JSON starts with "{".
class ProductShelfFile
{
    Q_DECLARE_TR_FUNCTIONS(ProductShelfFile)

public:
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;
    static constexpr int kMaxProducts = 5000;
    static constexpr const char *kFormat = "branchdesk-product-shelf";

    struct Reading
    {
        ProductShelf shelf; // empty when there are problems
        QList<ShelfProblem> problems;
        bool csv = false;
    };
    static Reading read(const QByteArray &bytes, const QString &sourceName = {});

    // The shelf as the JSON this reader reads back to the same shelf: what is stored and
    // synced once a file passed.
    static QByteArray canonicalJson(const ProductShelf &shelf);

    static QStringList fields();       // the product fields, in the canonical order
    static QStringList requiredFields();
    static QStringList channelCodes(); // counter, ebanking, mobile, phone
};

} // namespace bd
