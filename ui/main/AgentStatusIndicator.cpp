#include "AgentStatusIndicator.h"

#include <QApplication>
#include <QStyle>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr int debounceMs = 300;

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AgentStatusIndicator::AgentStatusIndicator(QWidget *parent)
    : QToolButton(parent)
    , m_debounce(new QTimer(this))
{
    setObjectName(u"agentStatus"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AgentStatusIndicator::startCheck);
    connect(&m_watcher, &QFutureWatcher<Doctor::Report>::finished, this, &AgentStatusIndicator::onChecked);
    connect(this, &QToolButton::clicked, this, &AgentStatusIndicator::recheck);
    showReport();
}

AgentStatusIndicator::~AgentStatusIndicator()
{
    // The checks are bounded by the doctor's timeouts; the report is not wanted any more.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void AgentStatusIndicator::setConfig(const Config &config)
{
    m_config = config;
    recheck();
}

void AgentStatusIndicator::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void AgentStatusIndicator::recheck()
{
    m_state = State::Checking;
    showReport();
    m_debounce->start();
}

void AgentStatusIndicator::startCheck()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    Doctor::Options options;
    options.environment = m_environment;
    options.offline = true;
    options.toolTimeoutMs = 10000;
    const Doctor doctor(m_config, {}, options);
    m_watcher.setFuture(QtConcurrent::run([doctor] { return doctor.run(); }));
}

void AgentStatusIndicator::onChecked()
{
    if (m_pending) {
        // The configuration changed while checking: this report describes an older one.
        m_pending = false;
        startCheck();
        return;
    }
    m_report = m_watcher.result();
    const QList<Doctor::Check> checks = relevantChecks();
    m_state = State::Ready;
    for (const Doctor::Check &check : checks) {
        if (check.status == Doctor::Status::Failed)
            m_state = State::Problem;
        else if (check.status == Doctor::Status::Warning && m_state == State::Ready)
            m_state = State::Warning;
    }
    showReport();
    emit checked(m_state);
}

QList<Doctor::Check> AgentStatusIndicator::relevantChecks() const
{
    QList<Doctor::Check> checks;
    for (const Doctor::Check &check : m_report.checks) {
        // The configuration and workspace are the settings dialog's business, and authentication
        // is not probed here.
        if (check.id == u"config"_s || check.id == u"authentication"_s)
            continue;
        if (check.concerns(m_config.orchestrator.mode))
            checks << check;
    }
    return checks;
}

void AgentStatusIndicator::showReport()
{
    QStyle *style = this->style();
    if (m_state == State::Checking) {
        setIcon(style->standardIcon(QStyle::SP_BrowserReload));
        setText(tr("Checking the agent..."));
        setToolTip(tr("Looking for the agent and what the chosen mode needs"));
        return;
    }
    const Doctor::Check *agent = m_report.find(u"agent"_s);
    QString text;
    if (!agent)
        text = tr("Agent: unknown");
    else if (agent->status == Doctor::Status::Failed)
        text = tr("Agent not found");
    else
        text = agent->detail.section(u" at "_s, 0, 0);  // "claude 2.1.197" without the path
    switch (m_state) {
    case State::Ready:
        setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
        break;
    case State::Warning:
        setIcon(style->standardIcon(QStyle::SP_MessageBoxWarning));
        break;
    case State::Problem:
    case State::Checking:
        setIcon(style->standardIcon(QStyle::SP_MessageBoxCritical));
        if (agent && agent->status != Doctor::Status::Failed)
            text = tr("%1 (not ready for %2)").arg(text, Doctor::modeName(m_config.orchestrator.mode));
        break;
    }
    setText(text);

    QString tip = u"<b>"_s + htmlEscaped(tr("Mode %1").arg(Doctor::modeName(m_config.orchestrator.mode))) + u"</b><br>"_s;
    for (const Doctor::Check &check : relevantChecks()) {
        const QString mark = check.status == Doctor::Status::Ok        ? u"\u2714"_s
                             : check.status == Doctor::Status::Warning ? u"\u26a0"_s
                             : check.status == Doctor::Status::Failed  ? u"\u2718"_s
                                                                       : u"\u2013"_s;
        tip += mark + u' ' + htmlEscaped(check.title) + u": "_s + htmlEscaped(check.detail);
        if (!check.fix.isEmpty() && !check.passed())
            tip += u"<br>&nbsp;&nbsp;&nbsp;"_s + htmlEscaped(tr("Fix: %1").arg(check.fix));
        tip += u"<br>"_s;
    }
    tip += u"<i>"_s + htmlEscaped(tr("Click to check again.")) + u"</i>"_s;
    setToolTip(tip);
}

} // namespace orch
