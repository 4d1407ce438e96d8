# calls benchmarks (included from tests/bench/CMakeLists.txt).
branchdesk_add_test(bench_calls_day bench_calls_day.cpp LIBS bd_database_calls bd_database_core bd_database_search bd_demo bd_services_calls bd_services_staff)
set_property(TEST bench_calls_day APPEND PROPERTY ENVIRONMENT "BRANCHDESK_BENCH_CUSTOMERS=2000")

branchdesk_add_test(bench_care_planning bench_care_planning.cpp LIBS bd_database_core bd_database_search bd_demo bd_services_customer360 bd_services_staff bd_ui_calls)
set_property(TEST bench_care_planning APPEND PROPERTY ENVIRONMENT "BRANCHDESK_BENCH_CUSTOMERS=2000")
