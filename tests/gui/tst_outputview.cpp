// WorkerOutputView: readable rendering of agent events, per-worker bounded backlogs with a visible
// dropped marker, chunked appends, following the tail only at the bottom, the raw JSON toggle
// reading the transcript, and the live output of a real run on fake_claude.
#include "agent/AgentEvent.h"
#include "run/Orchestrator.h"
#include "tst_workers_support.h"
#include "workers/WorkerOutputView.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest>

using namespace orch;

class TestOutputView final : public QObject
{
    Q_OBJECT

private slots:
    void rendersReadably_data();
    void rendersReadably();
    void backlogIsBoundedWithMarker();
    void switchingWorkersShowsTheirHistory();
    void appendsInChunks();
    void followsTailOnlyAtBottom();
    void rawJsonReadsTheTranscript();
    void realRunShowsReadableOutput();

private:
    static QStringList numbered(int from, int count);
};

QStringList TestOutputView::numbered(int from, int count)
{
    QStringList lines;
    for (int i = from; i < from + count; ++i)
        lines << QStringLiteral("line %1").arg(i);
    return lines;
}

void TestOutputView::rendersReadably_data()
{
    QTest::addColumn<AgentEvent>("event");
    QTest::addColumn<QStringList>("expected");  // substrings, one per rendered line

    AgentEvent text;
    text.kind = AgentEvent::Kind::AssistantText;
    text.text = QStringLiteral("First line\nsecond line");
    QTest::addRow("assistant text") << text << QStringList{QStringLiteral("First line"), QStringLiteral("second line")};

    AgentEvent tool;
    tool.kind = AgentEvent::Kind::ToolUse;
    tool.toolName = QStringLiteral("Bash");
    tool.text = QStringLiteral("Bash ls -la");
    QTest::addRow("tool use") << tool << QStringList{QStringLiteral("▶ Bash: ls -la")};

    AgentEvent result;
    result.kind = AgentEvent::Kind::ToolResult;
    result.text = QString(500, u'x');
    QTest::addRow("tool result shortened") << result << QStringList{QString(QStringLiteral("  ⎿ ") + QString(159, u'x') + QChar(0x2026))};

    AgentEvent failed = result;
    failed.isError = true;
    failed.text = QStringLiteral("No such file");
    QTest::addRow("tool error") << failed << QStringList{QStringLiteral("✗ No such file")};

    AgentEvent retry;
    retry.kind = AgentEvent::Kind::ApiRetry;
    retry.attempt = 1;
    retry.maxRetries = 10;
    retry.retryDelayMs = 500;
    retry.errorStatus = 529;
    retry.text = QStringLiteral("overloaded");
    QTest::addRow("api retry") << retry << QStringList{QStringLiteral("1/10")};

    AgentEvent done;
    done.kind = AgentEvent::Kind::Result;
    AgentResult r;
    r.subtype = QStringLiteral("success");
    r.costUsd = 0.0123;
    r.inputTokens = 10;
    r.outputTokens = 20;
    r.turns = 3;
    r.text = QStringLiteral("All done");
    done.result = r;
    QTest::addRow("result with cost") << done << QStringList{QStringLiteral("$0.0123"), QStringLiteral("All done")};
}

void TestOutputView::rendersReadably()
{
    QFETCH(AgentEvent, event);
    QFETCH(QStringList, expected);
    const QStringList lines = WorkerOutputView::render(event);
    QCOMPARE(lines.size(), expected.size());
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines.at(i).contains(expected.at(i)), qPrintable(lines.at(i)));
        QVERIFY(!lines.at(i).contains(u'{'));
    }
}

void TestOutputView::backlogIsBoundedWithMarker()
{
    WorkerOutputView view;
    view.setMaximumLines(100);
    view.setCurrentWorker(1);
    view.addLines(1, numbered(1, 1000));
    view.addLines(2, numbered(1, 250));
    view.flushNow();
    QCOMPARE(view.bufferedLines(1), 100);
    QCOMPARE(view.droppedLines(1), 900);
    QCOMPARE(view.bufferedLines(2), 100);
    QCOMPARE(view.droppedLines(2), 150);
    const QTextDocument *document = view.textEdit()->document();
    QVERIFY(document->blockCount() <= 101);
    QCOMPARE(document->firstBlock().text(), WorkerOutputView::droppedMarker(900));
    QCOMPARE(document->lastBlock().text(), QStringLiteral("line 1000"));
    QVERIFY(document->toPlainText().contains(QStringLiteral("line 901\n")));
    QVERIFY(!document->toPlainText().contains(QStringLiteral("line 900\n")));
}

void TestOutputView::switchingWorkersShowsTheirHistory()
{
    WorkerOutputView view;
    view.addLines(1, {QStringLiteral("from one")});
    view.addLines(2, {QStringLiteral("from two")});
    view.setCurrentWorker(2);
    view.flushNow();
    QCOMPARE(view.textEdit()->toPlainText(), QStringLiteral("from two"));
    // Live lines of another worker do not show; those of the selected one do.
    view.addLines(1, {QStringLiteral("more from one")});
    view.addLines(2, {QStringLiteral("more from two")});
    view.flushNow();
    QCOMPARE(view.textEdit()->toPlainText(), QStringLiteral("from two\nmore from two"));
    view.setCurrentWorker(1);
    view.flushNow();
    QCOMPARE(view.textEdit()->toPlainText(), QStringLiteral("from one\nmore from one"));
    view.setCurrentWorker(0);
    QVERIFY(view.textEdit()->toPlainText().isEmpty());
}

void TestOutputView::appendsInChunks()
{
    WorkerOutputView view;
    view.setMaximumLines(20000);
    view.setCurrentWorker(1);
    QSignalSpy flushed(&view, &WorkerOutputView::flushed);
    view.addLines(1, numbered(1, 20000));
    QCOMPARE(flushed.size(), 0);  // queued, not appended inside the call
    QTRY_COMPARE(view.pendingLines(), 0);
    int total = 0;
    for (const QList<QVariant> &args : std::as_const(flushed))
        total += args.at(0).toInt();
    QCOMPARE(total, 20000);
    QVERIFY2(flushed.size() > 1, "one append of everything would block the event loop");
    QCOMPARE(view.textEdit()->document()->blockCount(), 20000);
}

void TestOutputView::followsTailOnlyAtBottom()
{
    WorkerOutputView view;
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentWorker(1);
    view.addLines(1, numbered(1, 200));
    view.flushNow();
    QScrollBar *bar = view.textEdit()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowingTail());

    bar->setValue(10);  // the user scrolls up to read
    QVERIFY(!view.isFollowingTail());
    view.addLines(1, numbered(201, 100));
    view.flushNow();
    QCOMPARE(bar->value(), 10);

    bar->setValue(bar->maximum());  // back at the bottom: following again
    view.addLines(1, numbered(301, 100));
    view.flushNow();
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view.textEdit()->toPlainText().endsWith(QStringLiteral("line 400")));
}

void TestOutputView::rawJsonReadsTheTranscript()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("transcript.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\":\"system\",\"subtype\":\"init\"}\n{\"type\":\"assistant\",\"n\":1}\n{\"type\":\"partial");
    file.flush();

    WorkerOutputView view;
    view.setTranscriptResolver([path](int workerId) { return workerId == 3 ? path : QString(); });
    view.addLines(3, {QStringLiteral("readable line")});
    view.setCurrentWorker(3);
    auto *toggle = view.findChild<QCheckBox *>(QStringLiteral("rawJsonToggle"));
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(view.isRawJson());
    view.flushNow();
    QCOMPARE(view.textEdit()->toPlainText(),
             QStringLiteral("{\"type\":\"system\",\"subtype\":\"init\"}\n{\"type\":\"assistant\",\"n\":1}"));
    // Lines appended later arrive, the partial one once it is complete.
    file.write("\",\"n\":2}\n");
    file.flush();
    QTRY_VERIFY(view.textEdit()->toPlainText().endsWith(QStringLiteral("{\"type\":\"partial\",\"n\":2}")));
    toggle->click();
    QVERIFY(!view.isRawJson());
    view.flushNow();
    QCOMPARE(view.textEdit()->toPlainText(), QStringLiteral("readable line"));
}

void TestOutputView::realRunShowsReadableOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Orchestrator orchestrator(test::fakeClaudeConfig(dir, 2));
    WorkerOutputView view;
    view.setOrchestrator(&orchestrator);
    view.setCurrentWorker(1);
    QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
    QVERIFY(orchestrator.start(test::planOf({QStringLiteral("[[fake:slow:3]] write a.txt"),
                                             QStringLiteral("[[fake:success]] write b.txt")})));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    view.flushNow();
    const QString text = view.textEdit()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Working on step 3 of 3.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("▶ Write: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("■ Done")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("\"type\"")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("b.txt")));  // worker 2's output is not mixed in

    view.setRawJson(true);
    view.flushNow();
    const QString raw = view.textEdit()->toPlainText();
    QVERIFY2(raw.contains(QStringLiteral("\"type\":\"assistant\"")), qPrintable(raw.left(2000)));
    QVERIFY(raw.contains(QStringLiteral("\"type\":\"result\"")));
}

QTEST_MAIN(TestOutputView)
#include "tst_outputview.moc"
