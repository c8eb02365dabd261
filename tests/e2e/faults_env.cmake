# Issue 9's fault matrix, the environment half (tst_faults_env*.cpp): the orchestrator executable
# against a killed orchestrator, a full or read-only workspace, a locked or dirty repository, a
# config file changed mid-run and two orchestrators on one workspace; and in docker mode, with a
# private docker daemon of the test's own (tests/support/PrivateDocker.h), the daemon killed
# mid-run, a missing image and a container killed by its memory limit.
# Mounting (tmpfs, read-only binds) and a private dockerd need root; without it those cases QSKIP.
orch_add_test(tst_faults_env
    SOURCES tst_faults_env.cpp
    LABELS e2e faults
    LIBS Qt6::Core nlohmann_json::nlohmann_json)
target_compile_definitions(tst_faults_env PRIVATE ORCH_CLI_BIN="$<TARGET_FILE:orchestrator>")
add_dependencies(tst_faults_env orchestrator)
set_tests_properties(tst_faults_env PROPERTIES TIMEOUT 180 PROCESSORS 2)

# Docker mode against a private daemon the test starts and kills (never the shared one).
orch_add_test(tst_faults_env_docker
    SOURCES tst_faults_env_docker.cpp
    LABELS e2e faults docker
    LIBS Qt6::Core nlohmann_json::nlohmann_json)
target_compile_definitions(tst_faults_env_docker PRIVATE ORCH_CLI_BIN="$<TARGET_FILE:orchestrator>")
add_dependencies(tst_faults_env_docker orchestrator)
set_tests_properties(tst_faults_env_docker PROPERTIES TIMEOUT 180 PROCESSORS 2
    SKIP_REGULAR_EXPRESSION "SKIP   : TestFaultsEnvDocker::initTestCase")
