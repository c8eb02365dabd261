# Tests of ui/logs (run list, log browser): orch_add_test(... LABELS gui LIBS orch_ui) here.
