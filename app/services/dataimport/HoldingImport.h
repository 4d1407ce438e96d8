#pragma once

#include "app/services/dataimport/CoreBankingImport.h"

namespace bd {

// Products held, from a core-banking export; the customer (by cif_no) must already be in
// the database. One import per object. Columns: see columns() or docs/PRIVACY.md.
class HoldingImport : public CoreBankingImport
{
    Q_DECLARE_TR_FUNCTIONS(HoldingImport)

public:
    using CoreBankingImport::CoreBankingImport;
    QList<ColumnSpec> columns() const override;

protected:
    QString validate(const Row &row, int line, QVariantMap *prepared) override;
    Result<> apply(const QVariantMap &prepared) override;
    QString auditAction() const override { return QStringLiteral("import_holdings"); }

private:
    QHash<QString, int> m_keyLines; // cif|product|opened seen in this file -> line
};

} // namespace bd
