# customer voice GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_voice_gui tst_voice_gui.cpp LIBS bd_database_calls bd_database_core bd_database_search bd_database_staff bd_services_staff bd_ui_calls bd_ui_voice)
