# Households and suitability on the desks (issue #20); included from tests/gui/CMakeLists.txt.
branchdesk_add_test(tst_suitability_gui tst_suitability_gui.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_households bd_services_staff bd_ui_branchfloor bd_ui_customer360 bd_ui_households bd_ui_suitability)
