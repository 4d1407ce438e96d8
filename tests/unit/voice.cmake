# customer voice unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_voice_analyser tst_voice_analyser.cpp LIBS bd_domain_voice)
