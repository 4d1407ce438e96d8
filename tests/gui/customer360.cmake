# customer360 GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_customer360_gui tst_customer360_gui.cpp LIBS bd_database_core bd_database_search bd_database_sync bd_demo bd_domain bd_services_staff bd_ui_common bd_ui_customer360 bd_ui_kyc bd_ui_shell)
# The shared customer search field: Enter, Tab and a click take the highlighted suggestion once.
branchdesk_add_test(tst_customer_search_field tst_customer_search_field.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_staff bd_ui_common)
