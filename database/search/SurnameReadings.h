#pragma once

#include <QStringList>
#include <QStringView>

namespace bd::SurnameReadings {
// How a name's surname is read. Polyphonic characters read differently as surnames
// (单 Shàn, not dān; 区 Ōu, not qū), and compound surnames (欧阳, 尉迟) must be taken as
// one. Returns the readings of the surname at the start of `name` and sets `length` to
// its character count; empty if the surname needs no override. A compound surname's
// reading separates its syllables with '-' ("ou-yang").
QStringList lookup(QStringView name, int *length);
} // namespace bd::SurnameReadings
