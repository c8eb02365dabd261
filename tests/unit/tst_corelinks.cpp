// orch_core must never link Qt Gui or Widgets: the headless CLI and the tests depend on it.
#include "config/Config.h"

#include <QFile>
#include <QtTest>

class TestCoreLinks final : public QObject
{
    Q_OBJECT

private slots:
    void declaredLinkLibraries();
    void loadedLibraries();
};

void TestCoreLinks::declaredLinkLibraries()
{
    QFile file(QStringLiteral(ORCH_CORE_LINKS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), ORCH_CORE_LINKS_FILE);
    const QString links = QString::fromUtf8(file.readAll());
    QVERIFY2(links.contains(QStringLiteral("Qt6::Core")), qPrintable(links));  // the file is really the list
    for (const char *forbidden : {"Qt6::Gui", "Qt6::Widgets", "Qt6::Charts", "Qt6::OpenGL"})
        QVERIFY2(!links.contains(QLatin1String(forbidden)), forbidden);
}

void TestCoreLinks::loadedLibraries()
{
    // Linked with --no-as-needed, so everything orch_core pulls in is mapped into this process.
    const orch::Config config;  // use the library, so it is really linked
    QCOMPARE(config.orchestrator.maxWorkers, 10);
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString mapped = QString::fromUtf8(maps.readAll());
    QVERIFY(mapped.contains(QStringLiteral("libQt6Core.so")));
    for (const char *forbidden : {"libQt6Gui.so", "libQt6Widgets.so", "libQt6Charts.so", "libQt6OpenGL.so"})
        QVERIFY2(!mapped.contains(QLatin1String(forbidden)), forbidden);
}

QTEST_GUILESS_MAIN(TestCoreLinks)
#include "tst_corelinks.moc"
