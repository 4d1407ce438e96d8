#pragma once

#include <QLoggingCategory>

// branchdesk.events: events received and evaluated, rules loaded or refused, deliveries.
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
