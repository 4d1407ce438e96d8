#include "ui/suitability/ShelfModels.h"

#include "app/domain/DomainTerms.h"
#include "app/services/suitability/RiskRating.h"

#include <QLocale>

namespace bd {

QStringList ShelfProductModel::headers() const
{
    return {tr("Code"), tr("Name"), tr("Family"), tr("Risk"), tr("Minimum"), tr("Term"),
            tr("Channels"), tr("双录"), tr("On sale")};
}

QVariant ShelfProductModel::cell(const ShelfProduct &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == 4 || column == 5))
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (column) {
    case 0: return row.code;
    case 1: return row.name;
    case 2: return DomainTerms::label(Vocabulary::ProductFamily, row.family);
    case 3: return RiskRating::productCode(row.risk);
    case 4: return row.minimum.toDisplayString();
    case 5: return row.termMonths > 0 ? tr("%n month(s)", nullptr, row.termMonths) : tr("open");
    case 6: {
        QStringList channels;
        for (const QString &channel : row.channels)
            channels << DomainTerms::label(Vocabulary::Channel, channel);
        return channels.join(QStringLiteral(", "));
    }
    case 7: return row.needsRecording ? tr("yes") : tr("no");
    case 8:
        if (!row.saleFrom.isValid() && !row.saleUntil.isValid())
            return tr("always");
        return tr("%1 – %2").arg(row.saleFrom.isValid() ? locale.toString(row.saleFrom, QLocale::ShortFormat) : QString(),
                                 row.saleUntil.isValid() ? locale.toString(row.saleUntil, QLocale::ShortFormat) : QString());
    default: return {};
    }
}

QStringList ShelfProblemModel::headers() const
{
    return {tr("Where"), tr("Product"), tr("Problem")};
}

QVariant ShelfProblemModel::cell(const ShelfProblem &row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.place;
    case 1: return row.product;
    case 2: return row.message;
    default: return {};
    }
}

} // namespace bd
