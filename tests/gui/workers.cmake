# Tests of ui/workers (worker table, output view, charts): orch_add_test(... LABELS gui LIBS orch_ui) here.
