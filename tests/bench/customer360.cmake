# customer360 benchmarks (included from tests/bench/CMakeLists.txt).
branchdesk_add_test(bench_customer_search bench_customer_search.cpp
    LIBS bd_database_core bd_database_search bd_demo bd_domain bd_services_customers bd_services_staff PkgConfig::SQLITE3)
set_property(TEST bench_customer_search APPEND PROPERTY ENVIRONMENT
    "BRANCHDESK_BENCH_CUSTOMERS=2000")

branchdesk_add_test(bench_customer360_open bench_customer360_open.cpp LIBS bd_database_core bd_database_search bd_demo bd_services_customer360 bd_services_staff)
set_property(TEST bench_customer360_open APPEND PROPERTY ENVIRONMENT
    "BRANCHDESK_BENCH_CUSTOMERS=2000")
