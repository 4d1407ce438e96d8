#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace bd {

// Fills a new database with a demo branch on first run. The generator runs in a worker
// thread with its own Store on the same file; progress comes back through queued signals
// to a progress dialog, so the window stays responsive.
class DemoBranchSetup : public QObject
{
    Q_OBJECT

public:
    explicit DemoBranchSetup(QObject *parent = nullptr);

    // Blocks in a local event loop until the demo is written; false with errorString().
    bool fill(const QString &databasePath, int customers, QWidget *dialogParent = nullptr);
    QString errorString() const { return m_error; }

signals:
    void progressed(qint64 done, qint64 total);
    void done(bool ok, const QString &error);

private:
    QString m_error;
};

} // namespace bd
