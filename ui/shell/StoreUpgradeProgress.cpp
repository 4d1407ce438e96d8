#include "ui/shell/StoreUpgradeProgress.h"

#include "database/core/MigrationProgress.h"
#include "database/core/Store.h" // StoreOpening owns one

#include <QApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace bd {

QString StoreUpgradeProgress::stepText(int step, int steps, int percent)
{
    const QString text = tr("Updating this branch's data for the new version: step %1 of %2")
                                 .arg(step)
                                 .arg(steps);
    return percent < 0 ? text : tr("%1 (%2 %)").arg(text).arg(percent);
}

StoreOpening StoreUpgradeProgress::open(const QString &path, QWidget *parent,
                                        const MigrationProgressFn &listener)
{
    // Made on the first word of an upgrade only: an up-to-date file shows nothing.
    QPointer<QProgressDialog> dialog;
    const auto show = [&dialog, parent](const MigrationProgress &progress) {
        if (!dialog) {
            dialog = new QProgressDialog(parent);
            dialog->setObjectName(QStringLiteral("storeUpgradeProgress"));
            dialog->setWindowTitle(tr("BranchDesk is being updated"));
            dialog->setCancelButton(nullptr); // a step half done cannot be left: it goes on
            dialog->setWindowModality(Qt::ApplicationModal);
            dialog->setAutoClose(false);
            dialog->setAutoReset(false);
            dialog->setMinimumDuration(0);
            dialog->setRange(0, 1000);
            dialog->show();
        }
        const int percent = progress.fraction < 0 ? -1 : int(progress.fraction * 100);
        // The seconds move even while a step cannot tell how far it is (a sort at 1M
        // customers runs 18 s inside SQLite): the window is seen to be alive.
        dialog->setLabelText(
                stepText(progress.step, progress.steps, percent) + QLatin1Char('\n')
                + tr("%n second(s) so far.", nullptr, int(progress.elapsedMs / 1000))
                + QLatin1Char('\n')
                + tr("This is done once, after BranchDesk was updated. Please wait: the sign-in "
                     "comes when it is done."));
        // The bar covers the whole upgrade; a step that cannot tell how far it is holds it.
        const double within = progress.fraction < 0 ? 0.0 : progress.fraction;
        const double whole = progress.steps > 0
                ? (progress.step - 1 + within) / progress.steps
                : 0.0;
        dialog->setValue(int(whole * 1000));
    };

    StoreOpening opening;
    QEventLoop waiting;
    std::unique_ptr<QThread> worker(QThread::create([&opening, &waiting, &listener, show, path] {
        opening = openWorkstationStore(path, [&waiting, &listener, show](const MigrationProgress &progress) {
            if (listener)
                listener(progress);
            // Queued to the GUI thread: the worker never touches a widget.
            QMetaObject::invokeMethod(&waiting, [show, progress] { show(progress); },
                                      Qt::QueuedConnection);
        });
    }));
    worker->setObjectName(QStringLiteral("BranchDesk open"));
    QObject::connect(worker.get(), &QThread::finished, &waiting, &QEventLoop::quit);
    // No window may be up yet: the progress window closing must not end the program.
    const bool quitOnLastWindow = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    worker->start();
    waiting.exec(); // the finished signal is queued here, so it cannot come before exec()
    worker->wait();
    // Every report was posted before the finished signal, so each was shown before the loop
    // ended; the window goes with the upgrade.
    delete dialog;
    QApplication::setQuitOnLastWindowClosed(quitOnLastWindow);
    return opening;
}

} // namespace bd
