#pragma once

#include "app/domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One product of the branch's shelf, as the bank's file says it (docs/SUITABILITY.md).
struct ShelfProduct
{
    QString code;          // the bank's product code, as holdings carry it
    QString name;
    QString family;        // product family code (DomainTerms ProductFamily)
    int risk = 1;          // rating R1..R5
    Money minimum;         // the smallest amount sold
    int termMonths = 0;    // 0: open-ended
    QStringList channels;  // where it is sold: counter, ebanking, mobile, phone
    bool needsRecording = false; // the sale is audio-video recorded (双录)
    QDate saleFrom;        // the sales window; null ends are open
    QDate saleUntil;
    int rateBp = 0;        // expected annual return, basis points; 0: floating or none

    bool onSaleOn(const QDate &day) const;
    bool soldThrough(const QString &channel) const { return channels.contains(channel); }
};

// The products the branch offers and sells: the shelf last loaded from the bank's file,
// else the one built into the program.
class ProductShelf
{
public:
    static constexpr const char *kBuiltInPath = ":/products/shelf.json";

    ProductShelf() = default;
    ProductShelf(QString name, QList<ShelfProduct> products, QString source = {});

    const QString &name() const { return m_name; }
    const QString &source() const { return m_source; } // file name, or empty: built in
    const QList<ShelfProduct> &products() const { return m_products; }
    const ShelfProduct *product(const QString &code) const;
    bool isEmpty() const { return m_products.isEmpty(); }

    // The shelf that ships with the program (resources/products/shelf.json).
    static const ProductShelf &builtIn();

private:
    QString m_name;
    QString m_source;
    QList<ShelfProduct> m_products;
};

} // namespace bd
