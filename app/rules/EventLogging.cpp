#include "app/rules/EventLogging.h"

Q_LOGGING_CATEGORY(lcEvents, "branchdesk.events")
