#include "database/core/DatabaseLogging.h"

Q_LOGGING_CATEGORY(lcDb, "branchdesk.db")
