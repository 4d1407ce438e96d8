# calls benchmarks (included from tests/bench/CMakeLists.txt).
branchdesk_add_test(bench_calls_day bench_calls_day.cpp LIBS BranchDeskServices)
set_tests_properties(bench_calls_day PROPERTIES LABELS bench)
set_property(TEST bench_calls_day APPEND PROPERTY ENVIRONMENT "BRANCHDESK_BENCH_CUSTOMERS=2000")
