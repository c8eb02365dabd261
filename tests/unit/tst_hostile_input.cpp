// Hostile input (issue 9): task text and subtask titles and prompts holding shell metacharacters,
// `../` and absolute paths, NUL, 10 MB of text, right-to-left marks and emoji. A recording agent (a
// shell script used as the Claude binary, so the product's real ClaudeDriver path runs) keeps the
// bytes it gets on stdin and its argv; the test asserts they are the plan's, verbatim, and that
// every path the run created is one the orchestrator names itself (worker_N, worker-N branches,
// worker_N.attempt_M transcripts), inside the test's folder, never derived from a title or prompt.
// What the run wrote is private to the user (0700 folders, 0600 files).
#include "config/ConfigLoader.h"
#include "process/ProcessSpec.h"
#include "run/Orchestrator.h"
#include "support/TestGit.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace orch;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Hostile
{
    QString id;
    QString title;
    QString prompt;
};

// The bytes the recording agent gets on stdin for a prompt: the driver puts a space before a prompt
// that begins with '/', which the CLI would otherwise run as a slash command (ClaudeDriver::stdinText).
QByteArray expectedStdin(const QString &prompt)
{
    return (prompt.startsWith(u'/') ? u' ' + prompt : prompt).toUtf8();
}

QList<QByteArray> splitNul(const QByteArray &bytes)
{
    QList<QByteArray> parts = bytes.split('\0');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

} // namespace

class TestHostileInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reachesTheAgentVerbatim_data();
    void reachesTheAgentVerbatim();

private:
    QList<Hostile> hostileSubtasks(const QString &root) const;
    QString writeAgent(const QString &path, const QString &recordDir) const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestHostileInput::initTestCase()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    test::isolateGitEnvironment(m_home->path());
}

QList<Hostile> TestHostileInput::hostileSubtasks(const QString &root) const
{
    const QString canary = root + u"/PWNED"_s;
    QString big;
    big.reserve(10'000'000);
    while (big.size() < 10'000'000 - 64)
        big += u"ten megabytes of task text, line after line; $(no) `no` ../no\n"_s;
    big.truncate(10'000'000);
    return {
        {u"1"_s, u"$(touch %1) `touch %1`; touch %1 | cat && echo 'single' \"double\""_s.arg(canary),
         u"write a.txt\n$(touch %1)\n`touch %1`\n; touch %1 | tee %1 > %1 && echo 'it''s' \"q\\\"uoted\" $HOME ${PATH}"_s.arg(
             canary)},
        {u"2"_s, u"../../../../escape-title"_s, u"../../../../escape-prompt.txt and ../x and ..\\y"_s},
        {u"3"_s, u"/etc/passwd"_s, u"%1/absolute-prompt.txt"_s.arg(root)},
        {u"4"_s, QString(u"nul"_s + QChar(u'\0') + u"title"_s), QString(u"before"_s + QChar(u'\0') + u"after"_s)},
        {u"5"_s, big.left(200'000), big},
        {u"6"_s, u"\u202Etxt.exe \u200F\U0001F469\u200D\U0001F4BB"_s,
         u"emoji \U0001F469\u200D\U0001F4BB\U0001F680 rtl \u202Eabc\u202C \u200F\u05E9\u05DC\u05D5\u05DD end"_s},
    };
}

QString TestHostileInput::writeAgent(const QString &path, const QString &recordDir) const
{
    // Plays the CLI just enough for the driver: --version, then one success result. Records stdin
    // and argv (NUL-separated, so every byte an argument can hold survives) under its worker id.
    const QString worker = QString(ProcessTag::workerIdVariable);
    const QByteArray script = u"#!/bin/sh\n"
                              "if [ \"$1\" = --version ]; then echo '2.1.197 (Claude Code)'; exit 0; fi\n"
                              "rec='%1'\n"
                              "cat > \"$rec/$%2.stdin\"\n"
                              ": > \"$rec/$%2.argv\"\n"
                              "for a in \"$@\"; do printf '%s\\000' \"$a\" >> \"$rec/$%2.argv\"; done\n"
                              "echo done > result.txt\n"
                              "echo '{\"type\":\"system\",\"subtype\":\"init\",\"session_id\":\"s\"}'\n"
                              "echo '{\"type\":\"result\",\"subtype\":\"success\",\"is_error\":false,\"result\":\"done\","
                              "\"num_turns\":1,\"duration_ms\":1,\"total_cost_usd\":0,\"usage\":{\"input_tokens\":1,"
                              "\"output_tokens\":1},\"session_id\":\"s\"}'\n"_s.arg(recordDir, worker)
                                  .toUtf8();
    if (!test::writeFile(path, script))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

void TestHostileInput::reachesTheAgentVerbatim_data()
{
    QTest::addColumn<bool>("worktree");
    QTest::addRow("subprocess") << false;
    QTest::addRow("worktree") << true;
}

void TestHostileInput::reachesTheAgentVerbatim()
{
    QFETCH(bool, worktree);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QFileInfo(dir.path()).canonicalFilePath();
    // Deep enough that `../../../../` from a worker's folder still lands inside root, where a
    // stray file would be found.
    const QString base = root + u"/l1/l2/l3/l4/l5"_s;
    const QString workspace = base + u"/workspace"_s;
    const QString records = root + u"/records"_s;
    const QString repo = base + u"/repo"_s;
    QVERIFY(QDir().mkpath(records) && QDir().mkpath(base));
    const QString agent = writeAgent(root + u"/bin/claude"_s, records);
    QVERIFY(!agent.isEmpty());

    if (worktree) {
        QVERIFY(QDir().mkpath(repo));
        QCOMPARE(test::git(repo, {u"init"_s, u"--quiet"_s, u"--initial-branch=main"_s}).exitCode, 0);
        QVERIFY(test::writeFile(repo + u"/README"_s, "base\n"));
        QCOMPARE(test::git(repo, {u"add"_s, u"README"_s}).exitCode, 0);
        QCOMPARE(test::git(repo, {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.com"_s, u"commit"_s,
                                  u"--quiet"_s, u"-m"_s, u"base"_s})
                     .exitCode,
                 0);
    }

    ConfigLoader loader(worktree ? repo : base);
    loader.applyOverrides({{u"agent.binary"_s, agent, u"--set"_s},
                           {u"orchestrator.mode"_s, worktree ? u"worktree"_s : u"subprocess"_s, u"--set"_s}});
    loader.finish();
    Config config = loader.config();
    config.paths.workspace = workspace;
    config.paths.output = workspace + u"/output"_s;
    config.paths.logs = workspace + u"/logs"_s;
    config.orchestrator.maxWorkers = 3;
    config.orchestrator.maxRetries = 0;
    config.orchestrator.timeout = 120;
    config.resources.maxCpuPercent = 100;
    if (worktree)
        config.worktree.repository = repo;

    const QList<Hostile> hostile = hostileSubtasks(root);
    Plan plan;
    // The overall task reaches the agent inside --append-system-prompt, an argument: a NUL cannot
    // be in one, so the driver drops it (documented: ClaudeDriver::systemPrompt).
    const QString task = u"Overall $(touch %1/PWNED) `id`; ../../etc \u202Eevil\u202C \U0001F680 with"_s.arg(root)
                         + QChar(u'\0') + u"NUL"_s;
    plan.task = task;
    for (const Hostile &h : hostile)
        plan.subtasks << Subtask{h.id, h.title, h.prompt, {}};

    Orchestrator orchestrator(config);
    orchestrator.setStopGrace(200, 200);
    const RunResult result = orchestrator.execute(plan);
    QVERIFY2(result.failedTasks() == 0, qPrintable(orchestrator.lastError()));
    QCOMPARE(result.completedTasks(), int(hostile.size()));

    // Each prompt arrived byte for byte on the agent's stdin, and the overall task (without its NUL)
    // in its system prompt argument.
    const QString taskWithoutNul = QString(task).remove(QChar(u'\0'));
    for (const SubtaskResult &subtask : result.subtaskResults) {
        const auto it = std::find_if(hostile.cbegin(), hostile.cend(),
                                     [&subtask](const Hostile &h) { return h.id == subtask.id; });
        QVERIFY2(it != hostile.cend(), qPrintable(subtask.task.left(80)));
        const QString stem = records + u'/' + QString::number(subtask.workerId);
        const QByteArray received = test::readFile(stem + u".stdin"_s);
        QVERIFY2(received == expectedStdin(it->prompt),
                 qPrintable(u"subtask %1: got %2 bytes, expected %3"_s.arg(it->id)
                                .arg(received.size())
                                .arg(expectedStdin(it->prompt).size())));
        const QList<QByteArray> argv = splitNul(test::readFile(stem + u".argv"_s));
        const qsizetype system = argv.indexOf("--append-system-prompt");
        QVERIFY(system >= 0 && system + 1 < argv.size());
        QVERIFY2(QString::fromUtf8(argv.at(system + 1)).contains(taskWithoutNul),
                 argv.at(system + 1).left(300).constData());
        // Nothing the model reads came from a title or prompt on the command line.
        for (const QByteArray &argument : argv)
            QVERIFY(!argument.contains("escape-") && !argument.contains("before"));
    }

    // No shell ever ran the text: the canary and the absolute path the prompt names do not exist.
    QVERIFY(!QFileInfo::exists(root + u"/PWNED"_s));
    QVERIFY(!QFileInfo::exists(root + u"/absolute-prompt.txt"_s));

    // Every path the run created is one the orchestrator names itself.
    const QString runDir = workspace + u"/runs/"_s + result.runId;
    const QString outputDir = QFileInfo(result.outputDir).absoluteFilePath();
    const QRegularExpression ownNames(
        u"^(worker_\\d+|worktree_worker_\\d+|worker_\\d+\\.txt|output\\.txt|result\\.txt|\\.orchestrator-prompt\\.txt|worker_\\d+\\.attempt_\\d+\\.jsonl"
        "|plan\\.json|journal\\.jsonl|result\\.json|\\.orchestrator\\.lock|transcripts|runs|output|logs|workspace|worktrees|\\.gitignore"
        "|aggregated_output\\.md|README|\\.git|l\\d|repo|records|bin|claude|\\d+\\.stdin|\\d+\\.argv|"_s
        + result.runId + u"|lock)$"_s);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList created;
    while (it.hasNext()) {
        const QString path = it.next();
        created << path;
        if (path.contains(u"/.git/"_s))
            continue;  // git's own files (worktree metadata under .git/worktrees is named by git)
        const QString name = it.fileName();
        QVERIFY2(ownNames.match(name).hasMatch(), qPrintable(u"unexpected path %1"_s.arg(path)));
        QVERIFY2(!name.contains(u"escape"_s) && !name.contains(u"PWNED"_s) && !name.contains(u"passwd"_s)
                     && !name.contains(u"\u202E"_s) && !name.contains(u"before"_s),
                 qPrintable(path));
        // Symbolic links could lead outside: the run makes none.
        QVERIFY2(!it.fileInfo().isSymLink(), qPrintable(path));
    }
    QVERIFY(created.size() > hostile.size());
    for (const SubtaskResult &subtask : result.subtaskResults) {
        QVERIFY2(QFileInfo(subtask.workdir).canonicalFilePath().startsWith(workspace + u'/'), qPrintable(subtask.workdir));
        QCOMPARE(QFileInfo(subtask.workdir).fileName(),
                 (worktree ? u"worktree_worker_%1"_s : u"worker_%1"_s).arg(subtask.workerId));
        if (worktree)
            QCOMPARE(subtask.branch, u"orch/%1/worker-%2"_s.arg(result.runId).arg(subtask.workerId));
    }
    if (worktree) {
        const QStringList branches = test::git(repo, {u"for-each-ref"_s, u"--format=%(refname)"_s, u"refs/"_s})
                                         .out.split(u'\n', Qt::SkipEmptyParts);
        const QRegularExpression branchName(u"^refs/heads/(main|orch/%1/worker-\\d+)$"_s.arg(result.runId));
        for (const QString &branch : branches)
            QVERIFY2(branchName.match(branch).hasMatch(), qPrintable(branch));
        // Each title became its commit's message: as given, without NUL (an argument cannot hold
        // one), and cut when longer than a message is allowed to be (4000 characters).
        for (const SubtaskResult &subtask : result.subtaskResults) {
            const QString body = test::git(repo, {u"log"_s, u"-1"_s, u"--format=%B"_s, subtask.branch}).out;
            const QString title = hostile.at(subtask.id.toInt() - 1).title;
            if (subtask.id == u"5"_s)
                QVERIFY2(body.startsWith(title.left(3990)) && body.size() < 4200, qPrintable(body.left(100)));
            else
                QVERIFY2(body.startsWith(QString(title).remove(QChar(u'\0')).trimmed() + u"\n\nRun: "_s),
                         qPrintable(body.left(300)));
        }
    }

    // What the run wrote is private: its folders 0700, its files 0600 (issue 9).
    const auto isPrivate = [](const QFileInfo &info) {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        return (info.permissions() & others) == 0;
    };
    for (const QString &folder : QStringList{runDir, runDir + u"/transcripts"_s, outputDir}) {
        QVERIFY2(QFileInfo(folder).isDir() && isPrivate(QFileInfo(folder)), qPrintable(folder));
    }
    QDirIterator own(runDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (own.hasNext()) {
        own.next();
        ++files;
        QVERIFY2(isPrivate(own.fileInfo()), qPrintable(own.filePath()));
    }
    QVERIFY(files >= 3 + int(hostile.size()));  // plan, journal, result and a transcript per attempt
    for (const QString &name : QDir(outputDir).entryList(QDir::Files))
        QVERIFY2(isPrivate(QFileInfo(outputDir + u'/' + name)), qPrintable(name));
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
