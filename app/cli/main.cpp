// orchestrator: the headless command line. Thin: parsing lives in CommandLine, everything else in orch_core.
#include "CommandLine.h"

#include "config/ConfigLoader.h"
#include "config/ProfileStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace orch;

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitEnvironment = 3 };

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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

    printLines(errorPrefix,
               {QCoreApplication::translate("main", "running tasks is not available in this version yet; "
                                                    "--print-config shows the resolved configuration")});
    return ExitEnvironment;
}
