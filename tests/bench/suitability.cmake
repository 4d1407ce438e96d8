# Next best offers (issue #20), included from tests/bench/CMakeLists.txt. By hand at 1M:
#   BRANCHDESK_BENCH_DB=/tmp/b1m.db build/tests/bench/bench_offers
branchdesk_add_test(bench_offers bench_offers.cpp LIBS bd_database_core bd_database_products bd_database_search bd_demo bd_services_offers bd_services_staff bd_services_suitability)
set_property(TEST bench_offers APPEND PROPERTY ENVIRONMENT
    "BRANCHDESK_BENCH_CUSTOMERS=2000")
