# branchfloor GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_lobby_routes tst_lobby_routes.cpp LIBS BranchDeskUi)
branchdesk_add_test(tst_teller_referral tst_teller_referral.cpp LIBS BranchDeskUi)
