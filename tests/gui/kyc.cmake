# kyc GUI tests (included from tests/gui/CMakeLists.txt).
branchdesk_add_test(tst_kyc_wizard tst_kyc_wizard.cpp LIBS BranchDeskUi)
