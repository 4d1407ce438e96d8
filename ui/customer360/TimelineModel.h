#pragma once

#include "database/customer360/Customer360Queries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// Transactions, other events and contacts on one timeline, newest first.
class TimelineModel : public RowTableModel<TimelineEntry>
{
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)

public:
    enum Column { When, Type, What, Channel, Amount, Details, Staff, ColumnCount };
    enum Role {
        SourceRole = Qt::UserRole + 1, // int(TimelineEntry::Source)
        KindRole,                      // kind code
        ChannelRole,                   // channel code
        AmountRole,                    // fen, transactions only
        DateRole,                      // QDate, local
    };
    using RowTableModel::RowTableModel;

    static QString sourceLabel(TimelineEntry::Source source);
    static QString kindLabel(const TimelineEntry &entry);
    static QString channelLabel(const TimelineEntry &entry);

protected:
    QStringList headers() const override;
    QVariant cell(const TimelineEntry &row, int column, int role) const override;
};

} // namespace bd
