#pragma once

#include "app/services/core/Session.h"
#include "app/domain/SegmentDefinition.h"
#include "database/segments/SegmentRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class QIODevice;

namespace bd {

class Store;

// Segments for a signed-in user: run a definition (count, ordered ids, masked rows), keep
// named segments shared by the branch (ManageSegments to save or delete; ViewCustomers
// to list and run), and export results as CSV: masked by default, unmasked only with
// ExportUnmasked; every export and every refusal is audited.
class SegmentService
{
    Q_DECLARE_TR_FUNCTIONS(SegmentService)

public:
    SegmentService(Store &store, const Session &session);

    Result<QList<SavedSegment>> savedSegments();
    // The stored definition of a saved segment of this branch, parsed.
    Result<SegmentDefinition> definitionOf(const QString &segmentId);
    // New segment (segmentId empty; the name must be free) or a change of an existing one.
    // The saved segment's id.
    Result<QString> save(const QString &name, const SegmentDefinition &definition,
                         const QString &segmentId = {});
    Result<> remove(const QString &segmentId);

    Result<qint64> count(const SegmentDefinition &definition,
                         const QDate &today = QDate::currentDate());
    // Ordered by a SegmentColumns code (unknown: highest AUM first); limit < 0: all.
    Result<QStringList> customerIds(const SegmentDefinition &definition,
                                    const QString &sortColumn = {},
                                    Qt::SortOrder order = Qt::DescendingOrder,
                                    const QDate &today = QDate::currentDate(), int limit = -1);
    // Masked rows for the result table (SegmentQueries::rows).
    Result<QList<QVariantList>> rows(const QStringList &customerIds, const QStringList &columns,
                                     const QDate &today = QDate::currentDate());

    struct ExportRequest
    {
        QStringList customerIds; // in the order of the result table
        QStringList columns;     // SegmentColumns codes, in order
        bool unmasked = false;   // needs Permission::ExportUnmasked
        QString segmentId;       // for the audit entry; empty for an unsaved definition
        QString segmentName;
    };
    // Told the rows written so far and the total after each chunk; returning false cancels
    // the export (nothing is audited, the caller discards what was written).
    using ExportProgress = std::function<bool(qsizetype written, qsizetype total)>;
    // Writes UTF-8 CSV (with a byte-order mark, for spreadsheet programs) to out, then
    // records the audit entry; only a successful result may be kept. Runs on any thread
    // (the Store gives each thread its own connection).
    Result<> exportCsv(const ExportRequest &request, QIODevice &out,
                       const QDate &today = QDate::currentDate(),
                       const ExportProgress &progress = {});

private:
    // The refusal (audited, on the segment) when the session lacks the permission.
    Result<> allowed(Permission permission);

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
