#pragma once

#include "app/services/staff/FieldKeyAccess.h"

#include <QCoreApplication>

class QWidget;

namespace bd {

// The window of an old file's upgrade at sign-in (FieldKeyAccess::Upgrade: sealing the plain
// customer data, then the search keys; minutes at a million customers). The upgrade runs on
// a worker thread with its own connection; the window follows it step by step and the
// desk keeps answering. Stop ends it after the current batch: what is done is kept and the
// next sign-in goes on from there.
class DataUpgradeProgress
{
    Q_DECLARE_TR_FUNCTIONS(DataUpgradeProgress)

public:
    static Result<> run(QWidget *parent, const FieldKeyAccess::Upgrade &upgrade);
};

} // namespace bd
