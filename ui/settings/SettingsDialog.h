#pragma once

#include "config/Config.h"
#include "settings/ConfigField.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSettings;
class QStackedWidget;

namespace orch {

// Edits every key of ConfigSchema: one page per section (a list on the left, the page on the
// right), one row per key with the editor its type calls for, and an Interface page for the
// language. Each field shows the core's word on its value (ConfigKey::parseText, then the whole-config
// checks of ConfigLoader::finish) and OK and Apply stay disabled while any problem is shown.
// Restore Defaults puts Config{} in the fields as edits: Cancel still discards them.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const Config &config, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The configuration as edited (the given one until a field changes).
    Config config() const { return m_config; }

    // Where the language choice is read from and saved to on Apply and OK (LanguageSettings); the
    // dialog does not own it. Without it the language combo is disabled.
    void setLanguageSettings(QSettings *settings);
    // The code chosen in the language combo; empty for the system default.
    QString language() const;

    // Relative paths are checked against this folder (default: the current directory).
    void setWorkingDirectory(const QString &directory);
    // The seam for "Browse...": tests answer without a file dialog.
    void setPathPicker(const ConfigField::PathPicker &picker);

    ConfigField *field(const QString &keyPath) const { return m_fields.value(keyPath); }
    QList<ConfigField *> fields() const { return m_fieldOrder; }
    // Every problem shown, as "key: message" (messages about no single key alone).
    QStringList problems() const;

    void apply();
    void restoreDefaults();

signals:
    // On Apply and on OK, with the edited configuration.
    void applied(const orch::Config &config);

private:
    struct Page
    {
        QString title;
        QListWidgetItem *item = nullptr;
        QFormLayout *form = nullptr;
        QList<ConfigField *> fields;
    };

    void addSectionPage(const QString &section);
    void addLanguagePage();
    QFormLayout *addPage(const QString &title, const QString &objectName);
    void showConfig(const Config &config);
    void fieldEdited(ConfigField *field);
    void validate();
    void updateLanguageNote();
    void filterRows(const QString &text);
    static QString sectionTitle(const QString &section);

    Config m_config;
    QString m_workingDirectory;
    QHash<QString, ConfigField *> m_fields;
    QList<ConfigField *> m_fieldOrder;
    QHash<QString, QString> m_fieldProblems;  // key path -> parseText's problem with the editor's text
    QList<Page> m_pages;

    QLineEdit *m_search = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_generalProblems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageNote = nullptr;
    QPointer<QSettings> m_languageSettings;
    QString m_languageInEffect;
};

} // namespace orch
