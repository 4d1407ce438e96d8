# segments unit tests (included from tests/unit/CMakeLists.txt).
# The sync client: a pulled customer_tag change reaches the segment's tag list.
branchdesk_add_test(tst_segment_compiler tst_segment_compiler.cpp LIBS bd_database_core bd_database_search bd_database_segments bd_database_staff bd_database_sync bd_services_privacy bd_services_segments bd_services_staff)
branchdesk_add_test(tst_segment_service tst_segment_service.cpp LIBS bd_database_core bd_database_search bd_database_staff bd_services_segments bd_services_staff)
