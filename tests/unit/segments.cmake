# segments unit tests (included from tests/unit/CMakeLists.txt).
# BranchDeskSync: a pulled customer_tag change reaches the segment's tag list.
branchdesk_add_test(tst_segment_compiler tst_segment_compiler.cpp LIBS BranchDeskServices BranchDeskSync)
branchdesk_add_test(tst_segment_service tst_segment_service.cpp LIBS BranchDeskServices)
