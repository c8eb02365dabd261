#pragma once

#include "config/Config.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace orch {

struct ConfigKey;

// The settings a user changes most between runs, in a small form beside the task: mode, max
// workers, timeout and model. Ranges and checks come from ConfigSchema, so the row refuses what a config
// file would; a problem is shown next to its field.
class QuickSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSettings)

public:
    explicit QuickSettings(QWidget *parent = nullptr);
    ~QuickSettings() override;

    // Fills the fields without emitting edited().
    void setConfig(const Config &config);
    // Writes the valid fields into config; an invalid field leaves its key as it was.
    void applyTo(Config &config) const;
    // One message per invalid field, naming it; empty when all are valid.
    QStringList problems() const;
    bool isValid() const { return m_valid; }

    QComboBox *modeCombo() const { return m_mode; }
    QSpinBox *maxWorkersSpin() const { return m_maxWorkers; }
    QSpinBox *timeoutSpin() const { return m_timeout; }
    QLineEdit *modelEdit() const { return m_model; }

signals:
    // The user changed a field.
    void edited();
    void validityChanged(bool valid);

private:
    struct Field
    {
        const ConfigKey *key = nullptr;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *problem = nullptr;
    };

    QSpinBox *makeSpin(const QString &path, const QString &name);
    void addField(const QString &path, const QString &name, const QString &label, QWidget *editor);
    QString textOf(const Field &field) const;
    void validate();

    QComboBox *m_mode;
    QSpinBox *m_maxWorkers;
    QSpinBox *m_timeout;
    QLineEdit *m_model;
    QList<Field> m_fields;
    bool m_valid = true;
};

} // namespace orch
