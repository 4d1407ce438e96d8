#pragma once

// What every fuzz target needs: a QCoreApplication (Qt SQL loads its driver plugin through
// it) and a scratch store in a temporary directory, made once per process.
#include "app/services/core/Session.h"
#include "database/core/Store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdlib>
#include <cstdint>

namespace bd::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "branchdesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application
            = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)application;
}

// A migrated, empty store (one branch, no customers) shared by every input of a run.
// Closed by an exit handler registered after Qt SQL's own globals exist, so it runs
// before they are torn down.
inline Store &scratchStore()
{
    static QTemporaryDir *dir = nullptr;
    static Store *store = nullptr;
    if (!store) {
        ensureApplication();
        dir = new QTemporaryDir;
        store = new Store;
        if (const Result<> opened = store->open(dir->filePath(QStringLiteral("fuzz.db"))); !opened)
            qFatal("fuzz: cannot open the scratch store: %s", qPrintable(opened.errorString()));
        std::atexit([] {
            store->close();
            delete store;
            delete dir;
        });
    }
    return *store;
}

// A signed-in administrator (import_data) without going through Argon2 for every input.
inline Session administrator()
{
    Session session;
    session.user.id = QStringLiteral("fuzz-admin");
    session.user.username = QStringLiteral("fuzz");
    session.user.displayName = QStringLiteral("Fuzz");
    session.user.role = StaffRole::Admin;
    session.user.active = true;
    return session;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace bd::fuzz
