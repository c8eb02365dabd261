# 1 orchestration overhead (overhead.sh) and 6 scale (scale.sh): the real orchestrator executable
# against xargs and GNU parallel. bench_orch_measure times one command and reads its own CPU time
# (without its children's) and RSS; plain C++ without Qt, so it costs nothing next to what it measures.
add_executable(bench_orch_measure bench_orch_measure.cpp)
target_link_libraries(bench_orch_measure PRIVATE orch_common)
set_target_properties(bench_orch_measure PROPERTIES AUTOMOC OFF)

# Smokes: a few subtasks, one repetition; they fail when a run does not complete every subtask or a
# baseline does not run every command, never on speed.
foreach(bench overhead scale)
    add_test(NAME bench_${bench}_smoke
             COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/${bench}.sh ${CMAKE_BINARY_DIR} --smoke)
    set_tests_properties(bench_${bench}_smoke PROPERTIES LABELS bench TIMEOUT 120)
endforeach()
