# kyc unit tests (included from tests/unit/CMakeLists.txt).
