#pragma once

// A new workstation of an imported demo branch made from the branch's snapshot, as the
// first sign-in of its first administrator leaves it (see ImportedDemoBranch.h). The
// server's snapshot holds none of the imported file's keys (issue #21, docs/SECURITY.md
// §8.1): the personal data arrives plain, as the pages bring it, and is sealed under a data
// key of the new file's own, as one built page by page is.
#include "app/domain/Result.h"
#include "app/sync/SnapshotDownload.h"
#include "database/core/FieldKeyring.h"
#include "database/core/Store.h"
#include "database/privacy/PlaintextSealing.h"

#include <QUrl>

#include <memory>

namespace bd::test {

// Seals a workstation file whose personal data is plain under a data key of its own (with
// its reveal key), as its first administrator's sign-in does (FieldKeyAccess).
inline Result<> sealUnderAKeyOfItsOwn(Store &store)
{
    if (const auto made = FieldKeyring(store).create(); !made)
        return made.error();
    if (Result<> reveal = FieldKeyring(store).ensureRevealKey(); !reveal)
        return reveal;
    return PlaintextSealing(store).sealAll();
}

// A new workstation file at `path` made from the branch's snapshot as `username` downloads
// it. It must arrive with no data key (nothing of the imported file's keys came with it);
// it is then sealed under a key of its own (sealUnderAKeyOfItsOwn). The search index is the
// caller's to bring up to date.
inline Result<std::unique_ptr<Store>> workstationFromSnapshot(const QUrl &server,
                                                              const QString &username,
                                                              const QString &password,
                                                              const QString &path)
{
    SnapshotDownload download(server, username, password);
    const Result<SnapshotDownload::Outcome> installed = download.install(path);
    if (!installed)
        return installed.error();
    if (*installed != SnapshotDownload::Outcome::Installed)
        return Error(QStringLiteral("the server has no snapshot of the branch"));
    auto store = std::make_unique<Store>();
    if (const Result<> opened = store->open(path); !opened)
        return opened.error();
    if (store->fieldsEncrypted())
        return Error(path + QStringLiteral(" came with a data key: the snapshot holds a "
                                           "workstation's key"));
    if (const Result<> sealed = sealUnderAKeyOfItsOwn(*store); !sealed)
        return sealed.error();
    return store;
}

} // namespace bd::test
