# 3 flood with the window open (tests/bench/flood.sh) and 5 footprint (tests/bench/footprint.sh).

# The flood's agent: stream-json as fast as a pipe takes it. Plain C++, no Qt.
add_executable(bench_gui_flooder bench_gui_flooder.cpp)
target_link_libraries(bench_gui_flooder PRIVATE orch_common)
set_target_properties(bench_gui_flooder PROPERTIES AUTOMOC OFF)

# The real MainWindow, offscreen, through one flood run: event-loop stalls and RSS.
add_executable(bench_gui_flood bench_gui_flood.cpp)
target_link_libraries(bench_gui_flood PRIVATE orch_common orch_ui)
add_dependencies(bench_gui_flood bench_gui_flooder)

# Footprint: the baseline (a bare QMainWindow with the same first-paint hook as orchestrator-gui)
# and the harness that starts both and reads the hook's report.
add_executable(bench_gui_bare bench_gui_bare.cpp
    ${PROJECT_SOURCE_DIR}/app/gui/FirstPaintProbe.h ${PROJECT_SOURCE_DIR}/app/gui/FirstPaintProbe.cpp)
target_include_directories(bench_gui_bare PRIVATE ${PROJECT_SOURCE_DIR}/app/gui)
target_link_libraries(bench_gui_bare PRIVATE orch_common Qt6::Widgets)
add_executable(bench_gui_footprint bench_gui_footprint.cpp)
target_link_libraries(bench_gui_footprint PRIVATE orch_common)
set_target_properties(bench_gui_footprint PROPERTIES AUTOMOC OFF)
add_dependencies(bench_gui_footprint bench_gui_bare orchestrator-gui orchestrator)

# Smokes: small versions of both, failing when the harness does (a worker failed, no output in
# the view, a program that never reports its first paint). No speed or size targets asserted.
add_test(NAME bench_gui_flood_smoke COMMAND bench_gui_flood $<TARGET_FILE:bench_gui_flooder> 2 8 120)
set_tests_properties(bench_gui_flood_smoke PROPERTIES LABELS bench TIMEOUT 120 ENVIRONMENT QT_QPA_PLATFORM=offscreen)
add_test(NAME bench_gui_footprint_smoke COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/footprint.sh ${PROJECT_BINARY_DIR} --smoke)
set_tests_properties(bench_gui_footprint_smoke PROPERTIES LABELS bench TIMEOUT 120)
