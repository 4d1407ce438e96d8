#pragma once

#include "app/services/offers/OfferEngine.h"
#include "app/services/suitability/SuitabilityService.h"
#include "database/products/OfferFigures.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// A customer's next best offers: product, family, rating, 双录, and why.
class OfferModel : public RowTableModel<Offer>
{
    Q_DECLARE_TR_FUNCTIONS(OfferModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const Offer &row, int column, int role) const override;
};

// What the customer holds, with the shelf's rating; a holding above their level stands out.
class HoldingOnShelfModel : public RowTableModel<HoldingOnShelf>
{
    Q_DECLARE_TR_FUNCTIONS(HoldingOnShelfModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const HoldingOnShelf &row, int column, int role) const override;
};

// Offers made and taken for one product or one reason (the offers dashboard).
class OfferCountModel : public RowTableModel<OfferCount>
{
    Q_DECLARE_TR_FUNCTIONS(OfferCountModel)

public:
    enum class Key { Product, Reason };
    explicit OfferCountModel(Key key, QObject *parent = nullptr);

protected:
    QStringList headers() const override;
    QVariant cell(const OfferCount &row, int column, int role) const override;

private:
    Key m_key;
};

} // namespace bd
