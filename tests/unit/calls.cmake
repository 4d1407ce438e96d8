# calls unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_calls_ranking tst_calls_ranking.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_contact_policy tst_contact_policy.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_call_lists tst_call_lists.cpp LIBS BranchDeskServices)
