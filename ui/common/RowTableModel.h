#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <utility>

namespace bd {

// The alignment of amounts and counts in a table.
inline QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

// The role under which a row names itself (a customer's, task's or referral's id): a view
// keeps its current row across a refresh by it (newRowTableView). Empty: the row has no key.
inline constexpr int RowKeyRole = Qt::UserRole + 0x4b59;

// How two sort keys of one column order (RowTableModel::sortKey): an empty key last
// whichever the direction, text in the reader's language, numbers and times by value.
inline bool sortKeyLess(const QVariant &a, const QVariant &b, Qt::SortOrder order)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid(); // an empty key (no deadline) after the others
    int compared = 0;
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        compared = QString::localeAwareCompare(a.toString(), b.toString());
    else {
        const QPartialOrdering ordering = QVariant::compare(a, b);
        compared = ordering == QPartialOrdering::Less ? -1
                : ordering == QPartialOrdering::Greater ? 1 : 0;
    }
    return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
}

// A read-only table over a list of read-model rows. Subclasses name the columns and say
// what each cell shows; the rows are replaced wholesale on refresh. A view with sorting
// enabled (sortableByHeader) sorts them by a column's sortKey(); the order holds across
// refreshes, and column -1 gives back the order the rows were read in.
template <typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    explicit RowTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_readAt.resize(m_rows.size());
        std::iota(m_readAt.begin(), m_readAt.end(), qsizetype(0));
        if (m_sortColumn >= 0)
            arrange();
        endResetModel();
    }
    void clear() { setRows({}); }
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers().size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < headers().size())
            return headers().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (role == RowKeyRole)
            return rowKey(m_rows.at(index.row()));
        return cell(m_rows.at(index.row()), index.column(), role);
    }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column == m_sortColumn && order == m_sortOrder)
            return;
        m_sortColumn = column < columnCount() ? column : -1;
        m_sortOrder = order;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qsizetype> wasAt(m_rows.size()); // a row's place before, by its read position
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            wasAt[m_readAt.at(i)] = i;
        arrange();
        QList<qsizetype> nowAt(m_rows.size()); // a row's place before -> its place now
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            nowAt[wasAt.at(m_readAt.at(i))] = i;
        QModelIndexList after;
        for (const QModelIndex &index : before)
            after << this->index(int(nowAt.at(index.row())), index.column());
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

protected:
    // What names the row across refreshes; models whose rows are acted on say it.
    virtual QString rowKey(const Row &) const { return {}; }
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;
    // What a column sorts by: what it shows, unless a subclass knows better (a time, not
    // its text; a state by its urgency).
    virtual QVariant sortKey(const Row &row, int column) const
    {
        return cell(row, column, Qt::DisplayRole);
    }

private:
    // Puts the rows in the chosen order; ties (and column -1) in the order they were read.
    void arrange()
    {
        QList<qsizetype> order(m_rows.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        if (m_sortColumn >= 0) {
            QList<QVariant> keys;
            keys.reserve(m_rows.size());
            for (const Row &row : std::as_const(m_rows))
                keys << sortKey(row, m_sortColumn);
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
                if (sortKeyLess(keys.at(a), keys.at(b), m_sortOrder))
                    return true;
                if (sortKeyLess(keys.at(b), keys.at(a), m_sortOrder))
                    return false;
                return m_readAt.at(a) < m_readAt.at(b);
            });
        } else {
            std::sort(order.begin(), order.end(),
                      [this](qsizetype a, qsizetype b) { return m_readAt.at(a) < m_readAt.at(b); });
        }
        QList<Row> rows;
        QList<qsizetype> readAt;
        rows.reserve(m_rows.size());
        readAt.reserve(m_rows.size());
        for (const qsizetype i : std::as_const(order)) {
            rows << m_rows.at(i);
            readAt << m_readAt.at(i);
        }
        m_rows = std::move(rows);
        m_readAt = std::move(readAt);
    }

    QList<Row> m_rows;
    QList<qsizetype> m_readAt; // each row's place in the list as read
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace bd
