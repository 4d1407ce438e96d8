#include "app/services/core/ServiceLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "branchdesk.auth")
Q_LOGGING_CATEGORY(lcAudit, "branchdesk.audit")
Q_LOGGING_CATEGORY(lcDemo, "branchdesk.demo")
