#include "ui/segments/SegmentResultModel.h"

#include "database/segments/SegmentColumns.h"

namespace bd {

SegmentResultModel::SegmentResultModel(RowSource source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(std::move(source))
{
    for (const SegmentColumn &column : SegmentColumns::all())
        m_columns << QLatin1String(column.code);
}

void SegmentResultModel::setCustomerIds(const QStringList &ids)
{
    const qsizetype have = m_ids.size();
    if (have > 0 && ids.size() > have && ids.mid(0, have) == m_ids) {
        beginInsertRows({}, int(have), int(ids.size()) - 1);
        // The last page read may have been short; read it again with its new rows.
        m_pages.remove(int(have / kPageSize));
        m_ids = ids;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_ids = ids;
    m_pages.clear();
    endResetModel();
}

void SegmentResultModel::clear()
{
    setCustomerIds({});
}

int SegmentResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SegmentResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

const QList<QVariantList> &SegmentResultModel::page(int pageNumber) const
{
    auto found = m_pages.constFind(pageNumber);
    if (found != m_pages.cend())
        return *found;
    if (m_pages.size() >= kCachedPages)
        m_pages.clear(); // far-away pages are cheap to read again
    ++m_pagesRead;
    return *m_pages.insert(pageNumber, m_source(m_ids.mid(qsizetype(pageNumber) * kPageSize, kPageSize), m_columns));
}

QVariant SegmentResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::UserRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::TextAlignmentRole)
        return {};
    const QString &code = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool number = code == QLatin1String("aum") || code == QLatin1String("age")
                || code == QLatin1String("risk_level");
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    const QList<QVariantList> &rows = page(index.row() / kPageSize);
    const int offset = index.row() % kPageSize;
    if (offset >= rows.size())
        return {};
    return SegmentColumns::displayText(code, rows.at(offset).value(index.column()));
}

QVariant SegmentResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const SegmentColumn *column = SegmentColumns::find(m_columns.at(section));
    return column ? SegmentColumns::label(*column) : QVariant();
}

void SegmentResultModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const SegmentColumn *known = SegmentColumns::find(m_columns.at(column));
    if (known && known->sortSql)
        emit sortRequested(m_columns.at(column), order);
}

} // namespace bd
