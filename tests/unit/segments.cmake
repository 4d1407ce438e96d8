# segments unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_segment_compiler tst_segment_compiler.cpp LIBS BranchDeskServices)
branchdesk_add_test(tst_segment_service tst_segment_service.cpp LIBS BranchDeskServices)
