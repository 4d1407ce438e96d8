# dashboards unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_dashboard_queries tst_dashboard_queries.cpp LIBS BranchDeskServices BranchDeskSync)
