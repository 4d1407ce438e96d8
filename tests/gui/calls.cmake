# calls GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_calls_gui tst_calls_gui.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_staff bd_ui_calls bd_ui_shell)
# Signing in and out as the wealth manager and the branch head changes nothing on a demo branch.
branchdesk_add_test(tst_sign_in_changes_nothing tst_sign_in_changes_nothing.cpp LIBS bd_database_core bd_demo bd_ui_calls bd_ui_shell)
# The wealth manager's morning of issue #15 by keyboard on a demo branch, in both languages:
# Today ranked once per customer, prep sheet, 360, outcomes, checked in the stored rows; a
# teller's referral arriving through a real branchdesk-server while signed in, worked at once.
branchdesk_add_test(tst_wealth_manager_morning tst_wealth_manager_morning.cpp LIBS bd_database_core bd_database_staff bd_demo bd_server bd_services_branchfloor bd_sync bd_ui_branchfloor bd_ui_calls bd_ui_customer360 bd_ui_shell BranchDeskTranslations Qt6::Network TIMEOUT 300 STARTS server)
