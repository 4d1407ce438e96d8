#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace bd {

// The customers of a segment, for a table that scrolls 100,000 rows smoothly: the model
// holds only the ordered id list (the compiled query runs once per definition and sort)
// and reads rows a page at a time, when the view first asks for one of them, through a
// row source (masked rows from SegmentService). Sorting asks the owner to re-run the
// query with an ORDER BY from the SegmentColumns whitelist.
class SegmentResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 40;

    using RowSource = std::function<QList<QVariantList>(const QStringList &ids, const QStringList &columns)>;

    explicit SegmentResultModel(RowSource source, QObject *parent = nullptr);

    QStringList columnCodes() const { return m_columns; }
    QStringList customerIds() const { return m_ids; }
    // A new result. When the current ids are the first rows of ids (the first page came
    // ahead of the full list), the rest is appended and the rows already read stay.
    void setCustomerIds(const QStringList &ids);
    void clear();
    int pagesRead() const { return m_pagesRead; } // for tests: rows are read lazily

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void sortRequested(const QString &columnCode, Qt::SortOrder order);

private:
    const QList<QVariantList> &page(int pageNumber) const;

    RowSource m_source;
    QStringList m_columns;
    QStringList m_ids;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable int m_pagesRead = 0;
};

} // namespace bd
