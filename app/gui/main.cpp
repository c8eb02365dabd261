// orchestrator-gui: the desktop application. Everything but start-up lives in orch_ui.
#include "FirstPaintProbe.h"
#include "main/AppIcon.h"
#include "main/MainWindow.h"
#include "settings/LanguageSettings.h"
#include "util/OpenFileLimit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    orch::raiseOpenFileLimit();  // many workers, each with its pipes and transcript
    // No organization name: QStandardPaths then puts the configuration in ~/.config/orchestrator.
    QApplication::setApplicationName(u"orchestrator"_s);
    QApplication::setApplicationVersion(QStringLiteral(ORCH_VERSION));

    // The language chosen in Settings, else the system's: the app's translation (embedded under
    // :/i18n) and Qt's own strings (standard buttons, About Qt) when the system has them.
    {
        const QSettings settings(orch::MainWindow::settingsFilePath(), QSettings::IniFormat);
        orch::LanguageSettings::install(orch::LanguageSettings::saved(settings));
    }

    // After the translators, so the display name is translated too.
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Parallel AI Orchestrator"));
    QApplication::setWindowIcon(orch::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "The desktop application; `orchestrator` is the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    orch::MainWindow window;
    // The footprint benchmark's hook; nothing unless ORCH_BENCH_FIRST_PAINT is set.
    orch::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
