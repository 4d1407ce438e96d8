# kyc benchmarks (included from tests/bench/CMakeLists.txt).
