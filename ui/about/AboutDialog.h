#pragma once

#include <QDialog>

class QLabel;

namespace orch {

// Name, version, the Qt in use and what the application is for, with a Close button.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The version shown: the build's ORCH_VERSION.
    [[nodiscard]] static QString version();

private:
    QLabel *m_nameLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_qtVersionLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
};

} // namespace orch
