// TranscriptWriter (the flood benchmark's fix: transcripts written off the event loop's thread):
// order kept within and across files, nothing lost at finish or when destroyed unfinished, the
// backlog bound, write and open errors reported; and ProcessRunner finishing only after its
// transcript is complete, with a write error in its result.
#include "process/ProcessRunner.h"
#include "process/TranscriptWriter.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using orch::ProcessRunner;
using orch::TranscriptWriter;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray chunk(int writer, int index, int size)
{
    QByteArray data = QByteArray::number(writer) + ':' + QByteArray::number(index) + ';';
    data += QByteArray(std::max<qsizetype>(0, size - data.size()), char('a' + (index + writer) % 26));
    return data;
}

} // namespace

class TestTranscriptWriter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keepsOrder_data();
    void keepsOrder();
    void appendsToExistingFile();
    void newFileIsPrivate();
    void destroyedUnfinishedLosesNothing();
    void backlogIsBounded();
    void openErrorIsReported();
    void writeErrorIsReported();
    void runnerFinishesAfterItsTranscript();
    void runnerReportsTranscriptWriteError();

private:
    QTemporaryDir m_folder;
};

void TestTranscriptWriter::init()
{
    QVERIFY(m_folder.isValid());
    TranscriptWriter::setBacklogLimit(32 * 1024 * 1024);
}

void TestTranscriptWriter::keepsOrder_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<qsizetype>("limit");
    QTest::addRow("one file, small chunks") << 1 << 20000 << 50 << qsizetype(32 * 1024 * 1024);
    QTest::addRow("eight files interleaved") << 8 << 1000 << 3000 << qsizetype(32 * 1024 * 1024);
    QTest::addRow("eight files, tiny backlog") << 8 << 60 << 70000 << qsizetype(100 * 1024);
}

void TestTranscriptWriter::keepsOrder()
{
    QFETCH(int, writers);
    QFETCH(int, chunks);
    QFETCH(int, chunkSize);
    QFETCH(qsizetype, limit);
    TranscriptWriter::setBacklogLimit(limit);
    std::vector<std::unique_ptr<TranscriptWriter>> files;
    std::vector<QByteArray> expected(static_cast<size_t>(writers));
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (int w = 0; w < writers; ++w) {
        files.push_back(std::make_unique<TranscriptWriter>());
        QString error;
        QVERIFY2(files.back()->open(m_folder.filePath(u"order_%1_%2.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())).arg(w)), &error),
                 qPrintable(error));
        spies.push_back(std::make_unique<QSignalSpy>(files.back().get(), &TranscriptWriter::finished));
    }
    for (int i = 0; i < chunks; ++i) {
        for (int w = 0; w < writers; ++w) {
            const QByteArray data = chunk(w, i, chunkSize + (i % 7));
            expected[size_t(w)] += data;
            files[size_t(w)]->write(data);
        }
        QVERIFY(TranscriptWriter::backlogBytes() <= std::max<qsizetype>(limit, chunkSize + 7));
    }
    for (auto &file : files)
        file->finish();
    for (int w = 0; w < writers; ++w) {
        QTRY_COMPARE_WITH_TIMEOUT(spies[size_t(w)]->count(), 1, 30000);
        QCOMPARE(spies[size_t(w)]->at(0).at(0).toString(), QString());
        QVERIFY(files[size_t(w)]->isFinished());
        QCOMPARE(files[size_t(w)]->errorString(), QString());
        QCOMPARE(files[size_t(w)]->bytesWritten(), expected[size_t(w)].size());
        const QString path = m_folder.filePath(u"order_%1_%2.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())).arg(w));
        // Every byte is there at once, in order: the file was complete when finished() came.
        QVERIFY(readAll(path) == expected[size_t(w)]);
    }
    QCOMPARE(TranscriptWriter::backlogBytes(), qsizetype(0));
    // Nothing is written after finish().
    files[0]->write("late");
    QTest::qWait(50);
    QCOMPARE(files[0]->bytesWritten(), expected[0].size());
}

void TestTranscriptWriter::appendsToExistingFile()
{
    const QString path = m_folder.filePath(u"existing.log"_s);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous attempt\n");
        QVERIFY(existing.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }
    TranscriptWriter writer;
    QVERIFY(writer.open(path));
    writer.write("next\n");
    QSignalSpy finished(&writer, &TranscriptWriter::finished);
    writer.finish();
    QVERIFY(finished.wait(10000));
    QCOMPARE(readAll(path), QByteArray("previous attempt\nnext\n"));
    // A file made private before the run stays private.
    QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

// A transcript the writer creates is 0600 whatever the umask (0 here: 0666 would stay 0666).
void TestTranscriptWriter::newFileIsPrivate()
{
    const QString path = m_folder.filePath(u"new.log"_s);
    const mode_t previous = ::umask(0);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    TranscriptWriter writer;
    QVERIFY(writer.open(path));
    QCOMPARE(QFile::permissions(path), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    writer.finish();
}

void TestTranscriptWriter::destroyedUnfinishedLosesNothing()
{
    const QString path = m_folder.filePath(u"destroyed.log"_s);
    QByteArray expected;
    {
        TranscriptWriter writer;
        QVERIFY(writer.open(path));
        for (int i = 0; i < 2000; ++i) {
            const QByteArray data = chunk(0, i, 4000);
            expected += data;
            writer.write(data);
        }
    } // no finish(): the queued bytes are written anyway, and the file closed
    QTRY_COMPARE_WITH_TIMEOUT(readAll(path).size(), expected.size(), 30000);
    QVERIFY(readAll(path) == expected);
    QTRY_COMPARE(TranscriptWriter::backlogBytes(), qsizetype(0));
}

void TestTranscriptWriter::backlogIsBounded()
{
    // A writer far faster than a small bound: write() waits, the backlog never exceeds the bound
    // (by more than one chunk), and every byte arrives.
    constexpr qsizetype limit = 256 * 1024;
    TranscriptWriter::setBacklogLimit(limit);
    QCOMPARE(TranscriptWriter::backlogLimit(), limit);
    const QString path = m_folder.filePath(u"bounded.log"_s);
    TranscriptWriter writer;
    QVERIFY(writer.open(path));
    qsizetype peak = 0;
    qint64 total = 0;
    const QByteArray data(64 * 1024, 'b');
    for (int i = 0; i < 480; ++i) { // 30 MiB
        writer.write(data);
        total += data.size();
        peak = std::max(peak, TranscriptWriter::backlogBytes());
    }
    QVERIFY2(peak <= limit, qPrintable(QString::number(peak)));
    QSignalSpy finished(&writer, &TranscriptWriter::finished);
    writer.finish();
    QVERIFY(finished.wait(60000));
    QCOMPARE(writer.bytesWritten(), total);
    QCOMPARE(QFileInfo(path).size(), total);
}

void TestTranscriptWriter::openErrorIsReported()
{
    TranscriptWriter writer;
    QString error;
    QVERIFY(!writer.open(u"/nonexistent/folder/t.log"_s, &error));
    QCOMPARE(error, u"No such file or directory"_s);
    QVERIFY(!writer.isOpen());
    writer.write("ignored"); // harmless
    writer.finish();
    QVERIFY(!writer.isFinished()); // nothing was open: no finished() either
}

void TestTranscriptWriter::writeErrorIsReported()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full to make writes fail");
    TranscriptWriter writer;
    QVERIFY(writer.open(u"/dev/full"_s));
    writer.write("first");
    writer.write("second");
    QSignalSpy finished(&writer, &TranscriptWriter::finished);
    writer.finish();
    QVERIFY(finished.wait(10000));
    const QString message = finished.at(0).at(0).toString();
    QCOMPARE(message, u"cannot write the transcript /dev/full: No space left on device"_s);
    QCOMPARE(writer.errorString(), message);
    QCOMPARE(writer.bytesWritten(), qint64(0));
    QCOMPARE(TranscriptWriter::backlogBytes(), qsizetype(0)); // the failed bytes left the queue
}

void TestTranscriptWriter::runnerFinishesAfterItsTranscript()
{
    // 4 MB through a 64 KiB backlog: when finished() comes, the transcript holds every byte.
    TranscriptWriter::setBacklogLimit(64 * 1024);
    const QString path = m_folder.filePath(u"runner.log"_s);
    orch::ProcessSpec spec;
    spec.program = u"head"_s;
    spec.arguments = {u"-c"_s, u"4000000"_s, u"/dev/zero"_s};
    spec.environment = QProcessEnvironment::systemEnvironment();
    spec.transcriptPath = path;
    ProcessRunner runner;
    qint64 sizeAtFinish = -1;
    connect(&runner, &ProcessRunner::finished, this, [&] { sizeAtFinish = QFileInfo(path).size(); });
    QVERIFY(runner.start(spec));
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinal(), 60000);
    QCOMPARE(runner.result().state, ProcessRunner::State::Finished);
    QCOMPARE(runner.result().stdoutBytes, qint64(4000000));
    QCOMPARE(sizeAtFinish, qint64(4000000));
    QCOMPARE(runner.result().transcriptError, QString());
}

void TestTranscriptWriter::runnerReportsTranscriptWriteError()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full to make writes fail");
    orch::ProcessSpec spec;
    spec.program = u"echo"_s;
    spec.arguments = {u"hello"_s};
    spec.environment = QProcessEnvironment::systemEnvironment();
    spec.transcriptPath = u"/dev/full"_s;
    ProcessRunner runner;
    QStringList lines;
    connect(&runner, &ProcessRunner::stdoutLines, this, [&lines](const orch::LineBatch &batch) { lines += batch.toStringList(); });
    QVERIFY(runner.start(spec));
    QTRY_VERIFY_WITH_TIMEOUT(runner.isFinal(), 30000);
    // The run itself is judged as usual; the lost transcript is reported next to it.
    QCOMPARE(runner.result().state, ProcessRunner::State::Finished);
    QCOMPARE(runner.result().exitCode, 0);
    QCOMPARE(lines, QStringList{u"hello"_s});
    QCOMPARE(runner.result().transcriptError, u"cannot write the transcript /dev/full: No space left on device"_s);
}

QTEST_GUILESS_MAIN(TestTranscriptWriter)
#include "tst_transcriptwriter.moc"
