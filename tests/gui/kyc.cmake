# kyc GUI tests (included from tests/gui/CMakeLists.txt).
