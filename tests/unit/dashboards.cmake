# dashboards unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_dashboard_queries tst_dashboard_queries.cpp LIBS bd_common bd_database_baseline bd_database_core bd_database_dashboards bd_database_privacy bd_database_search bd_database_staff bd_demo bd_services_dashboards bd_services_kyc bd_services_staff)
# The kept customer counts behind the head's and manager's figures (issue #15, migration 0033).
branchdesk_add_test(tst_customer_figures tst_customer_figures.cpp LIBS bd_common bd_database_baseline bd_database_core bd_database_dashboards bd_database_opportunities bd_database_privacy bd_database_search bd_database_segments bd_database_staff bd_database_workspaces bd_demo)
