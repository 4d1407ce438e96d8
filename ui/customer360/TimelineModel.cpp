#include "ui/customer360/TimelineModel.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace bd {

QStringList TimelineModel::headers() const
{
    return {tr("When"), tr("Type"), tr("What"), tr("Channel"), tr("Amount"), tr("Details"),
            tr("Staff")};
}

QString TimelineModel::sourceLabel(TimelineEntry::Source source)
{
    switch (source) {
    case TimelineEntry::Source::Transaction: return tr("Transaction");
    case TimelineEntry::Source::Event: return tr("Event");
    case TimelineEntry::Source::Interaction: return tr("Contact");
    }
    return {};
}

QString TimelineModel::kindLabel(const TimelineEntry &entry)
{
    switch (entry.source) {
    case TimelineEntry::Source::Transaction:
        return DomainTerms::label(Vocabulary::TransactionKind, entry.kind);
    case TimelineEntry::Source::Event: return DomainTerms::label(Vocabulary::EventKind, entry.kind);
    case TimelineEntry::Source::Interaction: return entry.kind; // the purpose, as typed
    }
    return {};
}

QString TimelineModel::channelLabel(const TimelineEntry &entry)
{
    return DomainTerms::label(entry.source == TimelineEntry::Source::Interaction
                                      ? Vocabulary::ContactChannel
                                      : Vocabulary::Channel,
                              entry.channel);
}

QVariant TimelineModel::cell(const TimelineEntry &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case When: return QLocale().toString(row.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case Type: return sourceLabel(row.source);
        case What: return kindLabel(row);
        case Channel: return channelLabel(row);
        case Amount:
            if (row.source != TimelineEntry::Source::Transaction)
                return QString();
            return (row.isOutflow() ? QStringLiteral("−") : QString())
                    + row.amount.toDisplayString();
        case Details: {
            if (row.source != TimelineEntry::Source::Interaction)
                return row.detail;
            QStringList parts;
            // A voided contact stays in view, said to be void first, so nobody reads it as a contact.
            if (row.isVoided())
                parts << tr("void: %1 — %2, %3")
                                 .arg(row.voidReason, row.voidedByName,
                                      QLocale().toString(row.voidedAt.toLocalTime(),
                                                         QLocale::ShortFormat));
            // An outcome a newer version wrote is said to be unknown, not shown as its code.
            if (const QString outcome = DomainTerms::label(row.outcome); !outcome.isEmpty())
                parts << outcome;
            if (!row.detail.isEmpty())
                parts << tr("“%1”").arg(row.detail);
            if (!row.objection.isEmpty())
                parts << tr("objection: %1").arg(row.objection);
            if (row.nextFollowUp.isValid())
                parts << tr("follow up %1").arg(QLocale().toString(row.nextFollowUp,
                                                                   QLocale::ShortFormat));
            return parts.join(QStringLiteral(" · "));
        }
        case Staff: return row.staffName;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Amount)
            return numberAlignment();
        break;
    case Qt::FontRole:
        if (row.isVoided()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (row.isVoided())
            return QBrush(QColor(Qt::gray));
        if (column == Amount && row.isOutflow())
            return QBrush(QColor(0xb0, 0x20, 0x20));
        break;
    case Qt::ToolTipRole:
        if (column == Details)
            return cell(row, Details, Qt::DisplayRole);
        break;
    case SourceRole: return int(row.source);
    case KindRole: return row.kind;
    case ChannelRole: return row.channel;
    case AmountRole: return qint64(row.amount.fen());
    case DateRole: return row.occurredAt.toLocalTime().date();
    default: break;
    }
    return {};
}

} // namespace bd
