// DotEnv and ShellWords: the two small parsers of text that users write by hand.
#include "config/DotEnv.h"
#include "util/ShellWords.h"

#include <QtTest>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

class TestDotEnv final : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void problems_data();
    void problems();
    void lastAssignmentWins();
    void lineNumbers();
    void missingFileIsEmpty();
    void shellWords_data();
    void shellWords();
    void shellWordsRoundTrip();
};

void TestDotEnv::values_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QByteArray("V=hello") << "hello";
    QTest::addRow("spaces around =") << QByteArray("V = hello  ") << "hello";
    QTest::addRow("export") << QByteArray("export V=hello") << "hello";
    QTest::addRow("inline comment") << QByteArray("V=hello # note") << "hello";
    QTest::addRow("hash inside word") << QByteArray("V=a#b") << "a#b";
    QTest::addRow("double quoted") << QByteArray("V=\"a b # c\"") << "a b # c";
    QTest::addRow("escapes") << QByteArray("V=\"line1\\nline2\\t\\\"q\\\"\\\\\"") << "line1\nline2\t\"q\"\\";
    QTest::addRow("single quoted literal") << QByteArray("V='a\\nb \"c\"'") << "a\\nb \"c\"";
    QTest::addRow("quoted then comment") << QByteArray("V='x' # c") << "x";
    QTest::addRow("multi-line") << QByteArray("V=\"first\nsecond\"") << "first\nsecond";
    QTest::addRow("crlf") << QByteArray("V=win\r\n") << "win";
    QTest::addRow("empty") << QByteArray("V=") << "";
    QTest::addRow("equals in value") << QByteArray("V=a=b=c") << "a=b=c";
    QTest::addRow("utf-8") << QByteArray("V=h\xc3\xa9llo") << QStringLiteral("h\u00e9llo");
}

void TestDotEnv::values()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const DotEnv env = DotEnv::parse("# leading comment\n\n" + text + "\n");
    QVERIFY(env.problems().isEmpty());
    QCOMPARE(env.entries().size(), 1);
    QCOMPARE(env.value(QStringLiteral("V")), expected);
    QVERIFY(!env.value(QStringLiteral("V")).isNull());
}

void TestDotEnv::problems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addRow("no equals") << QByteArray("A=1\nJUSTTEXT\n") << 2 << "expected NAME=value";
    QTest::addRow("bad name") << QByteArray("1ABC=x\n") << 1 << "'1ABC' is not a valid variable name";
    QTest::addRow("dash in name") << QByteArray("\nA-B=x\n") << 2 << "'A-B' is not a valid variable name";
    QTest::addRow("unterminated") << QByteArray("A=\"open\nB=2\n") << 1 << "unterminated quoted value";
    QTest::addRow("junk after quote") << QByteArray("A='x' y\n") << 1 << "unexpected text after the closing quote";
}

void TestDotEnv::problems()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const DotEnv env = DotEnv::parse(text);
    QCOMPARE(env.problems().size(), 1);
    QCOMPARE(env.problems().first().line, line);
    QCOMPARE(env.problems().first().message, message);
}

void TestDotEnv::lastAssignmentWins()
{
    const DotEnv env = DotEnv::parse("A=1\nA=2\n");
    QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("2"));
    QCOMPARE(env.find(QStringLiteral("A"))->line, 2);
    QVERIFY(env.value(QStringLiteral("B")).isNull());
}

void TestDotEnv::lineNumbers()
{
    const DotEnv env = DotEnv::parse("# c\n\nA=\"x\ny\"\nB=3\n");
    QCOMPARE(env.find(QStringLiteral("A"))->line, 3);
    QCOMPARE(env.find(QStringLiteral("B"))->line, 5);
}

void TestDotEnv::missingFileIsEmpty()
{
    QString error;
    const DotEnv env = DotEnv::load(QStringLiteral("/nonexistent/.env"), &error);
    QVERIFY(env.entries().isEmpty());
    QVERIFY(error.isEmpty());
}

void TestDotEnv::shellWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addRow("plain") << "a b  c" << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::addRow("single quotes") << "'a b' c" << QStringList{u"a b"_s, u"c"_s};
    QTest::addRow("double quotes") << "\"a \\\"b\\\"\" c" << QStringList{u"a \"b\""_s, u"c"_s};
    QTest::addRow("empty word") << "'' x \"\"" << QStringList{u""_s, u"x"_s, u""_s};
    QTest::addRow("backslash") << "a\\ b" << QStringList{u"a b"_s};
    QTest::addRow("glued") << "--x='1 2'" << QStringList{u"--x=1 2"_s};
    QTest::addRow("no expansion") << "$HOME *.txt" << QStringList{u"$HOME"_s, u"*.txt"_s};
    QTest::addRow("blank") << "   " << QStringList{};
}

void TestDotEnv::shellWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    const std::optional<QStringList> split = ShellWords::split(text);
    QVERIFY(split);
    QCOMPARE(*split, words);
    QString problem;
    QVERIFY(!ShellWords::split(QStringLiteral("a 'open"), &problem));
    QCOMPARE(problem, QStringLiteral("unterminated ' quote"));
}

void TestDotEnv::shellWordsRoundTrip()
{
    const QStringList words = {QStringLiteral("plain"), QString(), QStringLiteral("it's"), QStringLiteral("a \"b\""),
                               QStringLiteral("$x\\y"), QStringLiteral("tab\there"), QStringLiteral("\u00fc\U0001F600")};
    QCOMPARE(ShellWords::split(ShellWords::join(words)).value(), words);
    QCOMPARE(ShellWords::quote(QStringLiteral("--flag=a,b")), QStringLiteral("--flag=a,b"));
}

QTEST_GUILESS_MAIN(TestDotEnv)
#include "tst_dotenv.moc"
