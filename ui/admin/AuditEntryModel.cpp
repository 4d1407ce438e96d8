#include "ui/admin/AuditEntryModel.h"

#include "app/domain/DomainTerms.h"

#include <QLocale>

namespace bd {

QStringList AuditEntryModel::headers() const
{
    return {tr("No."), tr("Time"), tr("Staff"), tr("Action"), tr("Record")};
}

QVariant AuditEntryModel::cell(const AuditLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == 0)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.seq;
    case 1: return QLocale().toString(row.occurredAt.toLocalTime(), QLocale::ShortFormat);
    case 2: return row.actorName;
    case 3: return DomainTerms::readable(row.action);
    case 4: return DomainTerms::readable(row.entity);
    default: return {};
    }
}

} // namespace bd
