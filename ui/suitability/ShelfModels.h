#pragma once

#include "app/services/suitability/ProductShelfFile.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// The products of the shelf, as the branch head checks them.
class ShelfProductModel : public RowTableModel<ShelfProduct>
{
    Q_DECLARE_TR_FUNCTIONS(ShelfProductModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const ShelfProduct &row, int column, int role) const override;
};

// The problems of a refused shelf file, each with its place.
class ShelfProblemModel : public RowTableModel<ShelfProblem>
{
    Q_DECLARE_TR_FUNCTIONS(ShelfProblemModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const ShelfProblem &row, int column, int role) const override;
};

} // namespace bd
