// PlanModel under QAbstractItemModelTester through edits, inserts, removes and moves; dependency
// parsing and the removal cascade; and PlanEditor (the model's view) driven by its buttons and keys.
#include "plan/PlanEditor.h"
#include "plan/PlanModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

Subtask subtask(const QString &id, const QString &prompt, const QStringList &dependsOn = {})
{
    return Subtask{id, Subtask::titleFromPrompt(prompt), prompt, dependsOn};
}

// 1, 2, 3; 2 after 1; 3 after 1 and 2.
Plan threeSteps()
{
    Plan plan;
    plan.task = u"Build three things"_s;
    plan.subtasks = {subtask(u"1"_s, u"Write the parser\nwith tests"_s), subtask(u"2"_s, u"Write the printer"_s, {u"1"_s}),
                     subtask(u"3"_s, u"Write the docs"_s, {u"1"_s, u"2"_s})};
    return plan;
}

QStringList idsOf(const Plan &plan)
{
    QStringList ids;
    for (const Subtask &s : plan.subtasks)
        ids << s.id;
    return ids;
}

} // namespace

class TestPlanModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterThroughEdits();
    void showsColumns();
    void parsesDependencies_data();
    void parsesDependencies();
    void takesDependenciesAsList();
    void editsTitles();
    void insertGetsNextFreeId_data();
    void insertGetsNextFreeId();
    void removeCascadesToDependencies();
    void removeKeepsDependencyOnRemainingDuplicate();
    void movesRows_data();
    void movesRows();
    void reportsProblems();
    void setPlanIsNotAnEdit();

    void editorButtonsEditThePlan();
    void editorKeysEditThePlan();
    void editorDetailPaneEditsSelectedSubtask();
    void editorShowsProblemsAndRefusals();
    void editorIsDestroyedWithFocusInTheDetails();
};

void TestPlanModel::passesModelTesterThroughEdits()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeSteps());
    QVERIFY(model.setData(model.index(0, PlanModel::TitleColumn), u"Parser"_s));
    QVERIFY(model.setData(model.index(1, PlanModel::PromptColumn), u"Write a printer\nthat is fast"_s));
    QVERIFY(model.setData(model.index(2, PlanModel::DependsColumn), u"2"_s));
    QVERIFY(model.insertRows(0, 1));
    QVERIFY(model.insertRows(2, 2));
    QVERIFY(model.insertRows(model.rowCount(), 1));
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.moveRows({}, 0, 1, {}, 3));
    QVERIFY(model.moveRows({}, 5, 2, {}, 0));
    QVERIFY(model.removeRows(1, 2));
    QVERIFY(model.removeRows(model.rowCount() - 1, 1));
    QCOMPARE(model.rowCount(), 4);
    model.setPlan({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.insertRows(0, 1));
    QCOMPARE(model.rowCount(), 1);
}

void TestPlanModel::showsColumns()
{
    PlanModel model;
    model.setPlan(threeSteps());
    QCOMPARE(model.columnCount(), int(PlanModel::ColumnCount));
    QCOMPARE(model.headerData(PlanModel::DependsColumn, Qt::Horizontal).toString(), u"Depends on"_s);
    QCOMPARE(model.index(2, PlanModel::IdColumn).data().toString(), u"3"_s);
    QCOMPARE(model.index(2, PlanModel::DependsColumn).data().toString(), u"1, 2"_s);
    QCOMPARE(model.index(0, PlanModel::PromptColumn).data(Qt::DisplayRole).toString(), u"Write the parser"_s);
    QCOMPARE(model.index(0, PlanModel::PromptColumn).data(Qt::EditRole).toString(), u"Write the parser\nwith tests"_s);
    QCOMPARE(model.index(2, PlanModel::DependsColumn).data(Qt::ToolTipRole).toString(),
             u"1: Write the parser\n2: Write the printer"_s);
    QVERIFY(!(model.flags(model.index(0, PlanModel::IdColumn)) & Qt::ItemIsEditable));
    for (int column : {PlanModel::TitleColumn, PlanModel::DependsColumn, PlanModel::PromptColumn})
        QVERIFY(model.flags(model.index(0, column)) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(model.index(0, PlanModel::IdColumn), u"9"_s));
    QCOMPARE(model.subtask(0).id, u"1"_s);
}

void TestPlanModel::parsesDependencies_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QStringList>("expected");  // the row's dependencies afterwards

    QTest::addRow("comma") << 2 << u"1, 2"_s << true << QStringList{u"1"_s, u"2"_s};
    QTest::addRow("spaces") << 2 << u"2 1"_s << true << QStringList{u"2"_s, u"1"_s};
    QTest::addRow("semicolon, no space") << 2 << u"1;2"_s << true << QStringList{u"1"_s, u"2"_s};
    QTest::addRow("repeat dropped") << 2 << u" 2 , 2,2 "_s << true << QStringList{u"2"_s};
    QTest::addRow("empty clears") << 2 << u""_s << true << QStringList{};
    QTest::addRow("later subtask") << 0 << u"3"_s << true << QStringList{u"3"_s};
    QTest::addRow("unknown refused") << 2 << u"1, 9"_s << false << QStringList{u"1"_s, u"2"_s};
    QTest::addRow("self refused") << 1 << u"2"_s << false << QStringList{u"1"_s};
    QTest::addRow("word refused") << 1 << u"one"_s << false << QStringList{u"1"_s};
}

void TestPlanModel::parsesDependencies()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QStringList, expected);

    PlanModel model;
    model.setPlan(threeSteps());
    QSignalSpy refused(&model, &PlanModel::editRefused);
    QSignalSpy edited(&model, &PlanModel::planEdited);
    QCOMPARE(model.setData(model.index(row, PlanModel::DependsColumn), text), accepted);
    QCOMPARE(model.subtask(row).dependsOn, expected);
    QCOMPARE(refused.size(), accepted ? 0 : 1);
    QCOMPARE(model.lastError().isEmpty(), accepted);
    QCOMPARE(edited.size(), accepted && expected != threeSteps().subtasks.at(row).dependsOn ? 1 : 0);

    QString problem;
    const std::optional<QStringList> parsed = model.parseDependencies(text, model.subtask(row).id, &problem);
    QCOMPARE(parsed.has_value(), accepted);
    QCOMPARE(problem.isEmpty(), accepted);
}

void TestPlanModel::takesDependenciesAsList()
{
    Plan plan = threeSteps();
    plan.subtasks << subtask(u"with space"_s, u"An id with a space"_s);
    PlanModel model;
    model.setPlan(plan);
    // A list keeps an id with a space whole; text would split it.
    QVERIFY(model.setData(model.index(0, PlanModel::DependsColumn), QStringList{u"with space"_s, u"3"_s}));
    QCOMPARE(model.subtask(0).dependsOn, (QStringList{u"with space"_s, u"3"_s}));
    QVERIFY(!model.setData(model.index(0, PlanModel::DependsColumn), QStringList{u"1"_s}));
    QVERIFY(!model.setData(model.index(0, PlanModel::DependsColumn), QStringList{u"7"_s}));
    QCOMPARE(model.subtask(0).dependsOn, (QStringList{u"with space"_s, u"3"_s}));
}

void TestPlanModel::editsTitles()
{
    PlanModel model;
    model.setPlan(threeSteps());
    QVERIFY(model.setData(model.index(1, PlanModel::TitleColumn), u"  Print \n  it  "_s));
    QCOMPARE(model.subtask(1).title, u"Print it"_s);
    // An emptied title is the prompt's, as when a plan is loaded without titles.
    QVERIFY(model.setData(model.index(1, PlanModel::TitleColumn), u"   "_s));
    QCOMPARE(model.subtask(1).title, u"Write the printer"_s);
    QVERIFY(model.insertRows(0, 1));
    QVERIFY(!model.setData(model.index(0, PlanModel::TitleColumn), QString()));
    QCOMPARE(model.subtask(0).title, u"New subtask"_s);
    QVERIFY(!model.lastError().isEmpty());
}

void TestPlanModel::insertGetsNextFreeId_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("newIds");

    QTest::addRow("empty plan") << QStringList{} << 1 << QStringList{u"1"_s};
    QTest::addRow("after the highest") << QStringList{u"1"_s, u"5"_s, u"2"_s} << 2 << QStringList{u"6"_s, u"7"_s};
    QTest::addRow("names only") << QStringList{u"setup"_s, u"docs"_s} << 1 << QStringList{u"1"_s};
    QTest::addRow("zero-padded") << QStringList{u"01"_s, u"2"_s} << 1 << QStringList{u"3"_s};
}

void TestPlanModel::insertGetsNextFreeId()
{
    QFETCH(QStringList, ids);
    QFETCH(int, count);
    QFETCH(QStringList, newIds);

    Plan plan;
    for (const QString &id : ids)
        plan.subtasks << subtask(id, u"Do "_s + id);
    PlanModel model;
    model.setPlan(plan);
    QSignalSpy edited(&model, &PlanModel::planEdited);
    QVERIFY(model.insertRows(int(ids.size()), count));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(idsOf(model.plan()).mid(ids.size()), newIds);
    for (int row = int(ids.size()); row < model.rowCount(); ++row) {
        QCOMPARE(model.subtask(row).title, u"New subtask"_s);
        QVERIFY(model.subtask(row).prompt.isEmpty());
    }
    // A new subtask has no prompt yet: the plan says so.
    QVERIFY(model.problems().join(u'\n').contains(u"empty prompt"_s));
    QVERIFY(!model.insertRows(-1, 1));
    QVERIFY(!model.insertRows(model.rowCount() + 1, 1));
}

void TestPlanModel::removeCascadesToDependencies()
{
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(threeSteps());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy edited(&model, &PlanModel::planEdited);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(idsOf(model.plan()), (QStringList{u"2"_s, u"3"_s}));
    QCOMPARE(model.subtask(0).dependsOn, QStringList{});
    QCOMPARE(model.subtask(1).dependsOn, QStringList{u"2"_s});
    QCOMPARE(changed.size(), 2);  // the dependencies cell of both remaining rows
    for (const QList<QVariant> &args : changed)
        QCOMPARE(args.at(0).toModelIndex().column(), int(PlanModel::DependsColumn));
    QCOMPARE(edited.size(), 1);
    QVERIFY(model.problems().isEmpty());
    QVERIFY(!model.removeRows(1, 2));
    QVERIFY(!model.removeRows(-1, 1));
}

void TestPlanModel::removeKeepsDependencyOnRemainingDuplicate()
{
    Plan plan = threeSteps();
    plan.subtasks.insert(1, subtask(u"1"_s, u"A second subtask 1"_s));
    PlanModel model;
    model.setPlan(plan);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.subtask(1).dependsOn, QStringList{u"1"_s});
}

void TestPlanModel::movesRows_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("destination");
    QTest::addColumn<QStringList>("order");  // empty: the move is refused

    QTest::addRow("first down one") << 0 << 1 << 2 << QStringList{u"2"_s, u"1"_s, u"3"_s, u"4"_s};
    QTest::addRow("first to the end") << 0 << 1 << 4 << QStringList{u"2"_s, u"3"_s, u"4"_s, u"1"_s};
    QTest::addRow("last up one") << 3 << 1 << 2 << QStringList{u"1"_s, u"2"_s, u"4"_s, u"3"_s};
    QTest::addRow("two to the top") << 2 << 2 << 0 << QStringList{u"3"_s, u"4"_s, u"1"_s, u"2"_s};
    QTest::addRow("onto itself") << 1 << 1 << 1 << QStringList{};
    QTest::addRow("just after itself") << 1 << 1 << 2 << QStringList{};
    QTest::addRow("past the end") << 0 << 1 << 5 << QStringList{};
    QTest::addRow("too many") << 3 << 2 << 0 << QStringList{};
}

void TestPlanModel::movesRows()
{
    QFETCH(int, source);
    QFETCH(int, count);
    QFETCH(int, destination);
    QFETCH(QStringList, order);

    Plan plan = threeSteps();
    plan.subtasks << subtask(u"4"_s, u"Write the release notes"_s, {u"3"_s});
    PlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(plan);
    QSignalSpy edited(&model, &PlanModel::planEdited);
    QCOMPARE(model.moveRows({}, source, count, {}, destination), !order.isEmpty());
    QCOMPARE(idsOf(model.plan()), order.isEmpty() ? idsOf(plan) : order);
    QCOMPARE(edited.size(), order.isEmpty() ? 0 : 1);
    // Order changes, dependencies do not.
    QCOMPARE(model.subtask(model.rowOf(u"4"_s)).dependsOn, QStringList{u"3"_s});
}

void TestPlanModel::reportsProblems()
{
    PlanModel model;
    model.setPlan(threeSteps());
    QVERIFY(model.problems().isEmpty());
    QVERIFY(model.setData(model.index(0, PlanModel::DependsColumn), u"3"_s));
    const QString problems = model.problems().join(u'\n');
    QVERIFY2(problems.contains(u"cycle"_s), qPrintable(problems));
    QVERIFY(model.setData(model.index(0, PlanModel::DependsColumn), QString()));
    QVERIFY(model.setData(model.index(1, PlanModel::PromptColumn), u"  "_s));
    QCOMPARE(model.problems(), QStringList{u"Subtask \"2\" has an empty prompt."_s});
    QVERIFY(model.removeRows(0, 3));
    QCOMPARE(model.problems(), QStringList{u"The plan has no subtasks."_s});
}

void TestPlanModel::setPlanIsNotAnEdit()
{
    PlanModel model;
    QSignalSpy edited(&model, &PlanModel::planEdited);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPlan(threeSteps());
    QCOMPARE(model.plan(), threeSteps());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(edited.size(), 0);
    // The same value again changes nothing and says nothing.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, PlanModel::TitleColumn), model.subtask(1).title));
    QVERIFY(model.setData(model.index(2, PlanModel::DependsColumn), u"1 2"_s));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(edited.size(), 0);
}

void TestPlanModel::editorButtonsEditThePlan()
{
    PlanEditor editor;
    editor.setPlan(threeSteps());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.currentRow(), 0);
    auto *add = editor.findChild<QToolButton *>(u"addSubtaskButton"_s);
    auto *remove = editor.findChild<QToolButton *>(u"removeSubtaskButton"_s);
    auto *up = editor.findChild<QToolButton *>(u"moveUpButton"_s);
    auto *down = editor.findChild<QToolButton *>(u"moveDownButton"_s);
    QVERIFY(add && remove && up && down);
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    for (QToolButton *button : {add, remove, up, down})
        QVERIFY2(button->toolTip().contains(u'('), qPrintable(button->toolTip()));  // the key is in the tooltip

    QSignalSpy edited(&editor, &PlanEditor::planEdited);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"1"_s, u"4"_s, u"2"_s, u"3"_s}));
    QCOMPARE(editor.currentRow(), 1);
    QCOMPARE(editor.findChild<QLineEdit *>(u"subtaskTitle"_s)->text(), u"New subtask"_s);
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"1"_s, u"2"_s, u"4"_s, u"3"_s}));
    QCOMPARE(editor.currentRow(), 2);
    QTest::mouseClick(down, Qt::LeftButton);
    QCOMPARE(editor.currentRow(), 3);
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"4"_s, u"1"_s, u"2"_s, u"3"_s}));
    QVERIFY(!up->isEnabled());
    editor.setCurrentRow(1);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"4"_s, u"2"_s, u"3"_s}));
    QCOMPARE(editor.plan().subtasks.at(1).dependsOn, QStringList{});
    QCOMPARE(editor.currentRow(), 1);
    QCOMPARE(edited.size(), 7);

    editor.setPlan({});
    QVERIFY(!remove->isEnabled());
    QVERIFY(!editor.findChild<QWidget *>(u"subtaskDetails"_s)->isEnabled());
}

void TestPlanModel::editorKeysEditThePlan()
{
    PlanEditor editor;
    editor.setPlan(threeSteps());
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QTableView *view = editor.view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(editor.model()->rowCount(), 4);
    QCOMPARE(editor.currentRow(), 1);
    // Focus went to the title: Delete there edits text, not the plan.
    auto *title = editor.findChild<QLineEdit *>(u"subtaskTitle"_s);
    QTRY_VERIFY(title->hasFocus());
    title->setCursorPosition(0);
    QTest::keyClick(title, Qt::Key_Delete);
    QCOMPARE(editor.model()->rowCount(), 4);
    QCOMPARE(editor.plan().subtasks.at(1).title, u"ew subtask"_s);

    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"1"_s, u"2"_s, u"4"_s, u"3"_s}));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"4"_s, u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(editor.currentRow(), 0);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(idsOf(editor.plan()), (QStringList{u"2"_s, u"3"_s}));
    QCOMPARE(editor.plan().subtasks.at(1).dependsOn, QStringList{u"2"_s});
}

void TestPlanModel::editorDetailPaneEditsSelectedSubtask()
{
    PlanEditor editor;
    editor.setPlan(threeSteps());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *title = editor.findChild<QLineEdit *>(u"subtaskTitle"_s);
    auto *prompt = editor.findChild<QPlainTextEdit *>(u"subtaskPrompt"_s);
    auto *dependencies = editor.findChild<QListWidget *>(u"subtaskDependencies"_s);
    QVERIFY(title && prompt && dependencies);

    editor.setCurrentRow(2);
    QCOMPARE(title->text(), u"Write the docs"_s);
    QCOMPARE(prompt->toPlainText(), u"Write the docs"_s);
    QCOMPARE(dependencies->count(), 2);  // the other subtasks
    QCOMPARE(dependencies->item(0)->text(), u"1: Write the parser"_s);
    QCOMPARE(dependencies->item(0)->checkState(), Qt::Checked);
    QCOMPARE(dependencies->item(1)->checkState(), Qt::Checked);

    title->selectAll();
    QTest::keyClicks(title, u"Docs"_s);
    QCOMPARE(editor.plan().subtasks.at(2).title, u"Docs"_s);
    QCOMPARE(editor.model()->index(2, PlanModel::TitleColumn).data().toString(), u"Docs"_s);
    prompt->moveCursor(QTextCursor::End);
    QTest::keyClicks(prompt, u" in English"_s);
    QCOMPARE(editor.plan().subtasks.at(2).prompt, u"Write the docs in English"_s);
    dependencies->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(editor.plan().subtasks.at(2).dependsOn, QStringList{u"2"_s});

    // The pane follows the selection and edits made elsewhere (the table, the model).
    editor.setCurrentRow(0);
    QCOMPARE(title->text(), u"Write the parser"_s);
    QCOMPARE(dependencies->item(1)->text(), u"3: Docs"_s);
    QVERIFY(editor.model()->setData(editor.model()->index(0, PlanModel::PromptColumn), u"Parse"_s));
    QCOMPARE(prompt->toPlainText(), u"Parse"_s);
}

void TestPlanModel::editorShowsProblemsAndRefusals()
{
    PlanEditor editor;
    editor.setPlan(threeSteps());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *problems = editor.findChild<QLabel *>(u"planProblems"_s);
    auto *refusal = editor.findChild<QLabel *>(u"planEditError"_s);
    QVERIFY(problems && refusal);
    QVERIFY(!problems->isVisible());
    QSignalSpy problemsChanged(&editor, &PlanEditor::problemsChanged);

    // Subtask 1 waits for 3, which waits for 1: a cycle, from a checkbox.
    editor.setCurrentRow(0);
    auto *dependencies = editor.findChild<QListWidget *>(u"subtaskDependencies"_s);
    dependencies->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(editor.plan().subtasks.at(0).dependsOn, QStringList{u"3"_s});
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"cycle"_s), qPrintable(problems->text()));
    QCOMPARE(problemsChanged.size(), 1);
    QCOMPARE(editor.problems(), problemsChanged.at(0).at(0).toStringList());

    // A dependency typed in the table that does not exist: refused, and said why.
    QVERIFY(!editor.model()->setData(editor.model()->index(1, PlanModel::DependsColumn), u"8"_s));
    QVERIFY(refusal->isVisible());
    QCOMPARE(refusal->text(), u"There is no subtask \"8\"."_s);
    dependencies->item(1)->setCheckState(Qt::Unchecked);
    QVERIFY(!refusal->isVisible());
    QVERIFY(!problems->isVisible());
    QCOMPARE(problemsChanged.size(), 2);
    QVERIFY(problemsChanged.at(1).at(0).toStringList().isEmpty());
}

void TestPlanModel::editorIsDestroyedWithFocusInTheDetails()
{
    // The title losing focus as the editor goes reports editingFinished: it must not reach the editor.
    auto *editor = new PlanEditor;
    editor->setPlan(threeSteps());
    editor->show();
    QApplication::setActiveWindow(editor);
    QVERIFY(QTest::qWaitForWindowActive(editor));
    auto *title = editor->findChild<QLineEdit *>(u"subtaskTitle"_s);
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClicks(title, u"x"_s);
    QPointer<QLineEdit> guard(title);
    delete editor;
    QVERIFY(guard.isNull());
}

QTEST_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
