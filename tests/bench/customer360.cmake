# customer360 benchmarks (included from tests/bench/CMakeLists.txt).
branchdesk_add_test(bench_customer_search bench_customer_search.cpp
    LIBS BranchDeskServices PkgConfig::SQLITE3)
set_tests_properties(bench_customer_search PROPERTIES LABELS bench)
set_property(TEST bench_customer_search APPEND PROPERTY ENVIRONMENT
    "BRANCHDESK_BENCH_CUSTOMERS=2000")

branchdesk_add_test(bench_customer360_open bench_customer360_open.cpp LIBS BranchDeskServices)
set_tests_properties(bench_customer360_open PROPERTIES LABELS bench)
set_property(TEST bench_customer360_open APPEND PROPERTY ENVIRONMENT
    "BRANCHDESK_BENCH_CUSTOMERS=2000")
