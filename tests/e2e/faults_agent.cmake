# Issue 9, the fault matrix's agent and API half: the orchestrator executable with one fault at a
# time (fake_claude for faults of the agent process, the real CLI and mock_anthropic for the API),
# each checked for its outcome and with tests/support/RunAudit.h (nothing lost, nothing leaked).
# Without ORCH_CLAUDE_BIN the real-CLI cases QSKIP (and CTest reports the test as skipped); the
# fake-agent cases run everywhere. Several real-CLI runs overlap, hence PROCESSORS 2.
orch_add_test(tst_faults_agent
    SOURCES tst_faults_agent.cpp
    LABELS e2e faults
    LIBS Qt6::Core Qt6::Network
    ${claude_env})
target_compile_definitions(tst_faults_agent PRIVATE
    ORCH_MOCK_ANTHROPIC_PATH="$<TARGET_FILE:mock_anthropic>"
    ORCH_CLI_BIN="$<TARGET_FILE:orchestrator>"
    FAKE_CLAUDE_BIN="$<TARGET_FILE:fake_claude>")
add_dependencies(tst_faults_agent mock_anthropic orchestrator fake_claude)
set_tests_properties(tst_faults_agent PROPERTIES
    TIMEOUT 300 PROCESSORS 2 SKIP_REGULAR_EXPRESSION "SKIP   : TestFaultsAgent::")
