// The footprint benchmark's baseline: a bare QMainWindow, the size of orchestrator-gui's first
// window, built the same way and with the same first-paint hook (app/gui/FirstPaintProbe).
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare"));
    window.resize(1200, 800);
    orch::FirstPaintProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
