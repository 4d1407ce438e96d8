# privacy GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_idle_lock tst_idle_lock.cpp LIBS BranchDeskUi)
branchdesk_add_test(tst_privacy_gui tst_privacy_gui.cpp LIBS BranchDeskUi)
