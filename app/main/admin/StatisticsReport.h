#pragma once

#include "database/workspaces/StatisticsRepository.h"

#include <QJsonObject>
#include <QStringList>

namespace bd::admin::StatisticsReport {
// The counts of a store as aligned "label: value" lines, and as JSON.
QStringList lines(const StoreStatistics &statistics);
QJsonObject json(const StoreStatistics &statistics);
} // namespace bd::admin::StatisticsReport
