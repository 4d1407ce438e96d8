#pragma once

#include "app/demo/DemoRandom.h"

#include <span>

namespace bd::demo {

// What a branch sells and what its customers do and say: the demo's data tables.
enum class Family { Deposit, Wealth, Fund, Insurance, PreciousMetal, Bond, Trust, Loan };
const char *familyCode(Family family);

struct Product
{
    const char *code;
    const char *name;
    Family family;
    int rateBp;      // expected annual return or loan rate; 0 = floating (stored NULL)
    int termMonths;  // 0 = open-ended (no maturity date)
    int minimumYuan; // the product's minimum purchase
    int weight;
};

struct Occupation
{
    const char *occupation;
    const char *industry;
    int incomeLowWan; // annual income range in 万 yuan
    int incomeHighWan;
    bool salaried;    // salary credited by agency payroll (代发)
    int weight;
};

struct Voice
{
    const char *text;
    const char *sentiment;  // positive / neutral / negative
    const char *outcome;    // interaction outcome code
    const char *objection;  // empty if none
    const char *competitor; // empty if none
};

struct EventKind
{
    const char *kind;
    const char *channel;
    const char *details[4];
    int weight;
};

struct TagDefinition
{
    const char *dimension;
    const char *category;
    const char *value;
};

struct KycQuestion
{
    const char *cell; // PPF nine-grid cell: past/present/future . personal/family/finance
    const char *id;
    const char *field; // the KYC file's field this question fills (question_bank.json)
    const char *answers[4]; // JSON values
};

namespace DemoCatalogue {
std::span<const Product> products();
const Product &product(DemoRandom &random, Family family, std::int64_t maxYuan);
const Occupation &occupation(DemoRandom &random, int age);
const char *education(DemoRandom &random, int birthYear);
const Voice &voice(DemoRandom &random);
const char *contactPurpose(DemoRandom &random);
const EventKind &eventKind(DemoRandom &random);
std::span<const TagDefinition> tags();
std::span<const KycQuestion> kycQuestions();
const char *otherBank(DemoRandom &random);
const char *merchant(DemoRandom &random);
const char *employer(DemoRandom &random);
} // namespace DemoCatalogue

} // namespace bd::demo
