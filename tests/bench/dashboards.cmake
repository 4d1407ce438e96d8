# dashboards benchmarks (included from tests/bench/CMakeLists.txt). 1M by hand:
#   BRANCHDESK_BENCH_DB=/tmp/bd1m-dash.db build/tests/bench/bench_dashboards
branchdesk_add_test(bench_dashboards bench_dashboards.cpp
    LIBS bd_database_core bd_database_search bd_demo bd_services_dashboards bd_services_staff PkgConfig::SQLITE3)
set_property(TEST bench_dashboards APPEND PROPERTY ENVIRONMENT
    "BRANCHDESK_BENCH_CUSTOMERS=2000")
