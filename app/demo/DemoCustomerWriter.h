#pragma once

#include "app/demo/DemoCatalogue.h"
#include "app/demo/DemoContext.h"
#include "app/demo/DemoHouseholds.h"
#include "app/demo/DemoRowQueue.h"
#include "app/demo/DemoSql.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bd::demo {

// Writes one customer at a time with everything that hangs off them: holdings, month-end
// AUM, twelve months of transactions, events, contacts with customer voice, KYC, tags,
// expected fund arrivals, care tasks and call-list entries. All statements are prepared
// once; rows per customer stay moderate so a million customers fit in minutes.
class DemoCustomerWriter
{
public:
    explicit DemoCustomerWriter(DemoContext &context);
    bool ok() const { return m_context.error.isEmpty(); }
    // Queues the customer's rows; they are written a batch later (DemoRowQueue).
    bool write(std::int64_t index);
    // Writes what is still queued: call before anything reads the customers back.
    bool finish();
    std::int64_t rows() const; // rows written so far

private:
    struct Holding
    {
        const Product *product;
        std::int64_t amountFen;
        std::int64_t openedOn;
        std::int64_t maturityOn; // 0 = open-ended
        const char *status;
    };
    struct Plan // what is decided about a customer before any row is written
    {
        std::string id;
        std::string managerId;
        bool male = false;
        int age = 0;
        std::int64_t birthOn = 0;
        std::int64_t openedOn = 0;
        std::int64_t aumFen = 0;
        int tier = 0; // CustomerTier as int
        int previousTier = -1;
        std::int64_t tierChangedOn = 0;
        int changeMonthsBack = 0;
        bool largeOutflow = false;
        bool closing = false;
        bool salaried = false;
        bool hasLoan = false;
        bool hasKyc = false;
        bool owned = false;
        bool local = false;         // ID issued in Shanghai
        bool businessOwner = false;
        bool doNotContact = false;
        std::int64_t incomeFen = 0;
        int riskLevel = 0;
        std::uint64_t tagsUsed = 0;
        bool browsed[3] = {false, false, false}; // fund, insurance, precious metal
        std::vector<Holding> holdings;
    };

    // DemoCustomerWriter.cpp: the person, their products and AUM history
    void planPerson(Plan &plan);
    void planHoldings(Plan &plan);
    void writeCustomer(Plan &plan, std::int64_t index);
    void writeHoldings(const Plan &plan);
    void writeSnapshots(const Plan &plan);
    // DemoCustomerActivity.cpp: what the customer did and what the branch plans
    void writeTransactions(Plan &plan);
    void writeEvents(Plan &plan);
    void writeInteractions(Plan &plan);
    void writeKyc(Plan &plan);
    void writeTags(Plan &plan);
    void writeArrivalsAndTasks(const Plan &plan);
    void tag(Plan &plan, int tagIndex, const char *source, int confidence,
             const std::string &setBy = {});
    std::string stampOn(std::int64_t day, int fromHour, int toHour);

    DemoContext &m_context;
    DemoRandom &m_random;
    DemoRowQueue m_queue; // before every statement that queues into it
    DemoHouseholds m_households;
    DemoStatement m_customer, m_holding, m_snapshot, m_txn, m_event, m_interaction,
            m_kycSession, m_kycAnswer, m_kycField, m_customerTag, m_arrival, m_care, m_callTask;
};

} // namespace bd::demo
