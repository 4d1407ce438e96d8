# dashboards GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_dashboards tst_dashboards.cpp LIBS BranchDeskUi BranchDeskTranslations)
