#pragma once

// A new workstation of an imported demo branch made from the branch's snapshot, as the
// first sign-in of its wealth manager leaves it (see ImportedDemoBranch.h).
#include "app/domain/Result.h"
#include "app/sync/SnapshotDownload.h"
#include "database/core/FieldKeyring.h"
#include "database/core/Store.h"
#include "database/privacy/PlaintextSealing.h"

#include <QSqlQuery>
#include <QUrl>

#include <memory>

namespace bd::test {

// A new workstation file at `path` made from the branch's snapshot as `username` downloads
// it, with the data key opened by the demo's wealth manager as their sign-in there does
// (FieldKeyAccess): what came in plain is sealed.
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
    QSqlQuery wealth(store->database());
    if (!wealth.exec(QStringLiteral("SELECT id FROM staff_user WHERE username = 'wealth'"))
        || !wealth.next())
        return Error(QStringLiteral("no wealth manager on the roster of ") + path);
    const QString wealthId = wealth.value(0).toString();
    wealth.finish(); // a statement left open would keep the sealing below from its DDL
    const Result<FieldKeyring::OpenResult> key
            = FieldKeyring(*store).open(wealthId, QStringLiteral("wealth-demo"), true);
    if (!key)
        return key.error();
    if (*key != FieldKeyring::OpenResult::Opened)
        return Error(QStringLiteral("the wealth manager's key slot does not open"));
    PlaintextSealing sealing(*store);
    if (!sealing.isSealed()) {
        if (const Result<> sealed = sealing.sealAll(); !sealed)
            return sealed.error();
    }
    return store;
}

} // namespace bd::test
