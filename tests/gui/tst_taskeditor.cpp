// TaskEditor: the contract the main window uses, history (list, menu, Ctrl+Up/Down), the quick
// settings row round trip through a Config and its validation, Plan / Cancel / Run and their
// signals, and a plan that goes stale when the text changes after planning.
#include "config/ConfigSchema.h"
#include "plan/PlanEditor.h"
#include "plan/PlanModel.h"
#include "task/QuickSettings.h"
#include "task/TaskEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

Plan twoSteps(const QString &task)
{
    Plan plan;
    plan.task = task;
    plan.subtasks = {Subtask{u"1"_s, u"Todo app"_s, u"Write a todo app"_s, {}},
                     Subtask{u"2"_s, u"Calculator"_s, u"Write a calculator"_s, {u"1"_s}}};
    return plan;
}

QLabel *label(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<QLabel *>(name);
    if (found == nullptr)
        qFatal("no label %s", qPrintable(name));
    return found;
}

} // namespace

class TestTaskEditor final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheMainWindowContract();
    void historyIsRecentFirstWithoutRepeats();
    void historyKeysStepThroughEarlierTasks();
    void historyMenuPicksAndClears();
    void quickSettingsRoundTripThroughConfig();
    void quickSettingsRangesComeFromTheSchema();
    void invalidSettingsAreExplainedNextToTheField_data();
    void invalidSettingsAreExplainedNextToTheField();
    void planAndCancelWhilePlanning();
    void planIsShownAndEdited();
    void planGoesStaleWhenTheTextChanges();
    void planWithProblemsBlocksRun();
    void runsWithoutPlanning();

private:
    static void showActive(QWidget &widget);
};

void TestTaskEditor::showActive(QWidget &widget)
{
    widget.show();
    QApplication::setActiveWindow(&widget);
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

void TestTaskEditor::keepsTheMainWindowContract()
{
    TaskEditor editor;
    QSignalSpy canRun(&editor, &TaskEditor::canRunChanged);
    QSignalSpy run(&editor, &TaskEditor::runRequested);
    QVERIFY(!editor.canRun());
    QVERIFY(!editor.runButton()->isEnabled());
    QCOMPARE(label(editor, u"taskHint"_s)->text(), u"Type a task to run."_s);

    QTest::keyClicks(editor.textEdit(), u"  write a parser  "_s);
    QCOMPARE(editor.task(), u"write a parser"_s);
    QVERIFY(editor.canRun());
    QCOMPARE(canRun.size(), 1);
    QCOMPARE(canRun.at(0).at(0).toBool(), true);
    QTest::mouseClick(editor.runButton(), Qt::LeftButton);
    QCOMPARE(run.size(), 1);

    editor.setBusy(true, u"Running 2 subtasks..."_s);
    QVERIFY(!editor.canRun());
    QVERIFY(editor.textEdit()->isReadOnly());
    QCOMPARE(label(editor, u"taskHint"_s)->text(), u"Running 2 subtasks..."_s);
    QTest::mouseClick(editor.runButton(), Qt::LeftButton);
    QCOMPARE(run.size(), 1);
    editor.setBusy(false, u"Finished"_s);
    QVERIFY(editor.canRun());
    QVERIFY(!editor.textEdit()->isReadOnly());
    QCOMPARE(label(editor, u"taskHint"_s)->text(), u"Finished"_s);
    QCOMPARE(canRun.size(), 3);

    editor.setTask(QString());
    QVERIFY(!editor.canRun());
    QVERIFY(!editor.planButton()->isEnabled());
}

void TestTaskEditor::historyIsRecentFirstWithoutRepeats()
{
    TaskEditor editor;
    QSignalSpy changed(&editor, &TaskEditor::historyChanged);
    editor.setHistory({u" b "_s, u"a"_s, u""_s, u"b"_s, u"c"_s});
    QCOMPARE(editor.history(), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
    QCOMPARE(changed.size(), 0);  // the caller set it, nothing to store

    editor.rememberTask(u"a\n"_s);
    QCOMPARE(editor.history(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), editor.history());
    editor.rememberTask(u"a"_s);
    editor.rememberTask(u"   "_s);
    QCOMPARE(changed.size(), 1);

    for (int i = 0; i < 60; ++i)
        editor.rememberTask(u"task %1"_s.arg(i));
    QCOMPARE(editor.history().size(), TaskHistory::MaxEntries);
    QCOMPARE(editor.history().constFirst(), u"task 59"_s);
    QCOMPARE(editor.history().constLast(), u"task 10"_s);
}

void TestTaskEditor::historyKeysStepThroughEarlierTasks()
{
    TaskEditor editor;
    showActive(editor);
    editor.setHistory({u"newest"_s, u"middle"_s, u"oldest"_s});
    QPlainTextEdit *text = editor.textEdit();
    text->setFocus();
    QTest::keyClicks(text, u"draft"_s);

    const auto press = [text](Qt::Key key) { QTest::keyClick(text, key, Qt::ControlModifier); };
    press(Qt::Key_Up);
    QCOMPARE(text->toPlainText(), u"newest"_s);
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    QCOMPARE(text->toPlainText(), u"oldest"_s);
    press(Qt::Key_Up);  // nothing older: stays
    QCOMPARE(text->toPlainText(), u"oldest"_s);
    press(Qt::Key_Down);
    QCOMPARE(text->toPlainText(), u"middle"_s);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(text->toPlainText(), u"draft"_s);  // back to what was being typed
    press(Qt::Key_Down);
    QCOMPARE(text->toPlainText(), u"draft"_s);
    QCOMPARE(text->textCursor().position(), 5);

    // The task just run is the newest entry: Ctrl+Up goes past it to the one before.
    editor.rememberTask(u"draft"_s);
    press(Qt::Key_Up);
    QCOMPARE(text->toPlainText(), u"newest"_s);
    QVERIFY(editor.showNewerTask());
    QCOMPARE(text->toPlainText(), u"draft"_s);

    // Read-only while busy: no stepping.
    editor.setBusy(true);
    QVERIFY(!editor.showOlderTask());
    QCOMPARE(text->toPlainText(), u"draft"_s);
}

void TestTaskEditor::historyMenuPicksAndClears()
{
    TaskEditor editor;
    QToolButton *button = editor.historyButton();
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(u"Ctrl+Up"_s));
    editor.setHistory({u"Create: a & b"_s, u"Fix the tests\nin core"_s});
    QVERIFY(button->isEnabled());
    QMenu *menu = button->menu();
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QCOMPARE(actions.size(), 4);  // two tasks, a separator, Clear History
    QCOMPARE(actions.at(0)->text(), u"Create: a && b"_s);
    QCOMPARE(actions.at(1)->text(), u"Fix the tests"_s);
    QCOMPARE(actions.at(1)->toolTip(), u"Fix the tests\nin core"_s);

    editor.setTask(u"typing"_s);
    actions.at(1)->trigger();
    QCOMPARE(editor.textEdit()->toPlainText(), u"Fix the tests\nin core"_s);
    QVERIFY(editor.showNewerTask());
    QCOMPARE(editor.textEdit()->toPlainText(), u"Create: a & b"_s);

    QSignalSpy changed(&editor, &TaskEditor::historyChanged);
    QAction *clear = menu->findChild<QAction *>(u"clearHistoryAction"_s);
    QVERIFY(clear);
    clear->trigger();
    QVERIFY(editor.history().isEmpty());
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.at(0).at(0).toStringList().isEmpty());
    QVERIFY(!button->isEnabled());
}

void TestTaskEditor::quickSettingsRoundTripThroughConfig()
{
    TaskEditor editor;
    QuickSettings *quick = editor.quickSettings();
    QSignalSpy changed(&editor, &TaskEditor::quickSettingsChanged);
    Config config;
    config.orchestrator.mode = Config::Mode::Docker;
    config.orchestrator.maxWorkers = 7;
    config.orchestrator.timeout = 900;
    config.ai.model = u"claude-opus-4-1"_s;
    editor.setConfig(config);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(quick->modeCombo()->currentData().toInt(), int(Config::Mode::Docker));
    QCOMPARE(quick->maxWorkersSpin()->value(), 7);
    QCOMPARE(quick->timeoutSpin()->value(), 900);
    QCOMPARE(quick->modelEdit()->text(), u"claude-opus-4-1"_s);

    Config other;
    other.orchestrator.maxRetries = 9;  // not a quick setting: left alone
    editor.applyQuickSettings(other);
    Config expected = config;
    expected.orchestrator.maxRetries = 9;
    QCOMPARE(other, expected);

    // User edits: each one signals, and the next apply carries them.
    quick->maxWorkersSpin()->setFocus();
    quick->maxWorkersSpin()->selectAll();
    QTest::keyClicks(quick->maxWorkersSpin(), u"12"_s);
    quick->modeCombo()->setCurrentIndex(quick->modeCombo()->findData(int(Config::Mode::Worktree)));
    QTest::keyClicks(quick->modelEdit(), u"-x"_s);
    QVERIFY(changed.size() >= 3);
    editor.applyQuickSettings(other);
    QCOMPARE(other.orchestrator.maxWorkers, 12);
    QCOMPARE(other.orchestrator.mode, Config::Mode::Worktree);
    QCOMPARE(other.ai.model, u"claude-opus-4-1-x"_s);
    QCOMPARE(other.orchestrator.timeout, 900);
}

void TestTaskEditor::quickSettingsRangesComeFromTheSchema()
{
    TaskEditor editor;
    QuickSettings *quick = editor.quickSettings();
    const ConfigKey *workers = ConfigSchema::find(u"orchestrator.max_workers"_s);
    const ConfigKey *timeout = ConfigSchema::find(u"orchestrator.timeout"_s);
    const ConfigKey *mode = ConfigSchema::find(u"orchestrator.mode"_s);
    QVERIFY(workers && timeout && mode);
    QCOMPARE(quick->maxWorkersSpin()->minimum(), int(workers->min));
    QCOMPARE(quick->maxWorkersSpin()->maximum(), int(workers->max));
    QCOMPARE(quick->timeoutSpin()->minimum(), int(timeout->min));
    QCOMPARE(quick->timeoutSpin()->maximum(), int(timeout->max));
    QCOMPARE(quick->modeCombo()->count(), mode->allowed.size());
}

void TestTaskEditor::invalidSettingsAreExplainedNextToTheField_data()
{
    QTest::addColumn<QString>("field");    // object name of the editor
    QTest::addColumn<QString>("problem");  // object name of the label beside it
    QTest::addColumn<QString>("typed");    // replaces the field's text

    QTest::addRow("empty model") << u"modelEdit"_s << u"modelProblem"_s << u""_s;
    QTest::addRow("blank model") << u"modelEdit"_s << u"modelProblem"_s << u"   "_s;
    QTest::addRow("emptied workers") << u"maxWorkersSpin"_s << u"maxWorkersProblem"_s << u""_s;
    QTest::addRow("emptied timeout") << u"timeoutSpin"_s << u"timeoutProblem"_s << u""_s;
}

void TestTaskEditor::invalidSettingsAreExplainedNextToTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, problem);
    QFETCH(QString, typed);

    TaskEditor editor;
    editor.setTask(u"write a parser"_s);
    showActive(editor);
    QVERIFY(editor.canRun());
    QSignalSpy canRun(&editor, &TaskEditor::canRunChanged);
    QLabel *problemLabel = label(editor, problem);
    QVERIFY(!problemLabel->isVisible());

    auto *widget = editor.findChild<QWidget *>(field);
    QVERIFY(widget);
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    if (!typed.isEmpty())
        QTest::keyClicks(widget, typed);

    QVERIFY(problemLabel->isVisible());
    QVERIFY2(problemLabel->text().contains(u"allowed"_s), qPrintable(problemLabel->text()));
    QVERIFY(!editor.canRun());
    QVERIFY(!editor.planButton()->isEnabled());
    QCOMPARE(canRun.size(), 1);
    QCOMPARE(label(editor, u"taskHint"_s)->text(), editor.runBlocker());
    QVERIFY(editor.runBlocker().contains(u"settings"_s));

    // The invalid field is not written; the others still are.
    Config config;
    config.ai.model = u"kept"_s;
    config.orchestrator.maxWorkers = 3;
    config.orchestrator.timeout = 30;
    editor.applyQuickSettings(config);
    QCOMPARE(config.ai.model, field == u"modelEdit" ? u"kept"_s : Config().ai.model);
    QCOMPARE(config.orchestrator.maxWorkers, field == u"maxWorkersSpin" ? 3 : Config().orchestrator.maxWorkers);
    QCOMPARE(config.orchestrator.timeout, field == u"timeoutSpin" ? 30 : Config().orchestrator.timeout);

    editor.setConfig(Config());
    QVERIFY(!problemLabel->isVisible());
    QVERIFY(editor.canRun());
    QCOMPARE(canRun.size(), 2);
}

void TestTaskEditor::planAndCancelWhilePlanning()
{
    TaskEditor editor;
    showActive(editor);
    QSignalSpy plan(&editor, &TaskEditor::planRequested);
    QSignalSpy cancel(&editor, &TaskEditor::cancelRequested);
    QVERIFY(!editor.planButton()->isEnabled());
    QVERIFY(editor.planButton()->toolTip().contains(u"Ctrl+Shift+Return"_s));
    QTest::keyClicks(editor.textEdit(), u"write a parser"_s);
    QTest::mouseClick(editor.planButton(), Qt::LeftButton);
    QCOMPARE(plan.size(), 1);
    editor.textEdit()->setFocus();
    QTest::keyClick(editor.textEdit(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(plan.size(), 2);

    auto *spinner = editor.findChild<QProgressBar *>(u"planningIndicator"_s);
    QVERIFY(spinner);
    QVERIFY(!spinner->isVisible());
    QVERIFY(!editor.cancelButton()->isVisible());
    editor.setPlanning(true);
    QVERIFY(editor.isPlanning());
    QVERIFY(spinner->isVisible());
    QVERIFY(editor.cancelButton()->isVisible());
    QVERIFY(!editor.canRun());
    QVERIFY(!editor.planButton()->isEnabled());
    QVERIFY(editor.textEdit()->isReadOnly());
    QCOMPARE(label(editor, u"taskHint"_s)->text(), u"Planning the task..."_s);
    QTest::mouseClick(editor.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
    QTest::keyClick(editor.textEdit(), Qt::Key_Escape);
    QCOMPARE(cancel.size(), 2);

    editor.setPlanning(false);
    QVERIFY(!spinner->isVisible());
    QVERIFY(!editor.cancelButton()->isVisible());
    QTest::keyClick(editor.textEdit(), Qt::Key_Escape);
    QCOMPARE(cancel.size(), 2);  // nothing to cancel
    QVERIFY(editor.canRun());
}

void TestTaskEditor::planIsShownAndEdited()
{
    TaskEditor editor;
    showActive(editor);
    PlanEditor *planEditor = editor.planEditor();
    QVERIFY(!planEditor->isVisible());
    QVERIFY(!editor.editedPlan());

    // A plan opened with no text brings its task.
    editor.setPlan(twoSteps(u"Create: a todo app and a calculator"_s));
    QVERIFY(planEditor->isVisible());
    QCOMPARE(editor.task(), u"Create: a todo app and a calculator"_s);
    QVERIFY(editor.canRun());
    QCOMPARE(editor.editedPlan(), twoSteps(editor.task()));
    QVERIFY(label(editor, u"taskHint"_s)->text().contains(u"2 subtask"_s));

    PlanModel *model = planEditor->model();
    QVERIFY(model->setData(model->index(1, PlanModel::TitleColumn), u"Calc"_s));
    QVERIFY(model->insertRows(2, 1));
    QVERIFY(model->setData(model->index(2, PlanModel::PromptColumn), u"Write notes"_s));
    const std::optional<Plan> edited = editor.editedPlan();
    QVERIFY(edited);
    QCOMPARE(edited->subtasks.size(), 3);
    QCOMPARE(edited->subtasks.at(1).title, u"Calc"_s);
    QCOMPARE(edited->subtasks.at(2).prompt, u"Write notes"_s);

    editor.clearPlan();
    QVERIFY(!planEditor->isVisible());
    QVERIFY(!editor.hasPlan());
    QVERIFY(!editor.editedPlan());
    QVERIFY(editor.canRun());
}

void TestTaskEditor::planGoesStaleWhenTheTextChanges()
{
    TaskEditor editor;
    showActive(editor);
    editor.setTask(u"Create: a todo app"_s);
    editor.setPlan(twoSteps(u"Create: a todo app"_s));
    QLabel *note = label(editor, u"planNote"_s);
    QVERIFY(!note->isVisible());
    QVERIFY(editor.editedPlan());

    editor.textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.textEdit(), u" and a calculator"_s);
    QVERIFY(editor.isPlanStale());
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"plan again"_s));
    QVERIFY(!editor.editedPlan());
    QVERIFY(!editor.planEditor()->isEnabled());
    QVERIFY(editor.canRun());  // Run plans the new text

    // Back to the planned text: the plan is current again.
    for (int i = 0; i < 17; ++i)
        QTest::keyClick(editor.textEdit(), Qt::Key_Backspace);
    QVERIFY(!editor.isPlanStale());
    QVERIFY(!note->isVisible());
    QVERIFY(editor.editedPlan());
    QVERIFY(editor.planEditor()->isEnabled());
}

void TestTaskEditor::planWithProblemsBlocksRun()
{
    TaskEditor editor;
    editor.setTask(u"Create: a todo app"_s);
    QVERIFY(editor.canRun());
    QSignalSpy canRun(&editor, &TaskEditor::canRunChanged);
    Plan cyclic = twoSteps(editor.task());
    cyclic.subtasks[0].dependsOn = {u"2"_s};
    editor.setPlan(cyclic);
    QVERIFY(!editor.canRun());
    QCOMPARE(canRun.size(), 1);
    QVERIFY(!editor.runButton()->isEnabled());
    QVERIFY(editor.runBlocker().contains(u"plan"_s));
    QCOMPARE(label(editor, u"taskHint"_s)->text(), editor.runBlocker());
    QVERIFY(editor.planButton()->isEnabled());  // planning again is a way out

    PlanModel *model = editor.planEditor()->model();
    QVERIFY(model->setData(model->index(0, PlanModel::DependsColumn), QString()));
    QVERIFY(editor.canRun());
    QCOMPARE(canRun.size(), 2);
    QVERIFY(model->setData(model->index(1, PlanModel::PromptColumn), QString()));
    QVERIFY(!editor.canRun());
    QCOMPARE(canRun.size(), 3);
}

void TestTaskEditor::runsWithoutPlanning()
{
    TaskEditor editor;
    showActive(editor);
    QSignalSpy run(&editor, &TaskEditor::runRequested);
    QSignalSpy plan(&editor, &TaskEditor::planRequested);
    QTest::keyClicks(editor.textEdit(), u"write a parser"_s);
    QVERIFY(editor.canRun());
    QVERIFY(!editor.hasPlan());
    QTest::mouseClick(editor.runButton(), Qt::LeftButton);
    QCOMPARE(run.size(), 1);
    QCOMPARE(plan.size(), 0);
    QVERIFY(!editor.editedPlan());  // the main window plans and runs in one go
}

QTEST_MAIN(TestTaskEditor)
#include "tst_taskeditor.moc"
