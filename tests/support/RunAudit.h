#pragma once

// "Nothing lost, nothing leaked": the checks every fault test of issue 9 makes after a run.
//
//   const QStringList problems = orch::test::auditRun(workspace, runId, policy);
//   QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
//
// Nothing lost (runs/<id>/, written by core/run/RunStore and Orchestrator):
// - plan.json parses and names its subtasks;
// - result.json parses, belongs to the run, and has every planned subtask exactly once with a
//   final status, and its counters agree with the list;
// - journal.jsonl: every line parses, the run starts and ends in it (run_finished with
//   result.json's status), every attempt that started also finished (unless the run was resumed
//   after it), and each subtask's last subtask_settled agrees with result.json;
// - every attempt the journal records has its transcript file (transcripts/worker_W.attempt_A.jsonl).
// Nothing leaked:
// - no live process whose environment carries ORCH_RUN_ID=<id>;
// - no docker container labelled orch.run=<id> (when a docker daemon answers);
// - no more worktrees or branches of the run than the cleanup policy keeps (worktree mode);
// - no temporary file of the run (atomic-write temporaries, QSaveFile temporaries, probes) in the
//   workspace, the run folder or TMPDIR, and no lock file left in a finished run.
//
// Header-only, Qt Core and nlohmann_json only, so any test can include it.

#include "support/ProcessProbe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>

#include <nlohmann/json.hpp>

#include <optional>

namespace orch::test {

struct AuditPolicy
{
    // The TMPDIR the orchestrator ran with; empty: not looked at (a shared /tmp holds others' files).
    QString tempDir;
    // Worktree mode: the git repository the run's worktrees and branches belong to; empty: no git check.
    QString repository;
    int keptWorktrees = 0;  // worktrees of the run the cleanup policy keeps (keep: one per worker)
    int keptBranches = -1;  // branches of the run the policy keeps; -1: any number
    // A run killed on purpose has no result.json: the journal must then be whole up to the kill.
    bool requireResult = true;
    // Docker is asked only when its client is on PATH and a daemon answers.
    bool checkDocker = true;
    // How long processes of the run may take to disappear (SIGKILL delivery, reaping).
    int processGraceMs = 1500;
};

namespace audit {

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

inline std::optional<nlohmann::json> readJsonFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    nlohmann::json json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        *why = QStringLiteral("not a JSON object (%1 bytes)").arg(bytes.size());
        return std::nullopt;
    }
    return json;
}

inline QString stringOf(const nlohmann::json &json, const char *key)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_string() ? q(it->get<std::string>()) : QString();
}

inline int intOf(const nlohmann::json &json, const char *key, int fallback = -1)
{
    const auto it = json.find(key);
    return it != json.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

inline bool isFinalStatus(const QString &status)
{
    static const QStringList finals = {QStringLiteral("success"), QStringLiteral("failed"), QStringLiteral("timeout"),
                                       QStringLiteral("cancelled"), QStringLiteral("skipped")};
    return finals.contains(status);
}

// A bounded blocking command for the leak checks; nullopt when it could not run or failed.
inline std::optional<QString> run(const QString &program, const QStringList &arguments, const QString &dir = {})
{
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        return std::nullopt;
    QProcess process;
    if (!dir.isEmpty())
        process.setWorkingDirectory(dir);
    process.start(found, arguments);
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Names the orchestrator gives its temporary files: AtomicWrite's "<file>.tmp-<pid>", the
// isolation's write probe, the doctor's probe, and QSaveFile's "<file>.XXXXXX" next to the files
// written with it (the prompt file, plan, result, lock, output copies).
inline bool isTemporaryName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(\.tmp-\d+$|^\.write-test-|^\.orch-doctor-|^(plan\.json|result\.json|lock|output\.txt|\.orchestrator-prompt\.txt|journal\.jsonl)\.[A-Za-z0-9]{6}$)"));
    return pattern.match(name).hasMatch();
}

inline void findTemporaries(const QString &root, const QString &runId, bool nameWithRunIdIsTemporary,
                            QStringList &problems)
{
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/.git/")))
            continue;
        const QString name = it.fileName();
        if (isTemporaryName(name) || (nameWithRunIdIsTemporary && name.contains(runId)))
            problems << QStringLiteral("leaked: temporary file %1").arg(path);
    }
}

} // namespace audit

// What the run's folder says about its subtasks: lost or inconsistent records, one line each.
inline QStringList auditNothingLost(const QString &runDir, const QString &runId, const AuditPolicy &policy = {})
{
    using namespace audit;
    QStringList problems;
    const QDir dir(runDir);
    QString why;

    // The plan: which subtasks must be accounted for.
    QStringList planned;
    if (const auto plan = readJsonFile(dir.filePath(QStringLiteral("plan.json")), &why)) {
        const auto subtasks = plan->find("subtasks");
        if (subtasks == plan->end() || !subtasks->is_array() || subtasks->empty())
            problems << QStringLiteral("lost: plan.json lists no subtasks");
        else
            for (const nlohmann::json &subtask : *subtasks)
                planned << stringOf(subtask, "id");
    } else {
        problems << QStringLiteral("lost: plan.json unreadable: %1").arg(why);
    }

    // The journal: every line whole, attempts started and finished, last settlement per subtask.
    QList<nlohmann::json> journal;
    {
        QFile file(dir.filePath(QStringLiteral("journal.jsonl")));
        if (!file.open(QIODevice::ReadOnly)) {
            problems << QStringLiteral("lost: journal.jsonl unreadable: %1").arg(file.errorString());
        } else {
            int number = 0;
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                ++number;
                nlohmann::json json = nlohmann::json::parse(line.constBegin(), line.constEnd(), nullptr, false);
                const bool torn = json.is_discarded() || !json.is_object() || !json.contains("event");
                // A run killed on purpose may end in a torn line; anywhere else it is damage.
                if (torn && (policy.requireResult || !file.atEnd()))
                    problems << QStringLiteral("lost: journal.jsonl line %1 is not a whole event: %2")
                                    .arg(number)
                                    .arg(QString::fromUtf8(line.left(120)).trimmed());
                else if (!torn)
                    journal << std::move(json);
            }
        }
    }
    QHash<QString, nlohmann::json> lastSettled;
    QHash<QString, int> journalAttempts;  // id -> highest attempt started
    QSet<QString> open;                   // "id#attempt" started, not yet finished
    QList<QPair<int, int>> attempts;      // worker, attempt: each needs a transcript
    QHash<QString, QString> outcomeOf;    // "W#A" -> outcome
    QString finishedStatus;
    bool started = false;
    for (const nlohmann::json &line : std::as_const(journal)) {
        const QString event = stringOf(line, "event");
        const QString id = stringOf(line, "id");
        const QString key = id + u'#' + QString::number(intOf(line, "attempt"));
        if (event == u"run_started" || event == u"run_resumed") {
            started = true;
            if (!stringOf(line, "run_id").isEmpty() && stringOf(line, "run_id") != runId)
                problems << QStringLiteral("lost: journal belongs to run %1").arg(stringOf(line, "run_id"));
            if (event == u"run_resumed")
                open.clear();  // attempts cut short by the crash before the resume are over
        } else if (event == u"attempt_started") {
            if (!planned.isEmpty() && !planned.contains(id))
                problems << QStringLiteral("lost: journal starts an attempt of unplanned subtask '%1'").arg(id);
            if (open.contains(key))
                problems << QStringLiteral("lost: journal starts attempt %1 twice").arg(key);
            open.insert(key);
            journalAttempts[id] = qMax(journalAttempts.value(id), intOf(line, "attempt"));
            attempts << qMakePair(intOf(line, "worker_id"), intOf(line, "attempt"));
        } else if (event == u"attempt_finished") {
            if (!open.remove(key))
                problems << QStringLiteral("lost: journal finishes attempt %1 it never started").arg(key);
            outcomeOf.insert(QString::number(intOf(line, "worker_id")) + u'#' + QString::number(intOf(line, "attempt")),
                             stringOf(line, "outcome"));
        } else if (event == u"subtask_settled") {
            const auto result = line.find("result");
            if (result == line.end() || !result->is_object())
                problems << QStringLiteral("lost: subtask_settled of '%1' without a result").arg(id);
            else
                lastSettled.insert(id, *result);
        } else if (event == u"run_finished") {
            finishedStatus = stringOf(line, "status");
        }
    }
    if (!journal.isEmpty() && !started)
        problems << QStringLiteral("lost: journal has no run_started event");
    if (policy.requireResult) {
        for (const QString &key : std::as_const(open))
            problems << QStringLiteral("lost: journal never finishes attempt %1").arg(key);
    }

    // Transcripts: each attempt that ran has its raw output on disk (an agent that could not even
    // be started may have none).
    for (const auto &[worker, attempt] : std::as_const(attempts)) {
        const QString path = dir.filePath(QStringLiteral("transcripts/worker_%1.attempt_%2.jsonl").arg(worker).arg(attempt));
        const QString outcome = outcomeOf.value(QString::number(worker) + u'#' + QString::number(attempt));
        if (!QFileInfo::exists(path) && outcome != u"FailedToStart")
            problems << QStringLiteral("lost: transcript %1 of a recorded attempt (%2) is missing")
                            .arg(path, outcome.isEmpty() ? QStringLiteral("unfinished") : outcome);
    }

    // The result: every planned subtask exactly once, final, and the counters and journal agree.
    if (!policy.requireResult && !QFileInfo::exists(dir.filePath(QStringLiteral("result.json"))))
        return problems;
    const auto result = readJsonFile(dir.filePath(QStringLiteral("result.json")), &why);
    if (!result) {
        problems << QStringLiteral("lost: result.json unreadable: %1").arg(why);
        return problems;
    }
    if (stringOf(*result, "run_id") != runId)
        problems << QStringLiteral("lost: result.json names run '%1', not %2").arg(stringOf(*result, "run_id"), runId);
    const QString runStatus = stringOf(*result, "status");
    if (!QStringList{QStringLiteral("success"), QStringLiteral("partial"), QStringLiteral("failed"), QStringLiteral("cancelled")}.contains(runStatus))
        problems << QStringLiteral("lost: result.json has run status '%1'").arg(runStatus);
    if (finishedStatus != runStatus)
        problems << QStringLiteral("lost: journal's run_finished says '%1', result.json '%2'").arg(finishedStatus, runStatus);
    const auto list = result->find("subtask_results");
    if (list == result->end() || !list->is_array()) {
        problems << QStringLiteral("lost: result.json has no subtask_results");
        return problems;
    }
    QHash<QString, int> seen;
    int successes = 0;
    for (const nlohmann::json &subtask : *list) {
        const QString id = stringOf(subtask, "id");
        const QString status = stringOf(subtask, "status");
        ++seen[id];
        if (status == u"success")
            ++successes;
        if (!planned.contains(id))
            problems << QStringLiteral("lost: result.json has unplanned subtask '%1'").arg(id);
        if (!isFinalStatus(status))
            problems << QStringLiteral("lost: subtask '%1' ended with non-final status '%2'").arg(id, status);
        if (status != u"success" && stringOf(subtask, "error").isEmpty())
            problems << QStringLiteral("lost: subtask '%1' is '%2' without an error text").arg(id, status);
        const int resultAttempts = intOf(subtask, "attempts", 0);
        if (journalAttempts.value(id) > resultAttempts)
            problems << QStringLiteral("lost: subtask '%1': journal has attempt %2, result.json %3 attempts")
                            .arg(id)
                            .arg(journalAttempts.value(id))
                            .arg(resultAttempts);
        const auto settled = lastSettled.constFind(id);
        if (settled == lastSettled.cend()) {
            problems << QStringLiteral("lost: journal never settles subtask '%1'").arg(id);
        } else if (stringOf(*settled, "status") != status || intOf(*settled, "attempts", 0) != resultAttempts) {
            problems << QStringLiteral("lost: subtask '%1': journal settles it %2 after %3 attempt(s), result.json %4 after %5")
                            .arg(id, stringOf(*settled, "status"))
                            .arg(intOf(*settled, "attempts", 0))
                            .arg(status)
                            .arg(resultAttempts);
        }
    }
    for (const QString &id : std::as_const(planned)) {
        if (seen.value(id) != 1)
            problems << QStringLiteral("lost: subtask '%1' appears %2 times in result.json").arg(id).arg(seen.value(id));
    }
    const int total = int(list->size());
    if (intOf(*result, "total_tasks") != total || intOf(*result, "completed_tasks") != successes
        || intOf(*result, "failed_tasks") != total - successes)
        problems << QStringLiteral("lost: result.json counters (total %1, completed %2, failed %3) disagree with its list")
                        .arg(intOf(*result, "total_tasks"))
                        .arg(intOf(*result, "completed_tasks"))
                        .arg(intOf(*result, "failed_tasks"));
    return problems;
}

// What the run left behind that it should not have: processes, containers, worktrees, branches,
// temporary files.
inline QStringList auditNothingLeaked(const QString &workspace, const QString &runId, const AuditPolicy &policy = {})
{
    using namespace audit;
    QStringList problems;

    QList<int> alive = taggedProcesses(runId);
    for (QDeadlineTimer grace(policy.processGraceMs); !alive.isEmpty() && !grace.hasExpired(); alive = taggedProcesses(runId))
        QThread::msleep(50);
    for (const int pid : std::as_const(alive)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        const QByteArray command = cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll().replace('\0', ' ') : QByteArray();
        problems << QStringLiteral("leaked: process %1 of the run is alive: %2").arg(pid).arg(QString::fromUtf8(command.left(160)));
    }

    if (policy.checkDocker && run(QStringLiteral("docker"), {QStringLiteral("info"), QStringLiteral("--format"),
                                                             QStringLiteral("{{.ServerVersion}}")})) {
        const std::optional<QString> names =
            run(QStringLiteral("docker"), {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                                           QStringLiteral("label=orch.run=") + runId, QStringLiteral("--format"),
                                           QStringLiteral("{{.Names}} {{.Status}}")});
        if (!names)
            problems << QStringLiteral("leaked?: docker ps failed, containers of the run unknown");
        else
            for (const QString &line : names->split(u'\n', Qt::SkipEmptyParts))
                problems << QStringLiteral("leaked: container of the run: %1").arg(line);
    }

    if (!policy.repository.isEmpty()) {
        const std::optional<QString> list =
            run(QStringLiteral("git"), {QStringLiteral("worktree"), QStringLiteral("list"), QStringLiteral("--porcelain")},
                policy.repository);
        if (!list) {
            problems << QStringLiteral("leaked?: git worktree list failed in %1").arg(policy.repository);
        } else {
            QStringList worktrees;
            QString path;
            for (const QString &line : list->split(u'\n')) {
                if (line.startsWith(u"worktree "))
                    path = line.mid(9);
                else if (line.startsWith(u"branch ") && line.contains(runId))
                    worktrees << path;
            }
            if (worktrees.size() > policy.keptWorktrees)
                problems << QStringLiteral("leaked: %1 worktree(s) of the run, the policy keeps %2: %3")
                                .arg(worktrees.size())
                                .arg(policy.keptWorktrees)
                                .arg(worktrees.join(u", "));
        }
        const std::optional<QString> branches =
            run(QStringLiteral("git"), {QStringLiteral("branch"), QStringLiteral("--list"), QStringLiteral("--format=%(refname:short)"),
                                        u'*' + runId + u'*'},
                policy.repository);
        if (!branches) {
            problems << QStringLiteral("leaked?: git branch --list failed in %1").arg(policy.repository);
        } else if (const QStringList names = branches->split(u'\n', Qt::SkipEmptyParts);
                   policy.keptBranches >= 0 && names.size() > policy.keptBranches) {
            problems << QStringLiteral("leaked: %1 branch(es) of the run, the policy keeps %2: %3")
                            .arg(names.size())
                            .arg(policy.keptBranches)
                            .arg(names.join(u", "));
        }
    }

    findTemporaries(workspace, runId, false, problems);
    // Anything in the run's TMPDIR named after the run, or shaped like our temporaries.
    findTemporaries(policy.tempDir, runId, true, problems);
    const QString runDir = QDir(workspace).filePath(QStringLiteral("runs/") + runId);
    if (QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("result.json")))
        && QFileInfo::exists(QDir(runDir).filePath(QStringLiteral("lock"))))
        problems << QStringLiteral("leaked: the finished run still holds its lock file");
    return problems;
}

// Both audits for the run <workspace>/runs/<runId>.
inline QStringList auditRun(const QString &workspace, const QString &runId, const AuditPolicy &policy = {})
{
    if (runId.isEmpty())
        return {QStringLiteral("lost: no run id (the run left no record to audit)")};
    const QString runDir = QDir(workspace).filePath(QStringLiteral("runs/") + runId);
    if (!QFileInfo(runDir).isDir())
        return {QStringLiteral("lost: no run folder %1").arg(runDir)};
    return auditNothingLost(runDir, runId, policy) + auditNothingLeaked(workspace, runId, policy);
}

} // namespace orch::test
