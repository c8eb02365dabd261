// orchestrator-gui: the desktop application. Everything but start-up lives in orch_ui.
#include "main/AppIcon.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // No organization name: QStandardPaths then puts the configuration in ~/.config/orchestrator.
    QApplication::setApplicationName(u"orchestrator"_s);
    QApplication::setApplicationVersion(QStringLiteral(ORCH_VERSION));

    // Qt's own strings (standard buttons, About Qt) come from the system's Qt translations when
    // they are installed; ours are embedded under :/i18n by qt_add_translations.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), u"orchestrator"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&appTranslator);

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
    window.show();
    return QApplication::exec();
}
