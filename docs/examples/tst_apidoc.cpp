// docs/api.md against its examples: every ```cpp block must be an excerpt of an example source
// and every ```cmake block an excerpt of docs/examples/CMakeLists.txt (the same consecutive
// lines, at most uniformly de-indented); every example must be linked and every link to an
// example must resolve. The examples themselves are built and run as their own tests, so a block
// that is found here is code that compiles and works.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct CodeBlock
{
    int line = 0; // 1-based line of the opening fence
    QStringList lines;
};

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.remove(u'\r');
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.split(u'\n');
}

// The fenced blocks of one language ("cpp"); blocks of other languages are skipped whole.
QList<CodeBlock> codeBlocks(const QStringList &markdown, const QString &language)
{
    QList<CodeBlock> blocks;
    std::optional<CodeBlock> open;
    bool inOtherFence = false;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QString &line = markdown.at(i);
        const bool fence = line.startsWith(u"```"_s);
        const bool closing = line.trimmed() == u"```"_s; // a closing fence has no info string
        if (open) {
            if (closing) {
                blocks << *open;
                open.reset();
            } else {
                open->lines << line;
            }
        } else if (inOtherFence) {
            inOtherFence = !closing;
        } else if (fence) {
            if (line.trimmed() == u"```"_s + language)
                open = CodeBlock {int(i) + 1, {}};
            else
                inOtherFence = true;
        }
    }
    if (open)
        blocks << *open; // unterminated: still checked, so it cannot hide
    return blocks;
}

// True when `block` equals source lines [start, start + n) with the same number of leading spaces
// removed from each non-empty line (an excerpt from inside a function reads better de-indented).
bool matchesAt(const QStringList &block, const QStringList &source, qsizetype start)
{
    if (start + block.size() > source.size())
        return false;
    qsizetype indent = -1;
    for (qsizetype j = 0; j < block.size(); ++j) {
        const QString &expected = block.at(j);
        const QString &actual = source.at(start + j);
        if (expected.isEmpty()) {
            if (!actual.isEmpty())
                return false;
            continue;
        }
        if (indent < 0) {
            indent = actual.size() - expected.size();
            if (indent < 0 || !actual.endsWith(expected) || !actual.left(indent).trimmed().isEmpty()
                || actual.left(indent).contains(u'\t'))
                return false;
        }
        if (actual != QString(indent, u' ') + expected)
            return false;
    }
    return indent >= 0; // a block of blank lines proves nothing
}

bool isExcerpt(const QStringList &block, const QStringList &source)
{
    for (qsizetype start = 0; start < source.size(); ++start) {
        if (matchesAt(block, source, start))
            return true;
    }
    return false;
}

QStringList exampleFiles()
{
    QStringList files = QDir(QStringLiteral(EXAMPLES_DIR)).entryList({u"*.cpp"_s}, QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) { return name.startsWith(u"tst_"_s); });
    return files;
}

} // namespace

class TestApiDoc final : public QObject
{
    Q_OBJECT

private slots:
    void excerptMatching_data();
    void excerptMatching();
    void fencesAreFound();
    void everyCodeBlockIsAnExcerpt_data();
    void everyCodeBlockIsAnExcerpt();
    void everyExampleIsLinked();
    void everyExampleLinkResolves();
};

void TestApiDoc::excerptMatching_data()
{
    QTest::addColumn<QStringList>("block");
    QTest::addColumn<bool>("found");
    // The source the rows are matched against.
    QTest::addRow("whole lines") << QStringList {u"int main()"_s, u"{"_s} << true;
    QTest::addRow("de-indented") << QStringList {u"if (x)"_s, u"    return 1;"_s, u""_s, u"return 0;"_s} << true;
    QTest::addRow("one word changed") << QStringList {u"if (y)"_s, u"    return 1;"_s} << false;
    QTest::addRow("out of order") << QStringList {u"return 0;"_s, u"if (x)"_s} << false;
    QTest::addRow("part of a line") << QStringList {u"return"_s} << false;
    QTest::addRow("uneven indent") << QStringList {u"if (x)"_s, u"return 1;"_s} << false;
    QTest::addRow("blank line missing") << QStringList {u"    return 1;"_s, u"    return 0;"_s} << false;
    QTest::addRow("only blank lines") << QStringList {u""_s} << false;
}

void TestApiDoc::excerptMatching()
{
    QFETCH(QStringList, block);
    QFETCH(bool, found);
    const QStringList source {
        u"int main()"_s, u"{"_s, u"    if (x)"_s, u"        return 1;"_s, u""_s, u"    return 0;"_s, u"}"_s};
    QCOMPARE(isExcerpt(block, source), found);
}

void TestApiDoc::fencesAreFound()
{
    const QStringList markdown {u"text"_s, u"```cpp"_s, u"int a;"_s, u"```"_s, u"```text"_s, u"```cpp"_s, u"```"_s,
        u"```cmake"_s, u"add()"_s, u"```"_s, u"```cpp"_s, u"int b;"_s};
    const QList<CodeBlock> cpp = codeBlocks(markdown, u"cpp"_s);
    QCOMPARE(cpp.size(), 2); // the ```cpp inside the text block is text, the unterminated one counts
    QCOMPARE(cpp.at(0).line, 2);
    QCOMPARE(cpp.at(0).lines, QStringList {u"int a;"_s});
    QCOMPARE(cpp.at(1).lines, QStringList {u"int b;"_s});
    QCOMPARE(codeBlocks(markdown, u"cmake"_s).constFirst().lines, QStringList {u"add()"_s});
}

void TestApiDoc::everyCodeBlockIsAnExcerpt_data()
{
    QTest::addColumn<QStringList>("block");
    QTest::addColumn<QStringList>("sources");
    const QStringList markdown = readLines(QStringLiteral(API_DOC));
    const QList<CodeBlock> cpp = codeBlocks(markdown, u"cpp"_s);
    // At least one excerpt per example, so an emptied page fails too.
    QVERIFY2(cpp.size() >= exampleFiles().size(), "docs/api.md has fewer ```cpp blocks than examples");
    for (const CodeBlock &block : cpp)
        QTest::addRow("api.md:%d", block.line) << block.lines << exampleFiles();
    for (const CodeBlock &block : codeBlocks(markdown, u"cmake"_s))
        QTest::addRow("api.md:%d", block.line) << block.lines << QStringList {u"CMakeLists.txt"_s};
}

void TestApiDoc::everyCodeBlockIsAnExcerpt()
{
    QFETCH(QStringList, block);
    QFETCH(QStringList, sources);
    QVERIFY(!block.isEmpty());
    for (const QString &name : std::as_const(sources)) {
        if (isExcerpt(block, readLines(QDir(QStringLiteral(EXAMPLES_DIR)).filePath(name))))
            return;
    }
    QFAIL(qPrintable(u"not an excerpt of "_s + sources.join(u", "_s) + u" in docs/examples:\n"_s + block.join(u'\n')));
}

void TestApiDoc::everyExampleIsLinked()
{
    const QString doc = readLines(QStringLiteral(API_DOC)).join(u'\n');
    const QStringList files = exampleFiles();
    QVERIFY(files.size() >= 4);
    for (const QString &name : files)
        QVERIFY2(doc.contains(u"](examples/"_s + name + u')'), qPrintable(name + u" is not linked from api.md"_s));
}

void TestApiDoc::everyExampleLinkResolves()
{
    const QString doc = readLines(QStringLiteral(API_DOC)).join(u'\n');
    static const QRegularExpression link(uR"(\]\(examples/([^)#]+)[)#])"_s);
    int links = 0;
    for (QRegularExpressionMatchIterator it = link.globalMatch(doc); it.hasNext();) {
        const QString target = it.next().captured(1);
        QVERIFY2(QFile::exists(QDir(QStringLiteral(EXAMPLES_DIR)).filePath(target)), qPrintable(target));
        ++links;
    }
    QVERIFY(links > 0);
}

QTEST_GUILESS_MAIN(TestApiDoc)
#include "tst_apidoc.moc"
