# Tests of ui/logs (run list, log browser): orch_add_test(... LABELS gui LIBS orch_ui) here.
orch_add_test(tst_logindex SOURCES tst_logindex.cpp LABELS gui LIBS orch_ui)
orch_add_test(tst_logbrowser SOURCES tst_logbrowser.cpp LABELS gui LIBS orch_ui)
