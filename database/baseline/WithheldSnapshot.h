#pragma once

#include "database/baseline/BranchSnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bd {

// The branch snapshot as a role without reveal_personal_data may have it (issue #21): a
// workstation of such a role whose cursor fell behind the compacted log (docs/
// SYNC_PROTOCOL.md, "Retention") has no other way back. A copy of the branch's snapshot
// whose personal data (every column SensitiveColumns lists) holds the placeholders the
// filtered pages and changes carry (PersonalDataFilter), without key slots, data key id or
// search keys, compacted so that no page of the original values is left in the file, and
// marked `personal_data_withheld` in app_setting (SnapshotMerge then keeps a workstation's
// own values of those columns). Made in <snapshot dir>/withheld with the branch's snapshot
// (import-branch, compact-log) and made again whenever that changed (an erasure: the
// server's WithheldSnapshotWorker, off the request path).
class WithheldSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(WithheldSnapshot)

public:
    // app_setting's marker in the copy.
    static QString marker();

    explicit WithheldSnapshot(QString snapshotDirectory);

    // The copy of the branch's snapshot `source`, if it was made of that very version.
    std::optional<BranchSnapshot::Info> ready(const QString &branchId,
                                              const BranchSnapshot::Info &source) const;
    // The same, made now if it is missing or of another version of that snapshot.
    std::optional<BranchSnapshot::Info> current(const QString &branchId,
                                                const BranchSnapshot::Info &source);
    QByteArray read(const QString &branchId, qint64 offset, qint64 length) const;
    QString errorString() const { return m_error; }
    // Whether the last current() made the copy (rather than finding it made).
    bool madeNow() const { return m_madeNow; }

private:
    QString sourceNote(const QString &branchId) const;

    QString m_snapshots;
    QString m_directory; // of the copies
    QString m_error;
    bool m_madeNow = false;
};

} // namespace bd
