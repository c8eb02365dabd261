// Issue 9's fault matrix, the environment half: what happens around the agent rather than inside
// it. The orchestrator executable runs real runs whose agent is `/bin/sh {prompt_file}` (each
// subtask's prompt is a small shell script), so every case is quick, needs no API and controls
// exactly what the agent does. Each case asserts what the user sees (exit code, status, message)
// and then, with support/RunAudit.h, that nothing of the run was lost or leaked.
//
// Cases: the orchestrator SIGKILLed mid-run then --resume; the workspace's disk full (a tmpfs);
// a read-only workspace and worker folder (read-only bind mounts); a locked or dirty git
// repository in worktree mode; the config file changed or broken during a run; two orchestrators
// on one workspace. Mounting needs root: without it those cases QSKIP, saying so.
#include "support/ProcessProbe.h"
#include "support/RunAudit.h"
#include "support/TestGit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using orch::test::auditRun;
using orch::test::AuditPolicy;
using orch::test::git;
using orch::test::readFile;
using orch::test::taggedProcesses;
using orch::test::writeFile;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    nlohmann::json json;  // stdout parsed when --json was given
};

} // namespace

class TestFaultsEnv final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void killedMidRunThenResumed();
    void diskFull();
    void readOnlyWorkspace();
    void readOnlyWorkerFolder();
    void gitRepository_data();
    void gitRepository();
    void configChangedDuringRun_data();
    void configChangedDuringRun();
    void twoOrchestratorsOneWorkspace();

private:
    QProcessEnvironment environment() const;
    void start(QProcess &process, const QStringList &arguments, const QString &dir = {}) const;
    CliRun run(const QStringList &arguments, int timeoutMs = 60000, const QString &dir = {}) const;
    QStringList runIds() const;
    QString workspace() const { return m_dir->filePath(u"ws"_s); }
    // mount(2) with the given flags; false (and the reason) when not permitted.
    bool mount(const QString &source, const QString &target, const char *type, unsigned long flags,
               const QByteArray &options, QString *why);
    void audit(const QString &runId, AuditPolicy policy = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts;  // unmounted in cleanup(), newest first
};

void TestFaultsEnv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(workspace()) && QDir().mkpath(m_dir->filePath(u"home"_s)) && QDir().mkpath(m_dir->filePath(u"tmp"_s)));
}

void TestFaultsEnv::cleanup()
{
    // Always, pass or fail: a mount left behind would outlive the test and block the folder's removal.
    while (!m_mounts.isEmpty()) {
        const QString target = m_mounts.takeLast();
        if (::umount2(QFile::encodeName(target).constData(), MNT_DETACH) != 0)
            qWarning("cannot unmount %s: %s", qPrintable(target), std::strerror(errno));
    }
    m_dir.reset();
}

QProcessEnvironment TestFaultsEnv::environment() const
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg"_s));
    env.insert(u"TMPDIR"_s, m_dir->filePath(u"tmp"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"ORCHESTRATOR_WORKSPACE"_s, workspace());
    env.insert(u"ORCHESTRATOR_AGENT_KIND"_s, u"command"_s);
    env.insert(u"ORCHESTRATOR_AGENT_COMMAND"_s, u"/bin/sh {prompt_file}"_s);
    env.insert(u"ORCHESTRATOR_RETRY_DELAY"_s, u"0"_s);
    env.insert(u"ORCHESTRATOR_RESOURCES_MAX_CPU_PERCENT"_s, u"100"_s);  // no admission delays in timed checks
    return env;
}

void TestFaultsEnv::start(QProcess &process, const QStringList &arguments, const QString &dir) const
{
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(dir.isEmpty() ? m_dir->path() : dir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(ORCH_CLI_BIN), arguments);
    QVERIFY(process.waitForStarted());
}

CliRun TestFaultsEnv::run(const QStringList &arguments, int timeoutMs, const QString &dir) const
{
    QProcess process;
    start(process, arguments, dir);
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    result.out = QString::fromUtf8(out);
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (arguments.contains(u"--json"_s))
        result.json = nlohmann::json::parse(out.toStdString(), nullptr, false);
    return result;
}

QStringList TestFaultsEnv::runIds() const
{
    return QDir(workspace() + u"/runs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool TestFaultsEnv::mount(const QString &source, const QString &target, const char *type, unsigned long flags,
                          const QByteArray &options, QString *why)
{
    const bool remount = (flags & MS_REMOUNT) != 0;
    if (::mount(QFile::encodeName(source).constData(), QFile::encodeName(target).constData(), type, flags,
                options.isEmpty() ? nullptr : options.constData())
        != 0) {
        *why = QStringLiteral("mount %1 on %2: %3").arg(source, target, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!remount)
        m_mounts << target;
    return true;
}

void TestFaultsEnv::audit(const QString &runId, AuditPolicy policy) const
{
    policy.tempDir = m_dir->filePath(u"tmp"_s);
    policy.checkDocker = false;  // no docker here: subprocess and worktree modes only
    const QStringList problems = auditRun(workspace(), runId, policy);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// SIGKILL while two subtasks are settled and two run (one with a helper in a session of its own,
// which outlives the orchestrator); --resume then ends the leftovers first, runs only the two
// unfinished subtasks, and the run ends complete. Counter files show how often each script ran.
void TestFaultsEnv::killedMidRunThenResumed()
{
    const QString counts = m_dir->filePath(u"counts"_s);
    QVERIFY(QDir().mkpath(counts));
    auto script = [&](const QString &name, const QString &body) {
        return u"echo ran >> %1/%2\n%3\necho done %2\n"_s.arg(counts, name, body);
    };
    QProcess first;
    start(first, {u"--max-workers"_s, u"2"_s, u"--subtask"_s, script(u"a"_s, u"echo a > a.txt"_s), u"--subtask"_s,
                  script(u"b"_s, u"echo b > b.txt"_s), u"--subtask"_s,
                  script(u"c"_s, u"[ -f %1/c.resumed ] || { setsid sleep 300 & sleep 300; }"_s.arg(counts)),
                  u"--subtask"_s, script(u"d"_s, u"[ -f %1/d.resumed ] || sleep 300"_s.arg(counts)), u"demo"_s});
    // Kill it once a and b are settled in the journal and c and d run.
    QString runId;
    QTRY_VERIFY_WITH_TIMEOUT(!(runId = runIds().value(0)).isEmpty()
                                 && readFile(workspace() + u"/runs/"_s + runId + u"/journal.jsonl"_s).count("subtask_settled") == 2
                                 && taggedProcesses(runId).size() >= 4,
                             30000);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    // The detached helper survived its orchestrator: --resume has something to end.
    QTRY_VERIFY_WITH_TIMEOUT(!taggedProcesses(runId).isEmpty(), 5000);
    const QList<int> leftovers = taggedProcesses(runId);

    const CliRun listed = run({u"--list-runs"_s});
    QVERIFY2(listed.out.contains(runId + u"\tinterrupted\t2/4"_s), qPrintable(listed.out));

    writeFile(counts + u"/c.resumed"_s, "1");
    writeFile(counts + u"/d.resumed"_s, "1");
    const CliRun resumed = run({u"--resume"_s, runId, u"--json"_s});
    QCOMPARE(resumed.exitCode, 0);
    QVERIFY2(resumed.err.contains(u"Resuming run %1: 2 of 4 subtask(s) already finished"_s.arg(runId)), qPrintable(resumed.err));
    QCOMPARE(resumed.json["run_id"], runId.toStdString());
    QCOMPARE(resumed.json["status"], "success");
    QCOMPARE(resumed.json["completed_tasks"], 4);
    // Finished subtasks ran once; the two cut short ran once more, and only once.
    for (const QString &name : {u"a"_s, u"b"_s})
        QCOMPARE(readFile(counts + u'/' + name).count("ran"), 1);
    for (const QString &name : {u"c"_s, u"d"_s})
        QCOMPARE(readFile(counts + u'/' + name).count("ran"), 2);
    for (const int pid : leftovers)
        QVERIFY2(!QFile::exists(u"/proc/%1/environ"_s.arg(pid)) || !taggedProcesses(runId).contains(pid),
                 qPrintable(u"leftover %1 of the killed run survived the resume"_s.arg(pid)));
    audit(runId);
}

// The workspace is a 1 MB tmpfs; the first agent fills it. The run must not claim a success it
// could not record: result.json cannot be written, so the user is told, the exit code is not 0,
// and once space is freed --resume writes the result without running anything again.
void TestFaultsEnv::diskFull()
{
    QString why;
    if (!mount(u"tmpfs"_s, workspace(), "tmpfs", 0, "size=1m", &why))
        QSKIP(qPrintable(u"cannot mount a small tmpfs (root needed): "_s + why));
    const CliRun full = run({u"--max-workers"_s, u"1"_s, u"--subtask"_s,
                             u"head -c 4000000 /dev/zero > fill; echo filled"_s, u"--subtask"_s, u"echo second"_s,
                             u"demo"_s});
    const QString runId = runIds().value(0);
    QVERIFY(!runId.isEmpty());
    QVERIFY2(full.exitCode != 0, qPrintable(full.out));
    QVERIFY2(!full.out.contains(u"[SUCCESS]"_s), qPrintable(full.out));
    QVERIFY2(QString(full.out + full.err).contains(u"No space left on device"_s), qPrintable(full.out + full.err));
    QVERIFY(!QFile::exists(workspace() + u"/runs/"_s + runId + u"/result.json"_s));
    // What was recorded before the disk filled is whole: the journal parses up to its last line.
    AuditPolicy killed;
    killed.requireResult = false;
    const QStringList problems = orch::test::auditNothingLost(workspace() + u"/runs/"_s + runId, runId, killed);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    QVERIFY(QFile::remove(workspace() + u"/worker_1/fill"_s));
    const CliRun resumed = run({u"--resume"_s, runId, u"--json"_s});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(resumed.json["completed_tasks"], 2);
    QCOMPARE(resumed.json["subtask_results"][0]["attempts"], 1);
    QCOMPARE(resumed.json["subtask_results"][1]["attempts"], 1);
    audit(runId);
}

// A workspace that cannot be written is refused when the configuration is checked, before
// anything runs (exit 2, configuration.md: "a path that cannot be created" is an error), naming
// the key and the folder; nothing is started and nothing is written anywhere.
void TestFaultsEnv::readOnlyWorkspace()
{
    QString why;
    QVERIFY(writeFile(workspace() + u"/existing.txt"_s, "kept\n"));
    // Root ignores mode bits: a read-only bind mount of the folder onto itself.
    if (!mount(workspace(), workspace(), nullptr, MS_BIND, {}, &why)
        || !mount({}, workspace(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, {}, &why))
        QSKIP(qPrintable(u"cannot make a read-only bind mount (root needed): "_s + why));
    const CliRun ro = run({u"--subtask"_s, u"echo never > never.txt"_s, u"demo"_s});
    QCOMPARE(ro.exitCode, 2);
    QVERIFY2(ro.err.contains(u"paths.workspace: '%1' is not writable"_s.arg(workspace())), qPrintable(ro.out + ro.err));
    QCOMPARE(QDir(workspace()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"existing.txt"_s});
}

// Only one worker's folder is read-only (a mount the agent cannot write): that subtask fails
// with the reason, the other succeeds, the run is partial and complete.
void TestFaultsEnv::readOnlyWorkerFolder()
{
    QString why;
    const QString folder = workspace() + u"/worker_2"_s;
    QVERIFY(QDir().mkpath(folder));
    if (!mount(folder, folder, nullptr, MS_BIND, {}, &why)
        || !mount({}, folder, nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, {}, &why))
        QSKIP(qPrintable(u"cannot make a read-only bind mount (root needed): "_s + why));
    const CliRun partial = run({u"--retries"_s, u"0"_s, u"--subtask"_s, u"echo one > one.txt && echo one"_s,
                                u"--subtask"_s, u"echo two > two.txt && echo two"_s, u"--json"_s, u"demo"_s});
    QCOMPARE(partial.exitCode, 1);
    QCOMPARE(partial.json["status"], "partial");
    QCOMPARE(partial.json["subtask_results"][0]["status"], "success");
    QCOMPARE(partial.json["subtask_results"][1]["status"], "failed");
    const QString error = QString::fromStdString(partial.json["subtask_results"][1]["error"].get<std::string>());
    QVERIFY2(error.contains(u"Read-only file system"_s), qPrintable(error));
    audit(QString::fromStdString(partial.json["run_id"].get<std::string>()));
}

void TestFaultsEnv::gitRepository_data()
{
    QTest::addColumn<bool>("locked");
    QTest::addRow("index.lock present") << true;
    QTest::addRow("uncommitted changes") << false;
}

// Worktree mode in a repository where another git command holds the index lock, or with the
// user's uncommitted changes. Workers never use the main checkout's index, so they run either
// way; --merge then must not break the lock or lose a change.
void TestFaultsEnv::gitRepository()
{
    QFETCH(bool, locked);
    const QString repo = m_dir->filePath(u"repo"_s);
    QVERIFY(writeFile(repo + u"/README.md"_s, "demo\n"));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("HOME", QFile::encodeName(m_dir->filePath(u"home"_s)));
    QCOMPARE(git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}).exitCode, 0);
    QCOMPARE(git(repo, {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@localhost"_s, u"commit"_s, u"-q"_s,
                        u"--allow-empty"_s, u"-m"_s, u"empty"_s})
                 .exitCode,
             0);
    QCOMPARE(git(repo, {u"add"_s, u"README.md"_s}).exitCode, 0);
    QCOMPARE(git(repo, {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@localhost"_s, u"commit"_s, u"-q"_s,
                        u"-m"_s, u"readme"_s})
                 .exitCode,
             0);
    const QString head = git(repo, {u"rev-parse"_s, u"HEAD"_s}).out;
    if (locked) {
        QVERIFY(writeFile(repo + u"/.git/index.lock"_s, {}));
    } else {
        QVERIFY(writeFile(repo + u"/README.md"_s, "demo\nmy unsaved line\n"));
        QVERIFY(writeFile(repo + u"/notes.txt"_s, "untracked\n"));
    }

    const CliRun result = run({u"--mode"_s, u"worktree"_s, u"--merge"_s, u"--subtask"_s, u"echo a > a.txt; echo a"_s,
                               u"--subtask"_s, u"echo b > b.txt; echo b"_s, u"--json"_s, u"demo"_s},
                              60000, repo);
    QVERIFY2(result.json.is_object(), qPrintable(result.out + result.err));
    QCOMPARE(result.json["status"], "success");
    QCOMPARE(result.json["completed_tasks"], 2);
    if (locked) {
        // The merge would have to write the index: refused, the lock and the checkout untouched.
        QCOMPARE(result.exitCode, 4);
        QCOMPARE(result.json["merge"]["ok"], false);
        QVERIFY2(result.out.contains(u"index.lock"_s) || result.err.contains(u"index.lock"_s), qPrintable(result.err));
        QVERIFY(QFile::exists(repo + u"/.git/index.lock"_s));
        QCOMPARE(git(repo, {u"rev-parse"_s, u"HEAD"_s}).out, head);
        QVERIFY(!QFile::exists(repo + u"/a.txt"_s));
    } else {
        // Fast-forward around the user's changes: both workers' files arrive, the changes stay.
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.json["merge"]["ok"], true);
        QCOMPARE(readFile(repo + u"/README.md"_s), QByteArray("demo\nmy unsaved line\n"));
        QCOMPARE(readFile(repo + u"/notes.txt"_s), QByteArray("untracked\n"));
        QCOMPARE(readFile(repo + u"/a.txt"_s), QByteArray("a\n"));
        QCOMPARE(readFile(repo + u"/b.txt"_s), QByteArray("b\n"));
        QCOMPARE(git(repo, {u"status"_s, u"--porcelain"_s}).out, u"M README.md\n?? notes.txt"_s);
    }
    AuditPolicy policy;
    policy.repository = repo;
    policy.keptWorktrees = 2;  // worktree.cleanup: keep
    audit(QString::fromStdString(result.json["run_id"].get<std::string>()), policy);
}

void TestFaultsEnv::configChangedDuringRun_data()
{
    QTest::addColumn<QByteArray>("replacement");  // empty: the file is deleted
    QTest::addRow("rewritten") << QByteArray("orchestrator:\n  timeout: 1\n  max_workers: 3\n");
    QTest::addRow("broken") << QByteArray("orchestrator: [timeout: {\n");
    QTest::addRow("deleted") << QByteArray();
}

// The configuration is read once, at start (user-guide.md: changes apply from the next run):
// rewriting, breaking or deleting the file mid-run changes nothing in the run. The new timeout
// of 1 s would fail the later subtasks if it were picked up.
void TestFaultsEnv::configChangedDuringRun()
{
    QFETCH(QByteArray, replacement);
    const QString config = m_dir->filePath(u"config.yaml"_s);
    QVERIFY(writeFile(config, "orchestrator:\n  timeout: 30\n  max_workers: 1\n"));
    QProcess process;
    start(process, {u"--config"_s, config, u"--subtask"_s, u"sleep 1.5; echo one"_s, u"--subtask"_s,
                    u"sleep 1.5; echo two"_s, u"--subtask"_s, u"sleep 1.5; echo three"_s, u"--json"_s, u"demo"_s});
    QString runId;
    QTRY_VERIFY_WITH_TIMEOUT(!(runId = runIds().value(0)).isEmpty() && !taggedProcesses(runId).isEmpty(), 20000);
    if (replacement.isEmpty())
        QVERIFY(QFile::remove(config));
    else
        QVERIFY(writeFile(config, replacement));
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const nlohmann::json result = nlohmann::json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    QCOMPARE(result["completed_tasks"], 3);
    // One at a time, as configured at start (max_workers 1), and with the start's timeout.
    const QString used = QString::fromStdString(result["debug_info"]["config"].get<std::string>());
    QVERIFY2(used.contains(u"timeout: 30\n"_s) && used.contains(u"max_workers: 1\n"_s), qPrintable(used));
    QCOMPARE(QString::fromStdString(result["subtask_results"][2]["output"].get<std::string>()), u"three"_s);
    // The user's file is theirs: the run neither restored nor rewrote it.
    QCOMPARE(QFile::exists(config), !replacement.isEmpty());
    if (!replacement.isEmpty())
        QCOMPARE(readFile(config), replacement);
    audit(runId);
}

// Two orchestrators on one workspace in subprocess mode would share workspace/worker_N (each
// agent seeing and overwriting the other's files): the second refuses before it runs anything,
// naming the run in the way; the first is not disturbed.
void TestFaultsEnv::twoOrchestratorsOneWorkspace()
{
    QProcess first;
    start(first, {u"--subtask"_s, u"echo first > who.txt; sleep 2; cat who.txt"_s, u"--json"_s, u"first"_s});
    QString runId;
    QTRY_VERIFY_WITH_TIMEOUT(!(runId = runIds().value(0)).isEmpty() && !taggedProcesses(runId).isEmpty(), 20000);
    const CliRun second = run({u"--subtask"_s, u"echo second > who.txt; cat who.txt"_s, u"--json"_s, u"second"_s});
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.err.contains(u"is in use by run %1"_s.arg(runId)), qPrintable(second.err));
    QCOMPARE(runIds(), QStringList{runId});

    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    const nlohmann::json result = nlohmann::json::parse(first.readAllStandardOutput().toStdString(), nullptr, false);
    QCOMPARE(result["subtask_results"][0]["output"], "first");
    audit(runId);
    // Once the first is over the workspace is free again.
    const CliRun later = run({u"--subtask"_s, u"echo later"_s, u"--json"_s, u"later"_s});
    QCOMPARE(later.exitCode, 0);
    audit(QString::fromStdString(later.json["run_id"].get<std::string>()));
}

QTEST_GUILESS_MAIN(TestFaultsEnv)
#include "tst_faults_env.moc"
