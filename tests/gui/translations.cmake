# Tests of the translations: the .ts files in the source tree and the .qm files embedded in orch_ui.
orch_add_test(tst_translations SOURCES tst_translations.cpp LABELS gui LIBS orch_ui)
target_compile_definitions(tst_translations PRIVATE ORCH_TRANSLATIONS_DIR="${PROJECT_SOURCE_DIR}/translations")
