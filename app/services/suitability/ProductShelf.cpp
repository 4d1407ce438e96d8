#include "app/services/suitability/ProductShelf.h"

#include "app/services/suitability/ProductShelfFile.h"

#include <QFile>

namespace bd {

bool ShelfProduct::onSaleOn(const QDate &day) const
{
    return (!saleFrom.isValid() || day >= saleFrom) && (!saleUntil.isValid() || day <= saleUntil);
}

ProductShelf::ProductShelf(QString name, QList<ShelfProduct> products, QString source)
    : m_name(std::move(name))
    , m_source(std::move(source))
    , m_products(std::move(products))
{
}

const ShelfProduct *ProductShelf::product(const QString &code) const
{
    for (const ShelfProduct &product : m_products) {
        if (product.code == code)
            return &product;
    }
    return nullptr;
}

const ProductShelf &ProductShelf::builtIn()
{
    static const ProductShelf shelf = [] {
        QFile file(QString::fromLatin1(kBuiltInPath));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in product shelf is missing from the resources");
        const ProductShelfFile::Reading reading = ProductShelfFile::read(file.readAll());
        if (!reading.problems.isEmpty())
            qFatal("the built-in product shelf is broken: %s",
                   qPrintable(reading.problems.first().toString()));
        return reading.shelf;
    }();
    return shelf;
}

} // namespace bd
