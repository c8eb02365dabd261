// DiffView and DiffHighlighter: the format each kind of diff line gets (read back from the text
// layout, as painted), on a light and on a dark palette; header-looking lines inside a hunk;
// messages left uncoloured; read-only monospace; the cap on big diffs with its note.
#include "results/DiffHighlighter.h"
#include "results/DiffView.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

using Kind = DiffHighlighter::LineKind;

// Line number -> the kind of line it is. Lines 8 and 9 look like file headers but sit in a hunk.
const QString samplePatch = uR"(diff --git a/shared.txt b/shared.txt
index 1234567..89abcde 100644
--- a/shared.txt
+++ b/shared.txt
@@ -1,5 +1,5 @@ int main()
 unchanged
-old line
+new line
--- removed text that starts with two dashes
+++ added text that starts with two pluses
\ No newline at end of file
diff --git a/image.png b/image.png
new file mode 100644
Binary files /dev/null and b/image.png differ
)"_s;

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

// The formats the highlighter put on a line, as the layout paints them.
QList<QTextLayout::FormatRange> formatsOf(const QPlainTextEdit &view, int line)
{
    const QTextBlock block = view.document()->findBlockByNumber(line);
    return block.isValid() && block.layout() ? block.layout()->formats() : QList<QTextLayout::FormatRange>();
}

bool greenish(const QColor &c) { return c.green() > c.red() + 40 && c.green() > c.blue(); }
bool reddish(const QColor &c) { return c.red() > c.green() + 40 && c.red() > c.blue(); }

} // namespace

class TestDiffView final : public QObject
{
    Q_OBJECT

private slots:
    void lineFormats_data();
    void lineFormats();
    void hunkHeaderIsDistinct_data();
    void hunkHeaderIsDistinct();
    void followsPaletteChanges();
    void messagesAreNotColoured();
    void readOnlyMonospace();
    void bigDiffIsCappedWithANote();
    void smallDiffIsNotCapped();
};

void TestDiffView::lineFormats_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("line");
    QTest::addColumn<Kind>("kind");
    const QList<std::pair<int, Kind>> lines = {
        {0, Kind::FileHeader}, {1, Kind::FileHeader}, {2, Kind::FileHeader}, {3, Kind::FileHeader},
        {4, Kind::HunkHeader}, {5, Kind::Context},    {6, Kind::Removed},    {7, Kind::Added},
        {8, Kind::Removed},    {9, Kind::Added},      {10, Kind::NoNewline}, {11, Kind::FileHeader},
        {12, Kind::FileHeader}, {13, Kind::FileHeader}};
    for (const bool dark : {false, true}) {
        for (const auto &[line, kind] : lines) {
            QTest::addRow("%s line %d %s", dark ? "dark" : "light", line, QMetaEnum::fromType<Kind>().valueToKey(int(kind)))
                << dark << line << kind;
        }
    }
}

void TestDiffView::lineFormats()
{
    QFETCH(bool, dark);
    QFETCH(int, line);
    QFETCH(Kind, kind);

    DiffView view;
    view.setPalette(dark ? darkPalette() : lightPalette());
    QCOMPARE(view.highlighter()->darkBackground(), dark);
    view.setDiff(samplePatch);
    const QString text = view.document()->findBlockByNumber(line).text();
    QVERIFY(!text.isEmpty());
    // The first highlight after the highlighter is attached comes from the event loop.
    QTRY_VERIFY(!formatsOf(view, 0).isEmpty());

    const QList<QTextLayout::FormatRange> formats = formatsOf(view, line);
    if (kind == Kind::Context) {
        QVERIFY2(formats.isEmpty(), qPrintable(text));
        return;
    }
    QCOMPARE(formats.size(), 1);
    QCOMPARE(formats.first().start, 0);
    QCOMPARE(formats.first().length, text.size());
    const QTextCharFormat format = formats.first().format;
    QCOMPARE(format, view.highlighter()->format(kind));
    const QColor foreground = format.foreground().color();
    // Readable: light text on the dark base, dark text on the light one.
    if (dark)
        QVERIFY2(foreground.lightness() > 128, qPrintable(foreground.name()));
    else
        QVERIFY2(foreground.lightness() < 128, qPrintable(foreground.name()));

    switch (kind) {
    case Kind::Added:
        QVERIFY2(greenish(foreground), qPrintable(foreground.name()));
        QVERIFY(format.background().style() != Qt::NoBrush);
        QVERIFY(greenish(format.background().color()) || format.background().color().green() >= 0xf0);
        break;
    case Kind::Removed:
        QVERIFY2(reddish(foreground), qPrintable(foreground.name()));
        QVERIFY(format.background().style() != Qt::NoBrush);
        break;
    case Kind::FileHeader:
        QCOMPARE(format.fontWeight(), int(QFont::Bold));
        break;
    case Kind::NoNewline:
        QVERIFY(format.fontItalic());
        break;
    case Kind::HunkHeader:
    case Kind::Context:
        break;
    }
}

void TestDiffView::hunkHeaderIsDistinct_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestDiffView::hunkHeaderIsDistinct()
{
    QFETCH(bool, dark);
    DiffView view;
    view.setPalette(dark ? darkPalette() : lightPalette());
    view.setDiff(samplePatch);
    QTRY_VERIFY(!formatsOf(view, 4).isEmpty());
    const QColor hunk = formatsOf(view, 4).first().format.foreground().color();
    const QColor header = formatsOf(view, 0).first().format.foreground().color();
    const QColor removed = formatsOf(view, 6).first().format.foreground().color();
    const QColor added = formatsOf(view, 7).first().format.foreground().color();
    const QColor text = view.palette().color(QPalette::Text);
    for (const QColor &other : {header, removed, added, text})
        QVERIFY2(hunk != other, qPrintable(hunk.name() + u" == "_s + other.name()));
    QVERIFY(!greenish(hunk));
    QVERIFY(!reddish(hunk));
}

void TestDiffView::followsPaletteChanges()
{
    DiffView view;
    view.setPalette(lightPalette());
    view.setDiff(samplePatch);
    QTRY_VERIFY(!formatsOf(view, 7).isEmpty());
    const QColor lightAdded = formatsOf(view, 7).first().format.foreground().color();

    view.setPalette(darkPalette());
    QVERIFY(view.highlighter()->darkBackground());
    const QColor darkAdded = formatsOf(view, 7).first().format.foreground().color();
    QVERIFY(lightAdded != darkAdded);
    QVERIFY(greenish(darkAdded));
    QVERIFY(darkAdded.lightness() > lightAdded.lightness());
}

void TestDiffView::messagesAreNotColoured()
{
    DiffView view;
    view.setDiff(samplePatch);
    QTRY_VERIFY(!formatsOf(view, 0).isEmpty());
    view.setMessage(u"@@ not a hunk\n+ not added\n- not removed"_s);
    QCOMPARE(view.toPlainText(), u"@@ not a hunk\n+ not added\n- not removed"_s);
    for (int line = 0; line < 3; ++line)
        QVERIFY2(formatsOf(view, line).isEmpty(), qPrintable(QString::number(line)));
    QVERIFY(!view.isTruncated());

    // And the next diff is coloured again.
    view.setDiff(samplePatch);
    QVERIFY(!formatsOf(view, 7).isEmpty());
}

void TestDiffView::readOnlyMonospace()
{
    DiffView view;
    QVERIFY(view.isReadOnly());
    QCOMPARE(view.lineWrapMode(), QPlainTextEdit::NoWrap);
    QCOMPARE(view.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    view.setDiff(samplePatch);
    QCOMPARE(view.toPlainText(), samplePatch);
}

void TestDiffView::bigDiffIsCappedWithANote()
{
    DiffView view;
    view.setMaxChars(10000);
    QString patch = u"diff --git a/big.txt b/big.txt\n--- a/big.txt\n+++ b/big.txt\n@@ -0,0 +1,2000 @@\n"_s;
    for (int i = 0; i < 2000; ++i)
        patch += u"+added line number %1\n"_s.arg(i, 5, 10, QLatin1Char('0'));
    QVERIFY(patch.size() > 40000);
    view.setDiff(patch);
    QVERIFY(view.isTruncated());
    const QString shown = view.toPlainText();
    QVERIFY2(shown.size() < 10000 + 200, qPrintable(QString::number(shown.size())));
    QVERIFY(patch.startsWith(shown.left(shown.lastIndexOf(u'\n'))));
    // Cut at a line boundary: the last diff line shown is whole, then the note.
    const QStringList lines = shown.split(u'\n');
    QVERIFY(lines.size() > 100);
    static const QRegularExpression wholeLine(u"^\\+added line number \\d{5}$"_s);
    QVERIFY2(wholeLine.match(lines.at(lines.size() - 2)).hasMatch(), qPrintable(lines.at(lines.size() - 2)));
    QVERIFY2(lines.last().contains(u"truncated"_s), qPrintable(lines.last()));
    QTRY_VERIFY(!formatsOf(view, 0).isEmpty());
    QVERIFY(formatsOf(view, int(lines.size()) - 1).isEmpty());  // the note is not a diff line
    QVERIFY(!formatsOf(view, int(lines.size()) - 2).isEmpty());
}

void TestDiffView::smallDiffIsNotCapped()
{
    DiffView view;
    QCOMPARE(view.maxChars(), DiffView::defaultMaxChars);
    view.setDiff(samplePatch);
    QVERIFY(!view.isTruncated());
    QVERIFY(!view.toPlainText().contains(u"truncated"_s));
}

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
