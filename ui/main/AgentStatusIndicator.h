#pragma once

#include "config/Config.h"
#include "doctor/Doctor.h"

#include <QFutureWatcher>
#include <QToolButton>

class QTimer;

namespace orch {

// The agent's status at a glance, in the status bar: whether the Claude CLI was found (and its
// version), and for the configured mode whether git and the repository or the docker daemon and
// image are ready. The doctor's checks run off the GUI thread without the authentication call
// (that would spend an API request on every settings change); the tooltip lists each relevant
// check with its fix, and clicking checks again.
class AgentStatusIndicator final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentStatusIndicator)

public:
    enum class State { Checking, Ready, Warning, Problem };
    Q_ENUM(State)

    explicit AgentStatusIndicator(QWidget *parent = nullptr);
    ~AgentStatusIndicator() override;

    // Checks again (shortly, so a burst of edits checks once) for this configuration.
    void setConfig(const Config &config);
    void recheck();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Doctor::Report &report() const { return m_report; }
    // The checks that concern the configured mode, in table order (what the tooltip shows).
    [[nodiscard]] QList<Doctor::Check> relevantChecks() const;

    // Test seam: the environment the checks see (the agent is searched on its PATH).
    void setEnvironment(const QProcessEnvironment &environment);

signals:
    void checked(orch::AgentStatusIndicator::State state);

private:
    void startCheck();
    void onChecked();
    void showReport();

    Config m_config;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    Doctor::Report m_report;
    State m_state = State::Checking;
    QTimer *m_debounce;
    QFutureWatcher<Doctor::Report> m_watcher;
    bool m_pending = false;  // a check was asked for while one was running
};

} // namespace orch
