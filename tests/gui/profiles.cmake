# Tests of ui/profiles.
orch_add_test(tst_profiles SOURCES tst_profiles.cpp LABELS gui LIBS orch_ui)
