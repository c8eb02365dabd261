#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace orch {

struct RunResult;

// Tells the user a run ended while they were looking elsewhere: a tray notification when the
// desktop has a system tray, otherwise the taskbar's attention hint (QApplication::alert).
// Nothing is shown while the window is active: the status bar already says it.
class RunNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunNotifier)

public:
    // The function that shows a message (title, body, whether it is bad news); the default uses
    // the tray or the alert. A test seam.
    using Presenter = std::function<void(const QString &, const QString &, bool)>;

    explicit RunNotifier(QWidget *window);
    ~RunNotifier() override;

    // Notifies when the window is not active; returns whether it did.
    bool runFinished(const RunResult &result);

    void setPresenter(Presenter presenter) { m_presenter = std::move(presenter); }

    // The words of the notification, also used by tests.
    static QString title(const RunResult &result);
    static QString body(const RunResult &result);

private:
    void present(const QString &title, const QString &body, bool failed);

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    Presenter m_presenter;
};

} // namespace orch
