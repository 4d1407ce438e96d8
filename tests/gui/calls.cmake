# calls GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_calls_gui tst_calls_gui.cpp LIBS BranchDeskUi)
