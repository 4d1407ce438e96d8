# customer360 GUI tests (included from tests/gui/CMakeLists.txt).
