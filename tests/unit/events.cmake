# Event marketing unit tests (included from tests/unit/CMakeLists.txt).
branchdesk_add_test(tst_rule_file tst_rule_file.cpp LIBS bd_rules)
branchdesk_add_test(tst_rule_engine tst_rule_engine.cpp LIBS bd_rules)
branchdesk_add_test(tst_event_parser tst_event_parser.cpp LIBS bd_rules)
