#include "util/OpenFileLimit.h"

#include <QtTest>

#include <sys/resource.h>

using namespace orch;

class TestOpenFileLimit final : public QObject
{
    Q_OBJECT

private slots:
    void raisesTheSoftLimitToTheHardOne();
};

void TestOpenFileLimit::raisesTheSoftLimitToTheHardOne()
{
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max <= 64)
        QSKIP("the hard limit of open files is too low to lower the soft one below it");
    // Start from a low soft limit, as on a machine with the usual 1024.
    rlimit lowered = limit;
    lowered.rlim_cur = 64;
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &lowered), 0);

    const long now = raiseOpenFileLimit();
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    QCOMPARE(limit.rlim_cur, limit.rlim_max);
    if (limit.rlim_max != RLIM_INFINITY)
        QCOMPARE(now, long(limit.rlim_max));
    // A second call changes nothing.
    QCOMPARE(raiseOpenFileLimit(), now);
}

QTEST_GUILESS_MAIN(TestOpenFileLimit)
#include "tst_openfilelimit.moc"
