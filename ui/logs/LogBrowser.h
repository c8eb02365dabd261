#pragma once

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace orch {

class LogIndex;
class LogTableModel;
class LogView;
class RunListModel;

// The log browser, self-contained so it can live in a window or a dock: the workspace's runs and
// each run's files (its orchestrator log, journal and worker transcripts) on the left; on the
// right a filter bar (levels, worker, text or regular expression), the lines in a table, and the
// selected line's JSON pretty-printed. Indexing and filtering run on the thread pool.
class LogBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBrowser)

public:
    // The file dialog behind "Open log file...", replaceable by tests; returns the chosen path or "".
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit LogBrowser(QWidget *parent = nullptr);
    ~LogBrowser() override;

    // logsDirectory: where orchestrator_*.jsonl files are (default: <workspace>/logs).
    void setWorkspace(const QString &workspace, const QString &logsDirectory = {});
    // Any JSONL file (an orchestrator log, a journal, a transcript); shows an error and returns
    // false when it cannot be read. For File > Open Log.
    bool openLogFile(const QString &path);
    // Asks for a file (FileChooser) and opens it.
    void chooseLogFile();
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    // Shows a run: finds its log in the background, lists its files and opens the log.
    void openRun(const QString &runId);

    QString currentFile() const;
    QString currentRunId() const { return m_runId; }
    LogIndex *logIndex() const { return m_index; }
    LogTableModel *logModel() const { return m_model; }
    RunListModel *runModel() const { return m_runs; }

signals:
    void fileOpened(const QString &path);

private:
    struct RunFiles
    {
        QString runId;
        QString log;
        QString journal;
        QStringList transcripts;
    };

    void buildUi();
    bool openPath(const QString &path, const QString &scopeRunId);
    void openFileItem(int row);
    void onRunFilesFound();
    void rebuildLevelMenu();
    void rebuildWorkerCombo();
    void applyFilter();
    void showDetail();
    void onActivity();

    LogIndex *m_index;
    LogTableModel *m_model;
    RunListModel *m_runs;
    QString m_logsDirectory;
    QString m_runId;
    QString m_scopeRunId;  // the run filter for a log shared by several runs
    QSet<QString> m_hiddenLabels;
    FileChooser m_fileChooser;
    QFutureWatcher<RunFiles> m_locator;
    QTimer m_textDebounce;
    bool m_followTail = true;

    QTableView *m_runView = nullptr;
    QListWidget *m_fileList = nullptr;
    QToolButton *m_levelButton = nullptr;
    QMenu *m_levelMenu = nullptr;
    QComboBox *m_workerCombo = nullptr;
    QLineEdit *m_textEdit = nullptr;
    QCheckBox *m_regexCheck = nullptr;
    QCheckBox *m_caseCheck = nullptr;
    QPushButton *m_openButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    LogView *m_logView = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace orch
