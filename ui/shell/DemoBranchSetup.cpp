#include "ui/shell/DemoBranchSetup.h"

#include "app/demo/DemoBranchGenerator.h"
#include "app/services/core/WorkstationStore.h"
#include "database/core/Store.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace bd {

DemoBranchSetup::DemoBranchSetup(QObject *parent)
    : QObject(parent)
{
}

bool DemoBranchSetup::fill(const QString &databasePath, int customers, QWidget *dialogParent)
{
    QProgressDialog progress(tr("Creating a demo branch with %Ln customers…", nullptr, customers),
                             QString(), 0, customers, dialogParent);
    progress.setWindowTitle(tr("First start of BranchDesk"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(420);
    progress.setValue(0);
    connect(this, &DemoBranchSetup::progressed, &progress, [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(total));
        progress.setValue(int(qMin(done, total)));
    });

    bool ok = false;
    QEventLoop loop;
    connect(this, &DemoBranchSetup::done, &loop, [&](bool succeeded, const QString &error) {
        ok = succeeded;
        m_error = error;
        loop.quit();
    });

    // The worker has its own Store and so its own connection; it never touches ours.
    std::unique_ptr<QThread> worker(QThread::create([this, databasePath, customers] {
        Store store;
        if (const Result<> opened = WorkstationStore::open(store, databasePath); !opened) {
            emit done(false, opened.errorString());
            return;
        }
        DemoBranchGenerator generator;
        DemoBranchGenerator::Options options;
        options.customers = customers;
        options.progress = [this](qint64 written, qint64 total) { emit progressed(written, total); };
        const Result<> generated = generator.generate(store, options);
        emit done(generated.ok(), generated.errorString());
    }));
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    progress.setValue(progress.maximum());
    return ok;
}

} // namespace bd
