# Tests of ui/plan (PlanModel, PlanEditor) and ui/task (TaskEditor with history, quick settings and plan).
orch_add_test(tst_planmodel SOURCES tst_planmodel.cpp LABELS gui LIBS orch_ui)
orch_add_test(tst_taskeditor SOURCES tst_taskeditor.cpp LABELS gui LIBS orch_ui)
