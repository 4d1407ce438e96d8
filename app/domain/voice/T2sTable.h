#pragma once

// The generated table (T2sTable.generated.cpp, made at build time from Debian's OpenCC data
// by tools/make_t2s_table.cpp): traditional and variant Han characters and the one
// simplified character each becomes. Sorted by `from`.
namespace bd::T2sTable {
struct Entry
{
    char16_t from;
    char16_t to;
};
extern const Entry kEntries[];
extern const int kEntryCount;
} // namespace bd::T2sTable
