# branchfloor GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_lobby_routes tst_lobby_routes.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_database_workspaces bd_services_staff bd_ui_branchfloor bd_ui_shell)
branchdesk_add_test(tst_teller_referral tst_teller_referral.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_staff bd_ui_branchfloor bd_ui_shell)
branchdesk_add_test(tst_teller_counter tst_teller_counter.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_staff bd_ui_branchfloor bd_ui_shell)
branchdesk_add_test(tst_referral_form tst_referral_form.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_staff bd_services_branchfloor bd_ui_branchfloor)
# The role-plays of issue #15 (teller, retiree with a ticket, office worker) by keyboard on a
# demo branch, checked in the stored rows.
branchdesk_add_test(tst_floor_role_plays tst_floor_role_plays.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_demo bd_services_staff bd_ui_branchfloor bd_ui_common bd_ui_shell)
