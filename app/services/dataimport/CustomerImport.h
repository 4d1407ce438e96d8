#pragma once

#include "app/services/dataimport/CoreBankingImport.h"

namespace bd {

// Customers from a core-banking export (one import per object: the duplicate checks
// remember the rows seen). Columns: see columns() or docs/PRIVACY.md.
class CustomerImport : public CoreBankingImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    using CoreBankingImport::CoreBankingImport;
    QList<ColumnSpec> columns() const override;

protected:
    QString validate(const Row &row, int line, QVariantMap *prepared) override;
    Result<> apply(const QVariantMap &prepared) override;
    QString auditAction() const override { return QStringLiteral("import_customers"); }

private:
    bool idNumberKnown(const QString &idNumber) const;

    QHash<QString, int> m_cifLines; // seen in this file -> line
    QHash<QString, int> m_idLines;
};

} // namespace bd
