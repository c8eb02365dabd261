// Placeholder until the test is written; registered early so the CMake lists are shared once.
#include <QtTest>

class TestDockerE2e final : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TestDockerE2e)
#include "tst_docker_e2e.moc"
