# kyc unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_kyc_bank tst_kyc_bank.cpp LIBS bd_services_kyc)
branchdesk_add_test(tst_kyc_rules tst_kyc_rules.cpp LIBS bd_services_kyc)
branchdesk_add_test(tst_kyc_service tst_kyc_service.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_kyc bd_services_staff)
