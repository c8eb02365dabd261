#pragma once

#include <QObject>

class QWidget;

namespace orch {

// A hidden hook for the footprint benchmark (tests/bench/footprint.sh, docs/performance.md). With
// ORCH_BENCH_FIRST_PAINT=N in the environment, the program prints "painted" on stdout once its
// main window has been painted for the first time, then, after N ms more of an idle event loop,
// "idle_rss_kb=K" (VmRSS) and quits. Without the variable nothing is installed: one environment
// lookup at start is all it costs. The benchmark's bare QMainWindow program has the same hook
// (it builds this file too), so both are measured the same way.
//
// No Q_OBJECT: it needs no signals, slots or properties, and without moc a build directory that
// already exists picks the file up without the AUTOMOC rescan a new Q_OBJECT header needs.
class FirstPaintProbe final : public QObject
{
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    static constexpr const char *Variable = "ORCH_BENCH_FIRST_PAINT";

    // Watches `window` when the variable is set; the probe is a child of the window.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintProbe(int idleMs, QWidget *window);
    void reportPainted();
    void reportIdle();

    int m_idleMs = 0;
    bool m_painted = false;
};

} // namespace orch
