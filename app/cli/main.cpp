// orchestrator: the headless command line. Thin: parsing lives in CommandLine, everything else in orch_core.
#include "CliRunner.h"
#include "CommandLine.h"
#include "VerifyCommand.h"

#include "config/ConfigLoader.h"
#include "config/ProfileStore.h"
#include "logging/Log.h"
#include "process/ProcessRunner.h"
#include "run/RunJanitor.h"
#include "run/RunStore.h"
#include "util/OpenFileLimit.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace orch;

namespace {

enum ExitCode { ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2, ExitEnvironment = 3 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printLines(const QString &prefix, const QStringList &lines)
{
    for (const QString &line : lines)
        err() << prefix << line << Qt::endl;
}

// --clean RUN_ID|all: what the janitor removed and kept, one line each.
int clean(const Config &config, const QString &runId, const QString &errorPrefix)
{
    RunJanitor janitor(config);
    QString error;
    const std::optional<RunJanitor::Report> report =
        runId == u"all" ? janitor.cleanAll(&error) : janitor.clean(runId, &error);
    if (!report) {
        printLines(errorPrefix, {error});
        return ExitUsage;
    }
    const auto say = [](const char *text, const QString &what) {
        out() << QCoreApplication::translate("main", text).arg(what) << Qt::endl;
    };
    if (report->processesKilled > 0)
        out() << QCoreApplication::translate("main", "Stopped %n leftover process(es)", nullptr, report->processesKilled)
              << Qt::endl;
    for (const QString &container : report->containersRemoved)
        say(QT_TRANSLATE_NOOP("main", "Removed container %1"), container);
    for (const QString &worktree : report->worktreesRemoved)
        say(QT_TRANSLATE_NOOP("main", "Removed worktree %1"), worktree);
    for (const QString &branch : report->branchesDeleted)
        say(QT_TRANSLATE_NOOP("main", "Deleted branch %1 (merged)"), branch);
    for (const QString &branch : report->branchesKept)
        say(QT_TRANSLATE_NOOP("main", "Kept branch %1: it is not merged anywhere (git branch -D deletes it)"), branch);
    for (const QString &run : report->runsSkipped)
        say(QT_TRANSLATE_NOOP("main", "Left run %1 alone: it is still running"), run);
    printLines(errorPrefix, report->errors);
    if (report->isEmpty() && report->runsSkipped.isEmpty())
        out() << QCoreApplication::translate("main", "Nothing to clean") << Qt::endl;
    return report->errors.isEmpty() ? ExitOk : ExitSomeFailed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    orch::raiseOpenFileLimit();  // many workers, each with its pipes and transcript
    QCoreApplication::setApplicationName(QStringLiteral("orchestrator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORCH_VERSION));

    const QString errorPrefix = QCoreApplication::translate("main", "orchestrator: error: ");

    CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        printLines(errorPrefix, {commandLine.errorText()});
        err() << QCoreApplication::translate("main", "Try 'orchestrator --help' for more information.") << Qt::endl;
        return ExitUsage;
    }
    if (commandLine.helpRequested()) {
        out() << commandLine.helpText();
        return ExitOk;
    }
    if (commandLine.versionRequested()) {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    const ProfileStore profiles;
    if (commandLine.listProfiles()) {
        for (const QString &name : profiles.list())
            out() << name << Qt::endl;
        return ExitOk;
    }

    ConfigSources sources;
    sources.configFile = commandLine.configFile();
    sources.profile = commandLine.profile();
    sources.overrides = commandLine.overrides();
    const ConfigLoader loader = ConfigLoader::resolve(sources);
    printLines(QStringLiteral("orchestrator: "), loader.warningMessages());
    // Before the error check: the doctor reports configuration errors in its table, next to the rest.
    if (commandLine.verify())
        return VerifyCommand(loader, {commandLine.json(), commandLine.offline()}).exec(out());
    if (loader.hasErrors()) {
        printLines(errorPrefix, loader.errorMessages());
        return ExitUsage;
    }

    if (const QString name = commandLine.saveProfile(); !name.isEmpty()) {
        QString error;
        if (!profiles.save(name, loader.config(), &error)) {
            printLines(errorPrefix, {error});
            return ExitUsage;
        }
        out() << QCoreApplication::translate("main", "Saved profile '%1' to %2").arg(name, profiles.pathFor(name))
              << Qt::endl;
        return ExitOk;
    }
    if (commandLine.printConfig()) {
        out() << loader.annotatedYaml();
        return ExitOk;
    }

    const Config &config = loader.config();
    if (commandLine.listRuns()) {
        const RunStore store(config.paths.workspace);
        for (const RunStore::RunInfo &run : store.listRuns()) {
            const QString state = run.state == RunStore::RunState::Finished ? run.status
                                  : run.state == RunStore::RunState::Running ? QStringLiteral("running")
                                                                             : QStringLiteral("interrupted");
            out() << run.runId << u'\t' << state << u'\t' << run.completedTasks << u'/' << run.totalTasks << u'\t'
                  << run.task.section(u'\n', 0, 0).left(80) << Qt::endl;
        }
        return ExitOk;
    }

    if (commandLine.clean())
        return clean(config, commandLine.cleanRunId().trimmed(), errorPrefix);
    if (commandLine.merge() && config.orchestrator.mode == Config::Mode::Subprocess) {
        printLines(errorPrefix, {QCoreApplication::translate("main", "--merge merges worker branches: it needs "
                                                                     "--mode worktree")});
        return ExitUsage;
    }

    CliRunner::Options options;
    options.json = commandLine.json();
    options.monitor = commandLine.monitor();
    options.task = commandLine.task();
    options.subtasks = commandLine.subtasks();
    options.resumeRunId = commandLine.resumeRunId();
    options.merge = commandLine.merge();
    options.planOnly = commandLine.planOnly();
    options.planFile = commandLine.planFile();
    if (!options.planFile.isEmpty()) {
        QString error;
        // planning.max_subtasks bounds what a planner proposes; a plan written out is run as written.
        options.plan = CliRunner::loadPlan(options.planFile, 0, &error);
        if (!options.plan) {
            printLines(errorPrefix, {error});
            return ExitUsage;
        }
    }
    if (options.task.trimmed().isEmpty() && options.subtasks.isEmpty() && options.resumeRunId.isEmpty()
        && !options.plan) {
        // Interactive mode, as in the user guide: ask on the terminal.
        if (!::isatty(STDIN_FILENO)) {
            printLines(errorPrefix, {QCoreApplication::translate("main", "no task given (and no terminal to ask on)")});
            return ExitUsage;
        }
        err() << QCoreApplication::translate("main", "Enter your task: ") << Qt::flush;
        QTextStream in(stdin);
        options.task = in.readLine();
        if (options.task.trimmed().isEmpty()) {
            printLines(errorPrefix, {QCoreApplication::translate("main", "the task is empty")});
            return ExitUsage;
        }
    }

    LogOptions logOptions;
    logOptions.level = config.monitoring.logLevel;
    logOptions.logDir = config.paths.logs;
    logOptions.console = options.json ? ConsoleStream::Stderr : ConsoleStream::Stdout;
    QString logError;
    if (!Log::init(logOptions, &logError)) {
        printLines(errorPrefix, {logError});
        return ExitEnvironment;
    }
    Log::installQtMessageHandler();
    ProcessRunner::becomeSubreaper();
    // No window waits on this event loop: agents' output may come a MiB at a time.
    ProcessRunner::setLargeStdoutPipes(true);

    if (options.resumeRunId.isEmpty()) {
        // A run that died mid-way is worth a hint: its journal says what is left to do.
        const RunStore store(config.paths.workspace);
        for (const RunStore::RunInfo &run : store.interruptedRuns()) {
            Log::info(QCoreApplication::translate("main", "Run %1 was interrupted (%2 of %3 done); "
                                                          "'orchestrator --resume %1' finishes it")
                          .arg(run.runId)
                          .arg(run.completedTasks)
                          .arg(run.totalTasks),
                      {{"event", "interrupted_run_found"}, {"run_id", run.runId.toStdString()}});
        }
    }

    int code = ExitOk;
    {
        CliRunner runner(config, options);
        code = runner.exec();
    }
    Log::shutdown();
    return code;
}
