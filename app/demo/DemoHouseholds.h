#pragma once

#include "app/demo/DemoContext.h"
#include "app/demo/DemoSql.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bd::demo {

// Families of the demo branch and the day each customer's risk tolerance was assessed
// (issue #20). Its own random stream and id generator, so everything else the generator
// writes for a seed stays as it was; the same seed still gives the same branch.
//
// As customers are written, some become possible heads of a household; a later customer
// may join one as spouse, child, parent, other relative or business partner (by age,
// gender and marriage), usually at the same address. A few share an address with a
// household without being linked: the suggested links a person confirms.
class DemoHouseholds
{
public:
    struct Person
    {
        std::string id;
        int age = 0;
        bool male = false;
        bool married = false;
        bool businessOwner = false;
    };
    struct Home
    {
        std::string address;
        std::string locality;
    };

    DemoHouseholds(DemoContext &context, DemoRowQueue *queue);

    // Before the customer's row: whether they join a household, and the home written for
    // them (the household's, when they live together).
    Home place(const Person &person, Home home);
    // After the customer's row: the household rows decided by place().
    void write();
    // The day a customer without KYC was assessed (core banking's questionnaire): most
    // within the last twelve months, some older; empty without a risk level.
    std::string assessedOn(bool hasRiskLevel, bool hasKyc);
    std::int64_t rows() const { return m_household.rows() + m_member.rows(); }

private:
    struct Head
    {
        std::string id;
        std::string householdId; // empty until someone joins
        Person person;
        Home home;
        int members = 1;
    };
    const char *relationTo(const Head &head, const Person &person);

    DemoContext &m_context;
    DemoRandom m_random;
    Uuid7Generator m_ids;
    std::vector<Head> m_heads; // candidate heads, most recent customers
    DemoStatement m_household, m_member;
    // Decided by place() for write():
    std::string m_newHousehold;    // a household to create, headed by m_newHead
    std::string m_newHead;
    std::string m_joins;           // the household the customer joins
    std::string m_joiner;
    const char *m_relation = nullptr;
};

} // namespace bd::demo
