# Issue 9, load and soak: the orchestrator executable on a big plan with fake_claude's random faults
# (tst_soak.cpp says what it checks). Labels e2e and soak; it keeps both cores busy for a while.
# It runs ORCH_SOAK_SUBTASKS (default 2000, the issue's size) subtasks on 32 workers; see
# docs/reliability.md for the figures.
orch_add_test(tst_soak
    SOURCES tst_soak.cpp
    LABELS e2e soak
    LIBS Qt6::Core nlohmann_json::nlohmann_json)
target_compile_definitions(tst_soak PRIVATE
    FAKE_CLAUDE="$<TARGET_FILE:fake_claude>"
    ORCH_CLI_BIN="$<TARGET_FILE:orchestrator>")
add_dependencies(tst_soak fake_claude orchestrator)
set_tests_properties(tst_soak PROPERTIES TIMEOUT 420 PROCESSORS 2)
