// What goes wrong and how it is reported: the blocking API throws OrchestratorError subclasses
// when nothing can run (bad configuration, a task that cannot be planned, an agent that is
// missing); a subtask that fails while the run goes on is a result, not an exception; the
// asynchronous API says false and emits failedToStart instead of throwing.
// Exits 0 when every case was reported the documented way.
#include "config/Config.h"
#include "config/ConfigDiagnostic.h"
#include "errors/OrchestratorError.h"
#include "run/Orchestrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

Config configIn(const QString &workspace)
{
    Config config;
    config.paths.workspace = workspace;
    config.paths.logs = workspace + u"/logs"_s;
    config.paths.output = workspace + u"/output"_s;
    config.resources.maxCpuPercent = 100;
    return config;
}

Plan onePart()
{
    return Plan {u"One part"_s, {Subtask {u"1"_s, u"Part"_s, u"Write part.txt"_s, {}}}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    int reported = 0;

    // 1. A configuration file with mistakes: ConfigError lists every problem, each with file:line:column.
    const QString broken = dir.filePath(u"broken.yaml"_s);
    QFile file(broken);
    if (!file.open(QIODevice::WriteOnly) || file.write("orchestrator:\n  mode: dokcer\n  max_workers: 0\n") < 0)
        return 1;
    file.close();
    try {
        Config::fromYaml(broken);
    } catch (const ConfigError &e) {
        for (const ConfigDiagnostic &diagnostic : e.diagnostics())
            out << diagnostic.toString() << '\n';
        reported += e.diagnostics().size() == 2 ? 1 : 0;
    }

    // 2. A task that cannot be planned, and 3. an agent that cannot be found: nothing ran.
    Config config = configIn(dir.filePath(u"workspace"_s));
    config.agent.binary = dir.filePath(u"no-such-claude"_s);
    config.planning.decomposer = Config::Decomposer::Heuristic;
    Orchestrator orchestrator(config);
    try {
        orchestrator.execute(u"   "_s);
    } catch (const TaskDecompositionError &e) {
        out << "cannot plan: " << e.message() << '\n';
        ++reported;
    }
    try {
        orchestrator.execute(onePart());
    } catch (const WorkerExecutionError &e) {
        out << "cannot run \"" << e.task() << "\": " << e.message() << '\n';
        ++reported;
    } catch (const OrchestratorError &e) {
        // The base class catches whatever else the blocking API throws.
        out << "error: " << e.message() << '\n';
    }

    // 4. The asynchronous API does not throw: start() says false, failedToStart says why.
    QString whyNot;
    QObject::connect(
        &orchestrator, &Orchestrator::failedToStart, &app, [&whyNot](const QString &message) { whyNot = message; });
    if (!orchestrator.start(onePart())) {
        out << "start() refused: " << orchestrator.lastError() << '\n';
        reported += whyNot == orchestrator.lastError() ? 1 : 0;
    }

    // 5. A subtask whose agent fails is part of the result: execute() returns normally.
    Config failing = configIn(dir.filePath(u"failing"_s));
    failing.agent.kind = Config::AgentKind::Command;
    failing.agent.command = uR"(sh -c 'echo "no space left" >&2; exit 3')"_s;
    failing.orchestrator.maxRetries = 0; // an agent error is never retried anyway
    Orchestrator failingRun(failing);
    const RunResult result = failingRun.execute(onePart());
    const SubtaskResult &part = result.subtaskResults.constFirst();
    out << "run " << RunResult::statusName(result.status) << ", subtask " << SubtaskResult::statusName(part.status)
        << ": " << part.error << '\n';
    if (result.status == RunResult::Status::Failed && part.status == SubtaskResult::Status::Failed
        && part.error.contains(u"no space left"_s))
        ++reported;
    out.flush();

    return reported == 5 ? 0 : 1;
}
