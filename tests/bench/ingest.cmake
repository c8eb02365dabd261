# 2 agent output ingestion: a stream-json transcript through ClaudeStreamParser as the Worker
# feeds it, against `wc -l` and `jq -c .type` (tests/bench/ingest.sh). The smoke runs the whole
# script on a small transcript and fails when the parser's event counts differ from the
# generator's.
add_executable(bench_ingest bench_ingest.cpp bench_ingest_generator.h bench_ingest_generator.cpp)
target_link_libraries(bench_ingest PRIVATE orch_common orch_core)
add_test(NAME bench_ingest_smoke COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/ingest.sh ${PROJECT_BINARY_DIR} --smoke)
set_tests_properties(bench_ingest_smoke PROPERTIES LABELS bench TIMEOUT 120)
