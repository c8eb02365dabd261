# Issue 9, secrets and privileges: a run with ANTHROPIC_API_KEY set to a marker, with the real CLI
# and the mock, leaves the marker in no file, argv or container configuration (labels e2e security).
# One source, two executables: the docker part has its own, so the rest runs without docker.
foreach(variant IN ITEMS tst_secrets_e2e tst_secrets_docker_e2e)
    set(labels e2e security)
    if(variant STREQUAL "tst_secrets_docker_e2e")
        list(APPEND labels docker)
    endif()
    orch_add_test(${variant}
        SOURCES tst_secrets_e2e.cpp
        LABELS ${labels}
        LIBS Qt6::Core Qt6::Network
        ${claude_env})
    target_compile_definitions(${variant} PRIVATE
        ORCH_MOCK_ANTHROPIC_PATH="$<TARGET_FILE:mock_anthropic>"
        ORCH_CLI_BIN="$<TARGET_FILE:orchestrator>")
    add_dependencies(${variant} mock_anthropic orchestrator)
    # Each CLI start takes about 300 MB and half a CPU second: the test takes both cores.
    set_tests_properties(${variant} PROPERTIES
        TIMEOUT 400 PROCESSORS 2 SKIP_REGULAR_EXPRESSION "SKIP   : TestSecretsE2e::initTestCase")
endforeach()
target_compile_definitions(tst_secrets_docker_e2e PRIVATE ORCH_SECRETS_DOCKER)
