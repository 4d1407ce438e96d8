# dashboards GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_dashboards tst_dashboards.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_kyc bd_services_staff bd_ui_dashboards bd_ui_shell BranchDeskTranslations)
