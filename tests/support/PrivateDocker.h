#pragma once

// A docker daemon of the test's own, beside (never instead of) the machine's shared one: its own
// socket, data root, exec root and pid file in a temporary folder, no bridge, no iptables, the vfs
// storage driver (no overlay mounts), and its own containerd (started by dockerd under the exec
// root). Tests may stop or kill it at will; clients reach it with DOCKER_HOST=host().
//
//   orch::test::PrivateDocker docker;
//   if (!docker.start(&why)) QSKIP(...);
//   docker.importBusybox(u"tiny:1"_s, &why);      // a static busybox image, no registry needed
//   env.insert(u"DOCKER_HOST"_s, docker.host());
//   docker.kill();                                 // the daemon dies mid-run
//
// The destructor stops the daemon, then ends by pid whatever of it is left (containerd, shims
// and container processes, found by the folder in their command line or the marker variable the
// image carries), unmounts what it mounted under its folder and removes the folder.
// Needs root and dockerd (Debian: docker.io); start() says why when it cannot run.

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace orch::test {

class PrivateDocker final
{
public:
    struct Result
    {
        int exitCode = -1;  // -1: did not run, crashed or timed out
        QString out;
        QString err;
    };

    // A short path: the socket's must fit in sockaddr_un (108 bytes).
    PrivateDocker()
        : m_dir(QStringLiteral("/tmp/orch-dockerd-XXXXXX"))
    {
    }
    PrivateDocker(const PrivateDocker &) = delete;
    PrivateDocker &operator=(const PrivateDocker &) = delete;
    ~PrivateDocker() { destroy(); }

    QString host() const { return QStringLiteral("unix://") + path(QStringLiteral("docker.sock")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    qint64 pid() const { return m_daemon.state() == QProcess::NotRunning ? 0 : m_daemon.processId(); }
    // The end of the daemon's log, for failure messages.
    QString logTail() const
    {
        QFile log(path(QStringLiteral("dockerd.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(1500)) : QString();
    }

    // Starts the daemon (again, on the same roots, after kill()) and waits until it answers.
    bool start(QString *why, int timeoutMs = 60000)
    {
        const QString dockerd = QStandardPaths::findExecutable(QStringLiteral("dockerd"));
        if (!m_dir.isValid() || dockerd.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty()) {
            *why = QStringLiteral("dockerd or docker is not installed (Debian: apt-get install docker.io)");
            return false;
        }
        if (::geteuid() != 0) {
            *why = QStringLiteral("a private dockerd needs root");
            return false;
        }
        forgetDeadContainerd();
        m_daemon.setProgram(dockerd);
        m_daemon.setArguments({QStringLiteral("-H"), host(), QStringLiteral("--data-root"), path(QStringLiteral("data")),
                               QStringLiteral("--exec-root"), path(QStringLiteral("exec")), QStringLiteral("--pidfile"),
                               path(QStringLiteral("docker.pid")), QStringLiteral("--bridge=none"),
                               QStringLiteral("--iptables=false"), QStringLiteral("--ip-masq=false"),
                               QStringLiteral("--storage-driver"), QStringLiteral("vfs")});
        m_daemon.setStandardOutputFile(path(QStringLiteral("dockerd.log")), QIODevice::Append);
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.setStandardInputFile(QProcess::nullDevice());
        // Never outlives the test, whatever happens to it.
        m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_daemon.start();
        if (!m_daemon.waitForStarted(10000)) {
            *why = QStringLiteral("cannot start dockerd: ") + m_daemon.errorString();
            return false;
        }
        for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired(); QThread::msleep(200)) {
            if (m_daemon.state() == QProcess::NotRunning)
                break;
            if (docker({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.Version}}")}, 5000)
                    .exitCode
                == 0)
                return true;
        }
        *why = QStringLiteral("the private dockerd did not answer: ") + logTail();
        return false;
    }

    // After kill(), the daemon's containerd dies too, but as an orphan it can stay a zombie until
    // init reaps it. dockerd then finds the pid in containerd.pid alive, waits for a socket nobody
    // serves, and never answers: a pid file naming no running containerd is removed first.
    void forgetDeadContainerd() const
    {
        QFile pidFile(path(QStringLiteral("exec/containerd/containerd.pid")));
        if (!pidFile.open(QIODevice::ReadOnly))
            return;
        const QByteArray pid = pidFile.readAll().trimmed();
        pidFile.close();
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
        bool running = false;
        if (!pid.isEmpty() && stat.open(QIODevice::ReadOnly)) {
            // "PID (comm) STATE ...": the state follows the last ')'.
            const QByteArray line = stat.readAll();
            const qsizetype close = line.lastIndexOf(')');
            running = line.contains("(containerd)") && close > 0 && close + 2 < line.size()
                && line.at(close + 2) != 'Z' && line.at(close + 2) != 'X';
        }
        if (!running)
            pidFile.remove();
    }

    // The fault: SIGKILL, as when the daemon crashes or is killed by the OOM killer.
    void kill()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_daemon.processId()), SIGKILL);
        m_daemon.waitForFinished(10000);
    }

    // A polite stop: dockerd stops its containers first.
    void stop(int timeoutMs = 30000)
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(timeoutMs))
            kill();
    }

    // The docker client against this daemon only.
    Result docker(const QStringList &arguments, int timeoutMs = 60000, const QByteArray &input = {}) const
    {
        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), host());
        client.setProcessEnvironment(env);
        client.start(QStringLiteral("docker"), arguments);
        Result result;
        if (!client.waitForStarted(10000))
            return result;
        if (!input.isEmpty())
            client.write(input);
        client.closeWriteChannel();
        if (!client.waitForFinished(timeoutMs)) {
            client.kill();
            client.waitForFinished();
            return result;
        }
        result.exitCode = client.exitStatus() == QProcess::NormalExit ? client.exitCode() : -1;
        result.out = QString::fromUtf8(client.readAllStandardOutput()).trimmed();
        result.err = QString::fromUtf8(client.readAllStandardError()).trimmed();
        return result;
    }

    // An image holding only a static busybox (every applet linked), by `docker import` of a folder
    // (as scripts/lib/docker.sh makes the test worker image): no registry needed. Its environment
    // carries the marker the destructor finds leftover container processes by.
    bool importBusybox(const QString &image, QString *why)
    {
        const QString busybox = QStandardPaths::findExecutable(QStringLiteral("busybox"));
        if (busybox.isEmpty()) {
            *why = QStringLiteral("busybox is not installed (Debian: apt-get install busybox-static)");
            return false;
        }
        const QString root = path(QStringLiteral("rootfs"));
        QDir().mkpath(root + QStringLiteral("/bin"));
        QDir().mkpath(root + QStringLiteral("/workspace"));
        QDir().mkpath(root + QStringLiteral("/tmp"));
        QFile::remove(root + QStringLiteral("/bin/busybox"));
        if (!QFile::copy(busybox, root + QStringLiteral("/bin/busybox"))) {
            *why = QStringLiteral("cannot copy ") + busybox;
            return false;
        }
        QProcess list;
        list.start(busybox, {QStringLiteral("--list")});
        list.waitForFinished(10000);
        for (const QByteArray &applet : list.readAllStandardOutput().split('\n')) {
            if (!applet.isEmpty() && applet != "busybox")
                QFile::link(QStringLiteral("busybox"), root + QStringLiteral("/bin/") + QString::fromUtf8(applet));
        }
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), root, QStringLiteral("-c"), QStringLiteral(".")});
        if (!tar.waitForFinished(30000) || tar.exitCode() != 0) {
            *why = QStringLiteral("tar failed");
            return false;
        }
        const Result imported = docker({QStringLiteral("import"), QStringLiteral("--change"), QStringLiteral("ENV PATH=/bin"),
                                        QStringLiteral("--change"), QStringLiteral("ENV ") + markerVariable() + u'=' + m_dir.path(),
                                        QStringLiteral("--change"), QStringLiteral("WORKDIR /workspace"), QStringLiteral("-"), image},
                                       60000, tar.readAllStandardOutput());
        if (imported.exitCode != 0)
            *why = QStringLiteral("docker import failed: ") + imported.err;
        return imported.exitCode == 0;
    }

    static QString markerVariable() { return QStringLiteral("ORCH_PRIVATE_DOCKER"); }

    // Processes of this daemon still alive: containerd, shims (the folder is in their command
    // line) and container processes (the image's marker variable is in their environment).
    QList<int> leftoverProcesses() const
    {
        QList<int> pids;
        const QByteArray folder = QFile::encodeName(m_dir.path());
        const QByteArray marker = markerVariable().toUtf8() + '=' + folder;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool ok = false;
            const int pid = entry.toInt(&ok);
            if (!ok || pid == ::getpid())
                continue;
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
            if ((cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(folder))
                || (environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(marker)))
                pids << pid;
        }
        return pids;
    }

private:
    void destroy()
    {
        stop();
        for (int round = 0; round < 20; ++round) {
            const QList<int> left = leftoverProcesses();
            if (left.isEmpty())
                break;
            for (const int pid : left)
                ::kill(pid_t(pid), SIGKILL);
            QThread::msleep(100);
        }
        // Deepest first: the data root's own bind mount, network namespaces, container roots.
        QStringList mounts;
        QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
        if (mountInfo.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : mountInfo.readAll().split('\n')) {
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() > 4 && fields.at(4).startsWith(QByteArray(QFile::encodeName(m_dir.path()) + '/')))
                    mounts << QString::fromUtf8(fields.at(4));
            }
        }
        std::sort(mounts.begin(), mounts.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &target : std::as_const(mounts))
            ::umount2(QFile::encodeName(target).constData(), MNT_DETACH);
    }

    QTemporaryDir m_dir;
    QProcess m_daemon;
};

} // namespace orch::test
