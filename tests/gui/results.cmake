# Tests of ui/results.
orch_add_test(tst_diffview SOURCES tst_diffview.cpp LABELS gui LIBS orch_ui)
orch_add_test(tst_results SOURCES tst_results.cpp LABELS gui LIBS orch_ui)
