#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `products check FILE`, `products load FILE`, `products list`: the branch's product shelf
// from the bank's file (JSON or CSV, docs/SUITABILITY.md), issue #20.
class ProductCommands : public CommandGroup
{
public:
    ProductCommands();
    QString name() const override { return QStringLiteral("products"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
