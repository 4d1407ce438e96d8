#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

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

// A read-only table over a list of read-model rows. Subclasses name the columns and say
// what each cell shows; the rows are replaced wholesale on refresh.
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

protected:
    // What names the row across refreshes; models whose rows are acted on say it.
    virtual QString rowKey(const Row &) const { return {}; }
    virtual QStringList headers() const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace bd
