#include "ui/suitability/OfferModels.h"

#include "app/domain/DomainTerms.h"
#include "app/services/suitability/OfferTerms.h"
#include "app/services/suitability/RiskRating.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace bd {

QStringList OfferModel::headers() const
{
    return {tr("Product"), tr("Family"), tr("Risk"), tr("双录"), tr("Why")};
}

QVariant OfferModel::cell(const Offer &row, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return row.summary();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return QStringLiteral("%1 %2").arg(row.product.code, row.product.name);
    case 1: return DomainTerms::label(Vocabulary::ProductFamily, row.product.family);
    case 2: return RiskRating::productCode(row.product.risk);
    case 3: return row.product.needsRecording ? tr("needed") : QString();
    case 4: return row.summary();
    default: return {};
    }
}

QStringList HoldingOnShelfModel::headers() const
{
    return {tr("Product"), tr("Family"), tr("Amount"), tr("Matures"), tr("Risk"), tr("Note")};
}

QVariant HoldingOnShelfModel::cell(const HoldingOnShelf &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == 2)
        return numberAlignment();
    if (role == Qt::ForegroundRole && row.aboveLevel && column >= 4)
        return QBrush(QColor(0xb0, 0x3a, 0x2e));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return QStringLiteral("%1 %2").arg(row.holding.code, row.holding.name);
    case 1: return DomainTerms::label(Vocabulary::ProductFamily, row.holding.family);
    case 2: return row.holding.amount.toDisplayString();
    case 3: return row.holding.maturity.isValid()
                ? QLocale().toString(row.holding.maturity, QLocale::ShortFormat) : QString();
    case 4: return row.risk > 0 ? RiskRating::productCode(row.risk) : tr("not on the shelf");
    case 5: return row.aboveLevel ? tr("above the customer's risk level now") : QString();
    default: return {};
    }
}

OfferCountModel::OfferCountModel(Key key, QObject *parent)
    : RowTableModel(parent)
    , m_key(key)
{
}

QStringList OfferCountModel::headers() const
{
    QStringList columns{m_key == Key::Product ? tr("Product") : tr("Main reason"), tr("Made"),
                        tr("Taken"), tr("Declined"), tr("Not now"), tr("Taken %")};
    if (m_key == Key::Product)
        columns << tr("Sales") << tr("Sold");
    return columns;
}

QVariant OfferCountModel::cell(const OfferCount &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column > 0)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case 0: return m_key == Key::Product ? row.key : OfferTerms::reasonLabel(row.key);
    case 1: return locale.toString(row.made);
    case 2: return locale.toString(row.taken);
    case 3: return locale.toString(row.declined);
    case 4: return locale.toString(row.notNow);
    case 5: return row.made > 0 ? locale.toString(100.0 * row.taken / row.made, 'f', 0) : QString();
    case 6: return locale.toString(row.sales);
    case 7: return row.sold.toDisplayString();
    default: return {};
    }
}

} // namespace bd
