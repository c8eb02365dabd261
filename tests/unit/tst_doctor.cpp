// Placeholder until the test is written; registered early so the CMake lists are shared once.
#include <QtTest>

class TestDoctor final : public QObject
{
    Q_OBJECT

private slots:
    void notWrittenYet() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
