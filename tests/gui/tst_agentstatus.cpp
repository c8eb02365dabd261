// The status bar's agent indicator (the doctor's checks in the background) and the notification
// when a run ends while the window is inactive.
#include "main/AgentStatusIndicator.h"
#include "main/RunNotifier.h"
#include "run/RunResult.h"

#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using orch::AgentStatusIndicator;
using orch::Config;
using orch::RunNotifier;
using orch::RunResult;

class TestAgentStatus final : public QObject
{
    Q_OBJECT

private slots:
    void foundAgentIsReadyWithItsVersion();
    void missingAgentSaysSoWithTheInstallHint();
    void worktreeModeOutsideARepositoryIsAProblem();
    void burstOfConfigChangesChecksTheLatest();
    void notifiesOnlyWhenTheWindowIsInactive();
    void notificationWords();

private:
    static QProcessEnvironment emptyPath()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PATH"_s, u"/nonexistent"_s);
        return environment;
    }
    static Config withAgent(const QString &binary)
    {
        Config config;
        config.agent.binary = binary;
        config.orchestrator.mode = Config::Mode::Subprocess;
        return config;
    }
};

void TestAgentStatus::foundAgentIsReadyWithItsVersion()
{
    AgentStatusIndicator indicator;
    QSignalSpy checked(&indicator, &AgentStatusIndicator::checked);
    indicator.setConfig(withAgent(QStringLiteral(FAKE_CLAUDE)));
    QCOMPARE(indicator.state(), AgentStatusIndicator::State::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QCOMPARE(indicator.state(), AgentStatusIndicator::State::Ready);
    QVERIFY2(indicator.text().contains(u"2.1.197"_s), qPrintable(indicator.text()));
    QVERIFY(!indicator.text().contains(QStringLiteral(FAKE_CLAUDE)));  // the path is in the tooltip only
    QVERIFY(indicator.toolTip().contains(u"subprocess"_s));
    // Subprocess mode needs neither git nor docker.
    for (const orch::Doctor::Check &check : indicator.relevantChecks())
        QVERIFY2(check.id != u"docker"_s && check.id != u"repository"_s, qPrintable(check.id));
}

void TestAgentStatus::missingAgentSaysSoWithTheInstallHint()
{
    AgentStatusIndicator indicator;
    indicator.setEnvironment(emptyPath());
    QSignalSpy checked(&indicator, &AgentStatusIndicator::checked);
    indicator.setConfig(withAgent({}));
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QCOMPARE(indicator.state(), AgentStatusIndicator::State::Problem);
    QCOMPARE(indicator.text(), u"Agent not found"_s);
    QVERIFY2(indicator.toolTip().contains(u"npm install -g @anthropic-ai/claude-code"_s), qPrintable(indicator.toolTip()));
}

void TestAgentStatus::worktreeModeOutsideARepositoryIsAProblem()
{
    QTemporaryDir notARepository;
    QVERIFY(notARepository.isValid());
    Config config = withAgent(QStringLiteral(FAKE_CLAUDE));
    config.orchestrator.mode = Config::Mode::Worktree;
    config.worktree.repository = notARepository.path();
    AgentStatusIndicator indicator;
    QSignalSpy checked(&indicator, &AgentStatusIndicator::checked);
    indicator.setConfig(config);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QCOMPARE(indicator.state(), AgentStatusIndicator::State::Problem);
    QVERIFY2(indicator.text().contains(u"not ready for worktree"_s), qPrintable(indicator.text()));
    QVERIFY(indicator.toolTip().contains(u"worktree.repository"_s));
}

void TestAgentStatus::burstOfConfigChangesChecksTheLatest()
{
    AgentStatusIndicator indicator;
    indicator.setEnvironment(emptyPath());
    QSignalSpy checked(&indicator, &AgentStatusIndicator::checked);
    indicator.setConfig(withAgent({}));
    indicator.setConfig(withAgent(u"/nonexistent/claude"_s));
    indicator.setConfig(withAgent(QStringLiteral(FAKE_CLAUDE)));
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
    QCOMPARE(indicator.state(), AgentStatusIndicator::State::Ready);
    // Debounced: one report for the burst, and no late one for an older configuration.
    QTest::qWait(500);
    QCOMPARE(checked.size(), 1);
}

void TestAgentStatus::notifiesOnlyWhenTheWindowIsInactive()
{
    QMainWindow window;
    RunNotifier notifier(&window);
    QStringList shown;
    notifier.setPresenter([&](const QString &title, const QString &body, bool failed) {
        shown << title + u'|' + body + (failed ? u"|failed"_s : u"|ok"_s);
    });
    RunResult result;
    result.status = RunResult::Status::Partial;
    result.subtaskResults.resize(3);
    result.subtaskResults[0].status = orch::SubtaskResult::Status::Success;
    result.subtaskResults[1].status = orch::SubtaskResult::Status::Success;
    result.subtaskResults[2].status = orch::SubtaskResult::Status::Failed;

    // Not shown, so not active: the user is elsewhere.
    QVERIFY(notifier.runFinished(result));
    QCOMPARE(shown, QStringList{u"Run finished with failures|2 of 3 subtask(s) succeeded|failed"_s});

    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!notifier.runFinished(result));
    QCOMPARE(shown.size(), 1);
}

void TestAgentStatus::notificationWords()
{
    RunResult result;
    result.status = RunResult::Status::Success;
    result.subtaskResults.resize(2);
    for (orch::SubtaskResult &subtask : result.subtaskResults) {
        subtask.status = orch::SubtaskResult::Status::Success;
        subtask.costUsd = 0.25;
    }
    QCOMPARE(RunNotifier::title(result), u"Run finished"_s);
    QCOMPARE(RunNotifier::body(result), u"2 of 2 subtask(s) succeeded, cost $0.5000"_s);
    result.status = RunResult::Status::Cancelled;
    QCOMPARE(RunNotifier::title(result), u"Run cancelled"_s);
}

QTEST_MAIN(TestAgentStatus)
#include "tst_agentstatus.moc"
