// HeuristicDecomposer: which texts are lists of jobs, and the prompts it writes for each item.
#include "errors/OrchestratorError.h"
#include "planning/HeuristicDecomposer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using orch::HeuristicDecomposer;
using orch::Plan;

class TestHeuristicDecomposer final : public QObject
{
    Q_OBJECT

private slots:
    void decompose_data();
    void decompose();
    void emptyTaskThrows_data();
    void emptyTaskThrows();
    void veryLongTaskIsOneSubtask();
    void manyItems();
    void name();
};

void TestHeuristicDecomposer::decompose_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QStringList>("prompts");

    const auto whole = [](const QString &task) { return QStringList{task}; };

    // The examples from the brief.
    QTest::addRow("inline numbered after a colon")
        << u"Create: 1) Todo app 2) Weather dashboard 3) File converter"_s
        << QStringList{u"Create Todo app"_s, u"Create Weather dashboard"_s, u"Create File converter"_s};
    QTest::addRow("comma list after a colon")
        << u"Create three applications: todo, calculator, notes"_s
        << QStringList{u"Create todo application"_s, u"Create calculator application"_s, u"Create notes application"_s};
    QTest::addRow("numbered lines") << u"1. a\n2. b"_s << QStringList{u"a"_s, u"b"_s};
    QTest::addRow("bulleted lines") << u"- a\n* b\n\u2022 c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::addRow("plain task") << u"Build a REST API for a bookstore"_s
                                << whole(u"Build a REST API for a bookstore"_s);

    // Inline numbered lists.
    QTest::addRow("inline numbered, no lead-in") << u"1) Write a parser 2) Write a lexer"_s
                                                 << QStringList{u"Write a parser"_s, u"Write a lexer"_s};
    QTest::addRow("inline numbered, no lead-in, nouns") << u"1) a 2) b"_s << QStringList{u"a"_s, u"b"_s};
    QTest::addRow("inline with separators")
        << u"Create: 1) Todo app, 2) Weather dashboard, and 3) File converter"_s
        << QStringList{u"Create Todo app"_s, u"Create Weather dashboard"_s, u"Create File converter"_s};
    QTest::addRow("inline with a note after")
        << u"Create: 1) Todo app 2) Notes app. Use React for both."_s
        << QStringList{u"Create Todo app\n\nUse React for both."_s, u"Create Notes app\n\nUse React for both."_s};
    QTest::addRow("inline (n) style") << u"Please do (1) write the docs (2) add the tests"_s
                                      << QStringList{u"write the docs"_s, u"add the tests"_s};
    QTest::addRow("count before the list") << u"Create 2 apps: 1) todo 2) notes"_s
                                           << QStringList{u"Create todo app"_s, u"Create notes app"_s};
    QTest::addRow("item repeats the verb") << u"Create: 1) Create a todo app 2) Create a notes app"_s
                                           << QStringList{u"Create a todo app"_s, u"Create a notes app"_s};
    QTest::addRow("sentence before the items")
        << u"I have two problems. 1) The build fails. 2) Tests are slow."_s
        << QStringList{u"The build fails.\n\nI have two problems."_s, u"Tests are slow.\n\nI have two problems."_s};
    QTest::addRow("numbers out of order are text") << u"Do 2) this and 1) that"_s << whole(u"Do 2) this and 1) that"_s);
    QTest::addRow("an empty item leaves one: not a list") << u"1) 2) b"_s << whole(u"1) 2) b"_s);

    // Comma lists after a colon.
    QTest::addRow("a, b and c") << u"Build: a parser, a lexer and a type checker"_s
                                << QStringList{u"Build a parser"_s, u"Build a lexer"_s, u"Build a type checker"_s};
    QTest::addRow("a, b, and c") << u"Build: a parser, a lexer, and a type checker"_s
                                 << QStringList{u"Build a parser"_s, u"Build a lexer"_s, u"Build a type checker"_s};
    QTest::addRow("a and b with a count") << u"Create two apps: todo and notes"_s
                                          << QStringList{u"Create todo app"_s, u"Create notes app"_s};
    QTest::addRow("a and b without a count is one job") << u"Implement: search and replace"_s
                                                        << whole(u"Implement: search and replace"_s);
    QTest::addRow("'and' inside a phrase stays")
        << u"Create: a frontend, a backend with auth and logging"_s
        << QStringList{u"Create a frontend"_s, u"Create a backend with auth and logging"_s};
    QTest::addRow("noun after a preposition")
        << u"Write unit tests for these modules: parser, lexer"_s
        << QStringList{u"Write unit tests for parser module"_s, u"Write unit tests for lexer module"_s};
    QTest::addRow("long items keep the whole lead-in")
        << u"Fix the following bugs: login fails on Safari, the footer overlaps on mobile, search is slow"_s
        << QStringList{u"Fix the following bugs: login fails on Safari"_s,
                       u"Fix the following bugs: the footer overlaps on mobile"_s,
                       u"Fix the following bugs: search is slow"_s};
    QTest::addRow("preamble and note kept")
        << u"We are building a school suite. Create these apps: timetable, grades. Keep them small."_s
        << QStringList{u"Create timetable app\n\nWe are building a school suite.\n\nKeep them small."_s,
                       u"Create grades app\n\nWe are building a school suite.\n\nKeep them small."_s};
    QTest::addRow("a choice is not a list") << u"Pick a colour: red, green or blue"_s
                                            << whole(u"Pick a colour: red, green or blue"_s);
    QTest::addRow("prose after a colon") << u"Refactor the module: it is too big, hard to test, and slow"_s
                                         << whole(u"Refactor the module: it is too big, hard to test, and slow"_s);
    QTest::addRow("a note is not a list") << u"Note: analyze the data, and make charts"_s
                                          << whole(u"Note: analyze the data, and make charts"_s);
    QTest::addRow("details of one job after 'with'")
        << u"Create an app with these screens: login, home, settings"_s
        << whole(u"Create an app with these screens: login, home, settings"_s);
    QTest::addRow("topics of one thing")
        << u"Write a blog post about Rust: ownership, borrowing and lifetimes"_s
        << whole(u"Write a blog post about Rust: ownership, borrowing and lifetimes"_s);
    QTest::addRow("parts of one thing") << u"Create a website: home, about, contact"_s
                                        << whole(u"Create a website: home, about, contact"_s);
    QTest::addRow("'a few' announces several")
        << u"Create a few tools: a CSV converter, a log viewer"_s
        << QStringList{u"Create a CSV converter tool"_s, u"Create a log viewer tool"_s};
    QTest::addRow("bare plural after the verb") << u"Create apps: 1. todo 2. notes"_s
                                                << QStringList{u"Create todo app"_s, u"Create notes app"_s};
    QTest::addRow("steps run in order, not in parallel")
        << u"Build a calculator. Steps: design, implement, test"_s
        << whole(u"Build a calculator. Steps: design, implement, test"_s);
    QTest::addRow("long phrases are prose")
        << u"Goal: make the onboarding flow feel much faster for every new user, and cheaper"_s
        << whole(u"Goal: make the onboarding flow feel much faster for every new user, and cheaper"_s);

    // Commas and numbers that are not lists.
    QTest::addRow("sentence with commas") << u"Analyze sales data, and create visualizations"_s
                                          << whole(u"Analyze sales data, and create visualizations"_s);
    QTest::addRow("numbers in the text") << u"Use Python 3.11 to build 2 tools"_s
                                         << whole(u"Use Python 3.11 to build 2 tools"_s);
    QTest::addRow("colon without a space") << u"Mix at a 3:1 ratio, then bake, then cool"_s
                                           << whole(u"Mix at a 3:1 ratio, then bake, then cool"_s);
    QTest::addRow("url") << u"See https://example.com/a,b and fix the bug"_s
                         << whole(u"See https://example.com/a,b and fix the bug"_s);
    QTest::addRow("whitespace trimmed") << u"  \n Fix the bug \n\n"_s << whole(u"Fix the bug"_s);

    // Lines.
    QTest::addRow("lead-in line")
        << u"Create the following apps:\n- Todo app\n- Notes\n\nUse TypeScript."_s
        << QStringList{u"Create Todo app\n\nUse TypeScript."_s, u"Create Notes app\n\nUse TypeScript."_s};
    QTest::addRow("preamble line")
        << u"We are building a suite for a school.\nCreate these apps:\n1. Timetable\n2. Grades"_s
        << QStringList{u"Create Timetable app\n\nWe are building a suite for a school."_s,
                       u"Create Grades app\n\nWe are building a suite for a school."_s};
    QTest::addRow("lines without a lead-in keep the prose")
        << u"We need a few things done.\n- Fix the login bug\n- Add dark mode"_s
        << QStringList{u"Fix the login bug\n\nWe need a few things done."_s,
                       u"Add dark mode\n\nWe need a few things done."_s};
    QTest::addRow("generic label") << u"Tasks:\n- Fix login\n- Add dark mode"_s
                                   << QStringList{u"Fix login"_s, u"Add dark mode"_s};
    QTest::addRow("heading as label") << u"## TODO\n- Fix login\n- Add dark mode"_s
                                      << QStringList{u"Fix login"_s, u"Add dark mode"_s};
    QTest::addRow("sub-headings")
        << u"Frontend:\n- login page\n- settings page\nBackend:\n- auth API\n- billing API"_s
        << QStringList{u"Frontend: login page"_s, u"Frontend: settings page"_s, u"Backend: auth API"_s,
                       u"Backend: billing API"_s};
    QTest::addRow("nested items stay with their parent")
        << u"Create:\n1. Todo app\n   - add tasks\n   - delete tasks\n2. Notes app"_s
        << QStringList{u"Create Todo app\n- add tasks\n- delete tasks"_s, u"Create Notes app"_s};
    QTest::addRow("wrapped item line")
        << u"- Build a parser\n  that handles JSON\n- Build a lexer"_s
        << QStringList{u"Build a parser\nthat handles JSON"_s, u"Build a lexer"_s};
    QTest::addRow("note after a blank line") << u"1. a\n2. b\n\nKeep it simple."_s
                                             << QStringList{u"a\n\nKeep it simple."_s, u"b\n\nKeep it simple."_s};
    QTest::addRow("windows line ends") << u"1. a\r\n2. b\r\n"_s << QStringList{u"a"_s, u"b"_s};
    QTest::addRow("checkboxes") << u"- [ ] write docs\n- [x] add tests"_s
                                << QStringList{u"write docs"_s, u"add tests"_s};
    QTest::addRow("empty bullets skipped") << u"- a\n- \n-\n- b"_s << QStringList{u"a"_s, u"b"_s};
    QTest::addRow("details after 'with:'") << u"Build a todo app with:\n- add tasks\n- delete tasks"_s
                                           << whole(u"Build a todo app with:\n- add tasks\n- delete tasks"_s);
    QTest::addRow("requirements of one job")
        << u"Build a todo app.\nRequirements:\n- add tasks\n- delete tasks"_s
        << whole(u"Build a todo app.\nRequirements:\n- add tasks\n- delete tasks"_s);
    QTest::addRow("one item is not a list") << u"Do this:\n- only thing\n\nThanks"_s
                                            << whole(u"Do this:\n- only thing\n\nThanks"_s);
    QTest::addRow("bullets inside a code fence")
        << u"Fix this output:\n```\n- not a bullet\n- also not\n```"_s
        << whole(u"Fix this output:\n```\n- not a bullet\n- also not\n```"_s);
    QTest::addRow("dash without space") << u"-a\n-b"_s << whole(u"-a\n-b"_s);
}

void TestHeuristicDecomposer::decompose()
{
    QFETCH(QString, task);
    QFETCH(QStringList, prompts);

    HeuristicDecomposer decomposer;
    const Plan plan = decomposer.decompose(task);
    QCOMPARE(plan.task, task.trimmed());
    QStringList actual;
    for (const auto &subtask : plan.subtasks)
        actual << subtask.prompt;
    QCOMPARE(actual, prompts);

    for (qsizetype i = 0; i < plan.subtasks.size(); ++i) {
        const auto &subtask = plan.subtasks.at(i);
        QCOMPARE(subtask.id, QString::number(i + 1));
        QVERIFY(subtask.dependsOn.isEmpty());
        QVERIFY2(!subtask.prompt.trimmed().isEmpty(), qPrintable(subtask.id));
        QCOMPARE(subtask.title, orch::Subtask::titleFromPrompt(subtask.prompt));
        QVERIFY(!subtask.title.isEmpty());
    }
    QCOMPARE(plan.validate(), QStringList());
}

void TestHeuristicDecomposer::emptyTaskThrows_data()
{
    QTest::addColumn<QString>("task");
    QTest::addRow("empty") << QString();
    QTest::addRow("spaces") << u"   "_s;
    QTest::addRow("blank lines and tabs") << u"\n\t \r\n"_s;
}

void TestHeuristicDecomposer::emptyTaskThrows()
{
    QFETCH(QString, task);
    HeuristicDecomposer decomposer;
    QVERIFY_THROWS_EXCEPTION(orch::TaskDecompositionError, decomposer.decompose(task));
    try {
        decomposer.decompose(task);
    } catch (const orch::TaskDecompositionError &error) {
        QCOMPARE(error.message(), u"The task is empty: there is nothing to plan."_s);
    }
}

void TestHeuristicDecomposer::veryLongTaskIsOneSubtask()
{
    // A megabyte of prose with commas, digits and colons inside words: one subtask, quickly.
    QString task = u"Refactor the storage layer"_s;
    while (task.size() < 1024 * 1024)
        task += u", then measure it again with Python 3.11 at 10:30 and report it"_s;
    HeuristicDecomposer decomposer;
    QElapsedTimer timer;
    timer.start();
    const Plan plan = decomposer.decompose(task);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(plan.subtasks.size(), 1);
    QCOMPARE(plan.subtasks.first().prompt, task);
    QVERIFY(plan.subtasks.first().title.size() <= 80);
    QVERIFY(plan.subtasks.first().title.startsWith(u"Refactor the storage layer, then"_s));
}

void TestHeuristicDecomposer::manyItems()
{
    QString task = u"Write these scripts:\n"_s;
    for (int i = 1; i <= 500; ++i)
        task += u"%1. script_%1.py\n"_s.arg(i);
    HeuristicDecomposer decomposer;
    const Plan plan = decomposer.decompose(task);
    QCOMPARE(plan.subtasks.size(), 500);
    QCOMPARE(plan.subtasks.first().prompt, u"Write script_1.py"_s);
    QCOMPARE(plan.subtasks.last().id, u"500"_s);
    QCOMPARE(plan.subtasks.last().prompt, u"Write script_500.py"_s);
    QCOMPARE(plan.validate(1000), QStringList());
}

void TestHeuristicDecomposer::name()
{
    HeuristicDecomposer decomposer;
    QCOMPARE(decomposer.name(), u"heuristic"_s);
}

QTEST_GUILESS_MAIN(TestHeuristicDecomposer)
#include "tst_heuristicdecomposer.moc"
