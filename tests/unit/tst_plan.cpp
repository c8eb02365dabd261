// Plan: validation messages, find, JSON in both directions, and titles derived from prompts.
#include "planning/Plan.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using orch::Plan;
using orch::Subtask;

namespace {

Subtask task(const QString &id, const QString &prompt, const QStringList &dependsOn = {})
{
    return Subtask{id, QString(), prompt, dependsOn};
}

Plan plan(const QList<Subtask> &subtasks)
{
    return Plan{u"the task"_s, subtasks};
}

} // namespace

class TestPlan final : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void longChainIsValid();
    void find();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void toJsonShape();
    void fromJson_data();
    void fromJson();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void titleFromPrompt_data();
    void titleFromPrompt();
};

void TestPlan::validate_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("maxSubtasks");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("one subtask") << plan({task(u"1"_s, u"do it"_s)}) << 10 << QStringList();
    QTest::addRow("chain and diamond")
        << plan({task(u"a"_s, u"x"_s), task(u"b"_s, u"x"_s, {u"a"_s}), task(u"c"_s, u"x"_s, {u"a"_s}),
                 task(u"d"_s, u"x"_s, {u"b"_s, u"c"_s})})
        << 10 << QStringList();
    QTest::addRow("empty title is fine") << Plan{QString(), {Subtask{u"1"_s, QString(), u"p"_s, {}}}} << 10
                                         << QStringList();
    QTest::addRow("no subtasks") << plan({}) << 10 << QStringList{u"The plan has no subtasks."_s};
    QTest::addRow("over the limit") << plan({task(u"1"_s, u"a"_s), task(u"2"_s, u"b"_s), task(u"3"_s, u"c"_s)}) << 2
                                    << QStringList{u"The plan has 3 subtasks, more than the limit of 2."_s};
    QTest::addRow("at the limit") << plan({task(u"1"_s, u"a"_s), task(u"2"_s, u"b"_s)}) << 2 << QStringList();
    QTest::addRow("empty id") << plan({task(u"1"_s, u"a"_s), task(QString(), u"b"_s)}) << 10
                              << QStringList{u"Subtask #2 has no id."_s};
    QTest::addRow("blank id") << plan({task(u"  "_s, u"b"_s)}) << 10 << QStringList{u"Subtask #1 has no id."_s};
    QTest::addRow("duplicate id, reported once")
        << plan({task(u"x"_s, u"a"_s), task(u"y"_s, u"b"_s), task(u"x"_s, u"c"_s), task(u"x"_s, u"d"_s)}) << 10
        << QStringList{u"Subtask \"x\" appears more than once (at #1 and #3)."_s};
    QTest::addRow("empty prompt") << plan({task(u"a"_s, QString())}) << 10
                                  << QStringList{u"Subtask \"a\" has an empty prompt."_s};
    QTest::addRow("blank prompt") << plan({task(u"a"_s, u" \n\t "_s)}) << 10
                                  << QStringList{u"Subtask \"a\" has an empty prompt."_s};
    QTest::addRow("no id and no prompt") << plan({task(QString(), QString())}) << 10
                                         << QStringList{u"Subtask #1 has no id."_s,
                                                        u"Subtask #1 has an empty prompt."_s};
    QTest::addRow("unknown dependency, reported once")
        << plan({task(u"1"_s, u"a"_s, {u"9"_s, u"9"_s})}) << 10
        << QStringList{u"Subtask \"1\" depends on unknown subtask \"9\"."_s};
    QTest::addRow("self dependency") << plan({task(u"1"_s, u"a"_s, {u"1"_s})}) << 10
                                     << QStringList{u"Subtask \"1\" depends on itself."_s};
    QTest::addRow("two-cycle") << plan({task(u"1"_s, u"a"_s, {u"2"_s}), task(u"2"_s, u"b"_s, {u"1"_s})}) << 10
                               << QStringList{u"Subtasks depend on each other in a cycle: 1 -> 2 -> 1."_s};
    QTest::addRow("three-cycle")
        << plan({task(u"a"_s, u"x"_s, {u"c"_s}), task(u"b"_s, u"x"_s, {u"a"_s}), task(u"c"_s, u"x"_s, {u"b"_s})})
        << 10 << QStringList{u"Subtasks depend on each other in a cycle: a -> c -> b -> a."_s};
    QTest::addRow("cycle below the root")
        << plan({task(u"1"_s, u"x"_s, {u"2"_s}), task(u"2"_s, u"x"_s, {u"3"_s}), task(u"3"_s, u"x"_s, {u"2"_s})})
        << 10 << QStringList{u"Subtasks depend on each other in a cycle: 2 -> 3 -> 2."_s};
    QTest::addRow("two separate cycles")
        << plan({task(u"1"_s, u"x"_s, {u"2"_s}), task(u"2"_s, u"x"_s, {u"1"_s}), task(u"3"_s, u"x"_s, {u"4"_s}),
                 task(u"4"_s, u"x"_s, {u"3"_s})})
        << 10
        << QStringList{u"Subtasks depend on each other in a cycle: 1 -> 2 -> 1."_s,
                       u"Subtasks depend on each other in a cycle: 3 -> 4 -> 3."_s};
    QTest::addRow("everything at once")
        << plan({task(u"1"_s, QString(), {u"1"_s, u"ghost"_s}), task(u"1"_s, u"b"_s), task(QString(), u"c"_s)}) << 2
        << QStringList{u"The plan has 3 subtasks, more than the limit of 2."_s, u"Subtask \"1\" has an empty prompt."_s,
                       u"Subtask \"1\" appears more than once (at #1 and #2)."_s, u"Subtask #3 has no id."_s,
                       u"Subtask \"1\" depends on itself."_s,
                       u"Subtask \"1\" depends on unknown subtask \"ghost\"."_s};
}

void TestPlan::validate()
{
    QFETCH(Plan, plan);
    QFETCH(int, maxSubtasks);
    QFETCH(QStringList, expected);
    QCOMPARE(plan.validate(maxSubtasks), expected);
}

void TestPlan::longChainIsValid()
{
    // Each subtask depends on the one before: deep enough to break a recursive search.
    constexpr int Count = 20000;
    Plan chain;
    for (int i = 0; i < Count; ++i)
        chain.subtasks << task(QString::number(i), u"step"_s,
                               i > 0 ? QStringList{QString::number(i - 1)} : QStringList());
    QVERIFY(chain.validate(Count).isEmpty());

    chain.subtasks.first().dependsOn << QString::number(Count - 1);
    const QStringList problems = chain.validate(Count);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().startsWith(u"Subtasks depend on each other in a cycle: 0 -> 19999 -> 19998 -> "_s));
    QVERIFY(problems.first().endsWith(u" -> 1 -> 0."_s));
}

void TestPlan::find()
{
    const Plan p = plan({task(u"a"_s, u"first"_s), task(u"b"_s, u"second"_s), task(u"a"_s, u"third"_s)});
    QVERIFY(p.find(u"b"_s) != nullptr);
    QCOMPARE(p.find(u"b"_s)->prompt, u"second"_s);
    QCOMPARE(p.find(u"a"_s)->prompt, u"first"_s);
    QCOMPARE(p.find(u"c"_s), nullptr);
    QCOMPARE(p.find(QString()), nullptr);
    QCOMPARE(Plan().find(u"a"_s), nullptr);
}

void TestPlan::jsonRoundTrip_data()
{
    QTest::addColumn<Plan>("plan");
    QTest::addRow("empty") << Plan();
    QTest::addRow("one") << Plan{u"Build it"_s, {Subtask{u"1"_s, u"Build"_s, u"Build it"_s, {}}}};
    QTest::addRow("dependencies and unicode")
        << Plan{u"Zwei Aufgaben: äöü 😀"_s,
                {Subtask{u"1"_s, u"Erste"_s, u"Schreibe \"a.txt\"\nmit Umlauten: äöü"_s, {}},
                 Subtask{u"two"_s, u"Zweite 😀"_s, u"Dann b.txt\t(tab)"_s, {u"1"_s}}}};
    QTest::addRow("invalid plans still round-trip")
        << Plan{QString(), {Subtask{QString(), QString(), QString(), {u"x"_s, u"x"_s}}}};
}

void TestPlan::jsonRoundTrip()
{
    QFETCH(Plan, plan);
    QString error;
    // Through text too, as the run store writes it.
    const nlohmann::json parsed = nlohmann::json::parse(plan.toJson().dump());
    const std::optional<Plan> back = Plan::fromJson(parsed, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    // A missing title comes back derived from the prompt; everything else is identical.
    Plan expected = plan;
    for (Subtask &subtask : expected.subtasks) {
        if (subtask.title.isEmpty())
            subtask.title = Subtask::titleFromPrompt(subtask.prompt);
    }
    QCOMPARE(*back, expected);
}

void TestPlan::toJsonShape()
{
    const Plan p{u"T"_s, {Subtask{u"1"_s, u"Title"_s, u"Prompt"_s, {}}, Subtask{u"2"_s, u"t2"_s, u"p2"_s, {u"1"_s}}}};
    const nlohmann::json expected = nlohmann::json::parse(R"({"task": "T", "subtasks": [
        {"id": "1", "title": "Title", "prompt": "Prompt", "depends_on": []},
        {"id": "2", "title": "t2", "prompt": "p2", "depends_on": ["1"]}]})");
    QCOMPARE(QString::fromStdString(p.toJson().dump()), QString::fromStdString(expected.dump()));
}

void TestPlan::fromJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<Plan>("expected");

    QTest::addRow("minimal: no task, no title, no depends_on")
        << uR"({"subtasks": [{"id": "1", "prompt": "Do it"}]})"_s
        << Plan{QString(), {Subtask{u"1"_s, u"Do it"_s, u"Do it"_s, {}}}};
    QTest::addRow("numbers as ids")
        << uR"({"task": "t", "subtasks": [{"id": 1, "prompt": "a"},)"
           uR"( {"id": 2, "prompt": "b", "depends_on": [1, "1"]}]})"_s
        << Plan{u"t"_s, {Subtask{u"1"_s, u"a"_s, u"a"_s, {}}, Subtask{u"2"_s, u"b"_s, u"b"_s, {u"1"_s, u"1"_s}}}};
    QTest::addRow("nulls for optional keys")
        << uR"({"task": null, "subtasks": [{"id": "x", "prompt": "p", "title": null, "depends_on": null}]})"_s
        << Plan{QString(), {Subtask{u"x"_s, u"p"_s, u"p"_s, {}}}};
    QTest::addRow("title from the prompt's first line")
        << uR"({"subtasks": [{"id": "1", "prompt": "\n\n  Build   the   thing\nthen test it"}]})"_s
        << Plan{QString(), {Subtask{u"1"_s, u"Build the thing"_s, u"\n\n  Build   the   thing\nthen test it"_s, {}}}};
    QTest::addRow("blank title derived, title simplified")
        << uR"({"subtasks": [{"id": "1", "prompt": "p", "title": "  "},)"
           uR"( {"id": "2", "prompt": "q", "title": " A\nB "}]})"_s
        << Plan{QString(), {Subtask{u"1"_s, u"p"_s, u"p"_s, {}}, Subtask{u"2"_s, u"A B"_s, u"q"_s, {}}}};
    QTest::addRow("extra keys ignored")
        << uR"({"version": 2, "subtasks": [{"id": "1", "prompt": "p", "priority": "high"}]})"_s
        << Plan{QString(), {Subtask{u"1"_s, u"p"_s, u"p"_s, {}}}};
    QTest::addRow("empty list is a plan (validate complains)") << uR"({"subtasks": []})"_s << Plan();
    QTest::addRow("negative and big ids")
        << uR"({"subtasks": [{"id": -3, "prompt": "p"}, {"id": 12345678901, "prompt": "q"}]})"_s
        << Plan{QString(), {Subtask{u"-3"_s, u"p"_s, u"p"_s, {}}, Subtask{u"12345678901"_s, u"q"_s, u"q"_s, {}}}};
}

void TestPlan::fromJson()
{
    QFETCH(QString, json);
    QFETCH(Plan, expected);
    QString error;
    const std::optional<Plan> parsed = Plan::fromJson(nlohmann::json::parse(json.toStdString()), &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(*parsed, expected);
}

void TestPlan::fromJsonRejects_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");

    QTest::addRow("array") << u"[]"_s << u"A plan must be a JSON object."_s;
    QTest::addRow("string") << u"\"plan\""_s << u"A plan must be a JSON object."_s;
    QTest::addRow("task not a string") << uR"({"task": 3, "subtasks": []})"_s
                                       << u"The plan's \"task\" must be a string."_s;
    QTest::addRow("no subtasks") << uR"({"task": "t"})"_s << u"The plan has no \"subtasks\" list."_s;
    QTest::addRow("subtasks an object") << uR"({"subtasks": {"id": "1"}})"_s
                                        << u"The plan's \"subtasks\" must be a list."_s;
    QTest::addRow("subtask a string") << uR"({"subtasks": [{"id": "1", "prompt": "a"}, "b"]})"_s
                                      << u"Subtask #2 must be a JSON object."_s;
    QTest::addRow("no id") << uR"({"subtasks": [{"prompt": "a"}]})"_s << u"Subtask #1 has no \"id\"."_s;
    QTest::addRow("fractional id") << uR"({"subtasks": [{"id": 1.5, "prompt": "a"}]})"_s
                                   << u"Subtask #1: \"id\" must be a string or a whole number."_s;
    QTest::addRow("boolean id") << uR"({"subtasks": [{"id": true, "prompt": "a"}]})"_s
                                << u"Subtask #1: \"id\" must be a string or a whole number."_s;
    QTest::addRow("no prompt") << uR"({"subtasks": [{"id": "a", "prompt": "p"}, {"id": "b"}]})"_s
                               << u"Subtask \"b\" has no \"prompt\"."_s;
    QTest::addRow("prompt a list") << uR"({"subtasks": [{"id": 7, "prompt": ["a"]}]})"_s
                                   << u"Subtask \"7\": \"prompt\" must be a string."_s;
    QTest::addRow("title a number") << uR"({"subtasks": [{"id": "a", "prompt": "p", "title": 1}]})"_s
                                    << u"Subtask \"a\": \"title\" must be a string."_s;
    QTest::addRow("depends_on a string") << uR"({"subtasks": [{"id": "a", "prompt": "p", "depends_on": "b"}]})"_s
                                         << u"Subtask \"a\": \"depends_on\" must be a list of ids."_s;
    QTest::addRow("depends_on holds an object")
        << uR"({"subtasks": [{"id": "a", "prompt": "p", "depends_on": [{"id": "b"}]}]})"_s
        << u"Subtask \"a\": \"depends_on\" must hold only ids (strings or whole numbers)."_s;
    QTest::addRow("blank id named by position") << uR"({"subtasks": [{"id": "", "prompt": 3}]})"_s
                                                << u"Subtask #1: \"prompt\" must be a string."_s;
}

void TestPlan::fromJsonRejects()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!Plan::fromJson(nlohmann::json::parse(json.toStdString()), &message).has_value());
    QCOMPARE(message, error);
    // The error pointer is optional.
    QVERIFY(!Plan::fromJson(nlohmann::json::parse(json.toStdString())).has_value());
}

void TestPlan::titleFromPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("title");

    const QString longLine = u"Create a command line tool that converts CSV files into JSON documents while "
                             "keeping the column types intact and reporting every malformed row"_s;
    QTest::addRow("short") << u"Fix the bug"_s << 80 << u"Fix the bug"_s;
    QTest::addRow("empty") << QString() << 80 << QString();
    QTest::addRow("blank lines first") << u"\n \n  First line  \nsecond"_s << 80 << u"First line"_s;
    QTest::addRow("whitespace collapsed") << u"a \t b    c"_s << 80 << u"a b c"_s;
    QTest::addRow("bullet") << u"- Fix it"_s << 80 << u"Fix it"_s;
    QTest::addRow("bullet dot") << u"\u2022 Fix it"_s << 80 << u"Fix it"_s;
    QTest::addRow("numbered") << u"12) Fix it"_s << 80 << u"Fix it"_s;
    QTest::addRow("heading") << u"## Build the API"_s << 80 << u"Build the API"_s;
    QTest::addRow("only a mark stays") << u"-"_s << 80 << u"-"_s;
    QTest::addRow("version number kept") << u"3.11 is the version"_s << 80 << u"3.11 is the version"_s;
    QTest::addRow("cut at a word")
        << longLine << 80 << u"Create a command line tool that converts CSV files into JSON documents while..."_s;
    QTest::addRow("cut inside one long word") << QString(200, u'x') << 20 << (QString(17, u'x') + u"..."_s);
    QTest::addRow("exact length kept") << QString(80, u'y') << 80 << QString(80, u'y');
}

void TestPlan::titleFromPrompt()
{
    QFETCH(QString, prompt);
    QFETCH(int, maxLength);
    QFETCH(QString, title);
    const QString derived = Subtask::titleFromPrompt(prompt, maxLength);
    QCOMPARE(derived, title);
    QVERIFY(derived.size() <= maxLength);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
