# 4 log browsing: bench_logs generates a JSONL log in the product's format and times the real
# LogBrowser (offscreen) indexing and filtering it; logs.sh compares with wc -l and grep -c.
add_executable(bench_logs bench_logs.cpp)
target_link_libraries(bench_logs PRIVATE orch_common orch_ui)
# The smoke: the whole script on a 24 MB log, once; it fails when a count disagrees with the file.
add_test(NAME bench_logs_smoke COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/logs.sh ${CMAKE_BINARY_DIR})
set_tests_properties(bench_logs_smoke PROPERTIES LABELS bench TIMEOUT 120
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ORCH_BENCH_LOGS_MB=24;ORCH_BENCH_LOGS_REPS=1")
