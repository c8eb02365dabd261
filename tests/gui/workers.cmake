# Tests of ui/workers (worker table, output view, actions, charts). Those that run a real
# Orchestrator drive the fake_claude test double by its built path.
foreach(test tst_workermodel tst_outputview tst_workerspanel)
    orch_add_test(${test} SOURCES ${test}.cpp tst_workers_support.h LABELS gui LIBS orch_ui)
    target_compile_definitions(${test} PRIVATE FAKE_CLAUDE="$<TARGET_FILE:fake_claude>")
    add_dependencies(${test} fake_claude)
endforeach()
orch_add_test(tst_resourcechart SOURCES tst_resourcechart.cpp LABELS gui LIBS orch_ui)
