#pragma once

#include "app/demo/DemoRandom.h"

#include <string>

namespace bd::demo {

// Chinese personal names and the places on an ID card and an address.
struct Surname
{
    const char *text;
    int weight; // per 100,000 people, after the 2020 census ranking
};

struct AreaCode
{
    const char *code;     // GB/T 2260 county-level code, the first 6 ID digits
    const char *province; // "" for municipalities
    const char *city;
    const char *district;
    int weight;
};

namespace DemoNames {
std::string fullName(DemoRandom &random, bool male, int birthYear);
const char *surnameOf(DemoRandom &random);
// Staff display names come from a fixed list so the roster reads the same every time.
const char *staffName(int index);

const AreaCode &birthPlace(DemoRandom &random); // weighted towards Shanghai
// The district (e.g. 浦东新区) is also given apart: it is the customer's locality, which
// segments filter on without reading the (sensitive) address.
std::string shanghaiAddress(DemoRandom &random, std::string *district = nullptr);
std::string mobile(DemoRandom &random);
} // namespace DemoNames

} // namespace bd::demo
