# customer360 GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_customer360_gui tst_customer360_gui.cpp LIBS BranchDeskUi)
