# privacy unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_privacy tst_privacy.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_import tst_import.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_permission_matrix tst_permission_matrix.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_csv_reader tst_csv_reader.cpp LIBS BranchDeskServices)
