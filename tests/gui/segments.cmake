# segments GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_segment_workbench tst_segment_workbench.cpp LIBS BranchDeskUi)
