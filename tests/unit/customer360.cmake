# customer360 unit tests (included from tests/unit/CMakeLists.txt).
