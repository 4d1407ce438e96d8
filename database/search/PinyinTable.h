#pragma once

// The generated table (PinyinTable.generated.cpp, made at build time from Unihan):
// toneless readings per Han character, space-separated, customary reading first.
namespace bd::PinyinTable {
struct Entry
{
    char32_t codepoint;
    const char *readings;
};
extern const Entry kEntries[]; // sorted by codepoint
extern const int kEntryCount;
} // namespace bd::PinyinTable
