#include "ui/shell/DataUpgradeProgress.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace bd {

Result<> DataUpgradeProgress::run(QWidget *parent, const FieldKeyAccess::Upgrade &upgrade)
{
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("dataUpgradeProgress"));
    dialog.setWindowTitle(tr("Upgrading the customer data"));
    const QString once = tr("This is done once on this workstation, after an upgrade. You may "
                            "stop it: what is done is kept and it goes on at the next sign-in.");
    dialog.setLabelText(tr("Preparing...") + QLatin1Char('\n') + once);
    dialog.setCancelButtonText(tr("&Stop"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    dialog.setRange(0, 1000);
    dialog.setValue(0);
    std::atomic<bool> stop{false};
    // The default cancel() hides the window at once; it stays until the batch is done.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, &stop] {
        stop = true;
        dialog.setLabelText(tr("Stopping after the current batch..."));
    });

    Result<> result;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = upgrade([&dialog, &stop, once](const QString &step, qint64 done, qint64 total) {
            const int permille = total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0;
            // Queued to the window (dropped if it is gone): the worker never touches a widget.
            QMetaObject::invokeMethod(&dialog, [&dialog, &stop, step, permille, once] {
                if (stop)
                    return;
                dialog.setLabelText(step + QLatin1Char('\n') + once);
                dialog.setValue(permille);
            }, Qt::QueuedConnection);
            return !stop.load();
        });
    }));
    QEventLoop waiting;
    QObject::connect(worker.get(), &QThread::finished, &waiting, &QEventLoop::quit);
    worker->start();
    dialog.show();
    waiting.exec(); // the finished signal is queued here, so it cannot come before exec()
    worker->wait();
    return result;
}

} // namespace bd
