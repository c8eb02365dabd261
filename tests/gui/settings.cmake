# Tests of ui/settings.
orch_add_test(tst_settingsdialog SOURCES tst_settingsdialog.cpp LABELS gui LIBS orch_ui)
orch_add_test(tst_languages SOURCES tst_languages.cpp LABELS gui LIBS orch_ui)
