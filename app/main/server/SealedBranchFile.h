#pragma once

#include "app/domain/Result.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/Store.h"

#include <QString>
#include <QTemporaryDir>

namespace bd {

// A workstation file whose personal data is sealed under its own data key (docs/SECURITY.md
// §3), opened for import-branch with the key slot of one of its administrators: the server
// and page-by-page workstations cannot open that key, so the baseline pages must carry the
// plain values (each workstation seals them under its own key after the load).
class SealedBranchFile
{
public:
    // Opens the slot of `username` (an administrator of the file at `path`) in a private
    // copy of the file: the file itself is only read (Store would upgrade it in place).
    Result<> unlock(const QString &path, const QString &username, const QString &password);
    // What a page reader passes every personal-data value through.
    BaselinePage::Reader::Opener opener() const;

    // Why a sealed file is refused without an administrator, naming what to do.
    static QString refusal(const QString &path, const QStringList &sealedColumns);

private:
    QTemporaryDir m_copyDir; // the copy: readable by this process's user only, removed after
    Store m_store;
};

} // namespace bd
