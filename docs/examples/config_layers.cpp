// Loads the configuration the way the command line does, from every layer (defaults, a YAML file,
// .env, the environment, command-line overrides), and prints each value's origin and every
// diagnostic. Exits 0 when the layers resolved as expected.
#include "config/ConfigLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace orch;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir project; // stands for the project folder the orchestrator runs in
    if (!project.isValid())
        return 1;

    // A project's config.yaml (one key misspelled) and its .env.
    writeFile(project.filePath(u"config.yaml"_s),
        "orchestrator:\n"
        "  max_workers: 6\n"
        "  timeout: 600\n"
        "  max_retrys: 1\n"
        "paths:\n"
        "  workspace: ./work\n");
    writeFile(project.filePath(u".env"_s), "ORCHESTRATOR_AI_MODEL=claude-opus-4-1\n");

    ConfigSources sources;
    sources.workingDirectory = project.path();
    sources.configFile = project.filePath(u"config.yaml"_s);
    // The environment is given explicitly here; the default is this process's environment.
    sources.environment = QProcessEnvironment();
    sources.environment.insert(u"ORCHESTRATOR_TIMEOUT"_s, u"900"_s);
    // What `--max-workers 4` would give on the command line.
    sources.overrides = {{u"orchestrator.max_workers"_s, u"4"_s, u"--max-workers"_s}};

    const ConfigLoader loader = ConfigLoader::resolve(sources);
    for (const ConfigDiagnostic &diagnostic : loader.diagnostics())
        out << diagnostic.toString() << '\n';
    if (loader.hasErrors())
        return 2; // the command line exits 2 on configuration errors, before anything runs

    const Config &config = loader.config();
    for (const QString &key : {u"orchestrator.max_workers"_s, u"orchestrator.timeout"_s, u"ai.model"_s,
             u"paths.workspace"_s, u"paths.logs"_s})
        out << key << " <- " << loader.origin(key).describe() << '\n';
    out << "workers " << config.orchestrator.maxWorkers << ", timeout " << config.orchestrator.timeout << " s, model "
        << config.ai.model << ", workspace " << config.paths.workspace << '\n';

    // A Config is a plain value: change it in code, save it as YAML, load it back.
    Config worktrees = config;
    worktrees.orchestrator.mode = Config::Mode::Worktree;
    const QString saved = project.filePath(u"saved.yaml"_s);
    QString error;
    if (!worktrees.saveYaml(saved, &error)) {
        out << "cannot save: " << error << '\n';
        return 1;
    }
    const Config reloaded = Config::fromYaml(saved); // throws ConfigError listing every problem
    out.flush();

    // Each layer overrides the one before it, key by key.
    const bool expected = config.orchestrator.maxWorkers == 4 // option over file
        && config.orchestrator.timeout == 900 // environment over file
        && config.ai.model == u"claude-opus-4-1"_s // .env over default
        && config.orchestrator.maxRetries == 2 // the misspelled key was ignored
        && config.paths.workspace == QDir(project.path()).filePath(u"work"_s)
        && config.paths.logs == QDir(project.path()).filePath(u"work/logs"_s) && reloaded == worktrees
        && loader.warningMessages().size() == 1 && loader.warningMessages().constFirst().contains(u"max_retries"_s);
    return expected ? 0 : 1;
}
