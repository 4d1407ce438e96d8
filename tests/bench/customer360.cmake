# customer360 benchmarks (included from tests/bench/CMakeLists.txt).
