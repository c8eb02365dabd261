# Issue 9: hostile task text, titles and prompts reach the agent verbatim and name no path outside
# the workspace; what the run writes is private to the user. A shell script plays the agent.
orch_add_test(tst_hostile_input SOURCES tst_hostile_input.cpp LABELS unit security LIBS orch_core)
set_tests_properties(tst_hostile_input PROPERTIES TIMEOUT 180)
