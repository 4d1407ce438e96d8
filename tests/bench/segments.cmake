# segments benchmarks (included from tests/bench/CMakeLists.txt). Small N in ctest; the
# 1,000,000-customer figures are made by hand (docs/BENCHMARKS.md).
branchdesk_add_test(bench_segments bench_segments.cpp LIBS bd_database_core bd_database_search bd_database_segments bd_demo bd_services_segments bd_services_staff PkgConfig::SQLITE3)
set_property(TEST bench_segments APPEND PROPERTY ENVIRONMENT "BRANCHDESK_BENCH_CUSTOMERS=2000")
