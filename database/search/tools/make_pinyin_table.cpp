// Build-time generator: reads Unihan_Readings.txt (Debian's unicode-data) on stdin and
// writes the C++ table of toneless pinyin readings per Han character on stdout.
// Fields used, in order of preference: kMandarin (the customary reading), kHanyuPinyin,
// kTGHZ2013 and kXHC1983 (the dictionaries that list the other readings, e.g. 区 ōu).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Tone-marked vowels (as UTF-8) to plain ASCII; ü becomes v as in pinyin input methods.
const std::vector<std::pair<std::string, std::string>> kToneless = {
        {"ā", "a"}, {"á", "a"}, {"ǎ", "a"}, {"à", "a"}, {"ē", "e"}, {"é", "e"}, {"ě", "e"},
        {"è", "e"}, {"ī", "i"}, {"í", "i"}, {"ǐ", "i"}, {"ì", "i"}, {"ō", "o"}, {"ó", "o"},
        {"ǒ", "o"}, {"ò", "o"}, {"ū", "u"}, {"ú", "u"}, {"ǔ", "u"}, {"ù", "u"}, {"ǖ", "v"},
        {"ǘ", "v"}, {"ǚ", "v"}, {"ǜ", "v"}, {"ü", "v"}, {"ń", "n"}, {"ň", "n"}, {"ǹ", "n"},
        {"ḿ", "m"}, {"m̀", "m"}, {"ê̄", "e"}, {"ế", "e"}, {"ê̌", "e"}, {"ề", "e"}, {"ê", "e"}};

std::string toneless(std::string reading)
{
    for (const auto &[marked, plain] : kToneless) {
        for (std::size_t at = reading.find(marked); at != std::string::npos;
             at = reading.find(marked, at + plain.size()))
            reading.replace(at, marked.size(), plain);
    }
    std::string ascii;
    for (char c : reading) {
        if (c >= 'a' && c <= 'z')
            ascii += c;
        else if (c >= 'A' && c <= 'Z')
            ascii += char(c - 'A' + 'a');
    }
    return ascii;
}

int preference(const std::string &field)
{
    if (field == "kMandarin")
        return 0;
    if (field == "kHanyuPinyin")
        return 1;
    if (field == "kTGHZ2013")
        return 2;
    if (field == "kXHC1983")
        return 3;
    return -1;
}

// "10019.020:zhāng,cháng 10020.030:zhàng" -> zhang, chang, zhang
std::vector<std::string> readingsOf(const std::string &value)
{
    std::vector<std::string> result;
    std::istringstream words(value);
    std::string word;
    while (words >> word) {
        const std::size_t colon = word.find(':');
        std::string list = colon == std::string::npos ? word : word.substr(colon + 1);
        std::istringstream parts(list);
        std::string part;
        while (std::getline(parts, part, ',')) {
            const std::string plain = toneless(part);
            if (!plain.empty())
                result.push_back(plain);
        }
    }
    return result;
}

} // namespace

int main()
{
    std::map<unsigned long, std::vector<std::pair<int, std::string>>> table;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        std::string code, field;
        if (!std::getline(fields, code, '\t') || !std::getline(fields, field, '\t'))
            continue;
        const int rank = preference(field);
        if (rank < 0 || code.size() < 3)
            continue;
        std::string value;
        std::getline(fields, value);
        const unsigned long codepoint = std::stoul(code.substr(2), nullptr, 16);
        for (const std::string &reading : readingsOf(value))
            table[codepoint].emplace_back(rank, reading);
    }
    if (table.size() < 20000) {
        std::cerr << "make_pinyin_table: only " << table.size()
                  << " characters read; is Unihan_Readings.txt complete?\n";
        return 1;
    }

    std::cout << "// Generated at build time from Unihan_Readings.txt by make_pinyin_table.\n"
                 "// Do not edit.\n#include \"database/search/PinyinTable.h\"\n\nnamespace bd::PinyinTable {\n"
                 "const Entry kEntries[] = {\n";
    for (auto &[codepoint, readings] : table) {
        std::stable_sort(readings.begin(), readings.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::string joined;
        std::vector<std::string> seen;
        for (const auto &entry : readings) {
            bool duplicate = false;
            for (const std::string &s : seen)
                duplicate = duplicate || s == entry.second;
            if (duplicate)
                continue;
            seen.push_back(entry.second);
            if (!joined.empty())
                joined += ' ';
            joined += entry.second;
        }
        std::cout << "    {0x" << std::hex << codepoint << std::dec << ", \"" << joined << "\"},\n";
    }
    std::cout << "};\nconst int kEntryCount = int(sizeof(kEntries) / sizeof(kEntries[0]));\n"
                 "} // namespace bd::PinyinTable\n";
    return 0;
}
