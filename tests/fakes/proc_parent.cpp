// An orchestrator stand-in for tst_processrunner: runs "PROC_CHILD hang" through a ProcessRunner
// tagged RUN_ID/parent, prints "child <pid>" once it runs, and waits. The test SIGKILLs this
// process and checks that PR_SET_PDEATHSIG took the child down with it.
//   proc_parent PROC_CHILD RUN_ID
#include "process/ProcessRunner.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: proc_parent PROC_CHILD RUN_ID\n");
        return 2;
    }
    orch::ProcessRunner runner;
    QObject::connect(&runner, &orch::ProcessRunner::started, &app, [](qint64 pid) {
        std::printf("child %lld\n", static_cast<long long>(pid));
        std::fflush(stdout);
    });
    QObject::connect(&runner, &orch::ProcessRunner::finished, &app, [] { QCoreApplication::exit(1); });
    orch::ProcessSpec spec;
    spec.program = arguments.at(1);
    spec.arguments = {QStringLiteral("hang")};
    spec.environment = QProcessEnvironment::systemEnvironment();
    spec.tag = {arguments.at(2), QStringLiteral("parent")};
    runner.start(spec);
    return QCoreApplication::exec();
}
