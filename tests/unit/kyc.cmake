# kyc unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_kyc_bank tst_kyc_bank.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_kyc_rules tst_kyc_rules.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_kyc_service tst_kyc_service.cpp LIBS BranchDeskServices)
