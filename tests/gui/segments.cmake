# segments GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_segment_workbench tst_segment_workbench.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_segments bd_services_staff bd_ui_segments)
