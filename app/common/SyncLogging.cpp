#include "app/common/SyncLogging.h"

Q_LOGGING_CATEGORY(lcSync, "branchdesk.sync")
