#pragma once

#include "config/ConfigSchema.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QWidget;

namespace orch {

// The editor of one ConfigKey, chosen by its type: Int QSpinBox, Double QDoubleSpinBox, Bool
// QCheckBox, Enum QComboBox, Path QLineEdit with "Browse...", List QLineEdit of shell words, String
// QLineEdit. Owns no rules: ranges and spellings come from the schema, and a text the widget cannot
// hold is judged by ConfigKey::parseText, whose message is shown as the problem.
class ConfigField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigField)

public:
    // Asks the user for a path for the key, starting from the current text; empty when cancelled.
    using PathPicker = std::function<QString(const ConfigKey &key, const QString &current)>;

    // The widgets are created as children of parentWidget (label, editor row and problem line).
    ConfigField(const ConfigKey &key, QWidget *parentWidget);
    ~ConfigField() override;

    const ConfigKey &key() const { return m_key; }
    QLabel *label() const { return m_label; }
    // The typed widget (QSpinBox, QDoubleSpinBox, QCheckBox, QComboBox or QLineEdit).
    QWidget *editor() const { return m_editor; }
    // The editor, the browse button of paths and the problem line, as one widget for a form row.
    QWidget *row() const { return m_row; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *problemLabel() const { return m_problem; }

    // Shows a value as ConfigKey::get gives it; does not emit edited().
    void setValue(const QVariant &value);
    // The value in the editor, or nullopt with the core's description of what is wrong.
    std::optional<QVariant> value(QString *problem) const;
    // Shown under the editor; empty hides it.
    void setProblem(const QString &text);
    QString problem() const;

    void setPathPicker(PathPicker picker) { m_pathPicker = std::move(picker); }
    // Whether a name filter (on the label, the key path and the environment variable) matches.
    bool matches(const QString &filter) const;

    // "Max workers" for max_workers: the label's text before translation lookup.
    static QString readableName(const QString &name);
    // The label of a key (translated when the translation has it).
    static QString labelFor(const ConfigKey &key);
    // Whether a Path key names a file rather than a folder (for the browse dialog).
    static bool isFilePath(const ConfigKey &key);

signals:
    // The user changed the editor (not emitted by setValue).
    void edited();

private:
    QWidget *createEditor();
    void browse();
    QString toolTip() const;

    ConfigKey m_key;
    QLabel *m_label = nullptr;
    QWidget *m_row = nullptr;
    QWidget *m_editor = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_problem = nullptr;
    PathPicker m_pathPicker;
    QString m_unknownEnumText;  // the number of an enum value outside the spellings, as given
    bool m_settingValue = false;
};

} // namespace orch
