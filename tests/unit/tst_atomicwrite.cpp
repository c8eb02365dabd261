#include "util/AtomicWrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;

class TestAtomicWrite final : public QObject
{
    Q_OBJECT

private slots:
    void replacesTheFileAndLeavesNothingBeside();
    void failureKeepsTheOldFileAndSaysWhy();
};

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

void TestAtomicWrite::replacesTheFileAndLeavesNothingBeside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("result.json"));
    QVERIFY(writeFileAtomically(path, "first, and longer"));
    QCOMPARE(contentOf(path), QByteArray("first, and longer"));
    QVERIFY(writeFileAtomically(path, "second"));
    QCOMPARE(contentOf(path), QByteArray("second"));  // replaced, not overwritten in place
    QVERIFY(writeFileAtomically(path, QByteArray()));
    QCOMPARE(contentOf(path), QByteArray());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("result.json")});
}

void TestAtomicWrite::failureKeepsTheOldFileAndSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString problem;
    QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("missing/result.json")), "x", &problem));
    QVERIFY(!problem.isEmpty());

    // The target is a folder: the rename fails, the folder stays and no temporary file is left.
    const QString folder = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
    problem.clear();
    QVERIFY(!writeFileAtomically(folder, "x", &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("taken")});
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
