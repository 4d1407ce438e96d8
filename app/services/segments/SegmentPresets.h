#pragma once

#include "app/domain/SegmentDefinition.h"

#include <QList>
#include <QString>

namespace bd {

// The branch's standard target groups (DOMAIN.md section 5), as ready-made definitions
// that the builder loads and staff adjust.
struct SegmentPreset
{
    QString code;
    QString name;        // translated
    QString description; // translated: who is in it and why
    SegmentDefinition definition;
};

namespace SegmentPresets {
QList<SegmentPreset> all();
std::optional<SegmentPreset> find(const QString &code);
} // namespace SegmentPresets

} // namespace bd
