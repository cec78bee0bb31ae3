#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace Quire {

/** Edit › Preferences: the run journal (on or off, how many runs to keep). Saved with QSettings on OK. */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /** Saves the settings, then closes. */
    void accept() override;

private:
    QCheckBox *m_journal = nullptr;
    QSpinBox *m_keep = nullptr;
};

} // namespace Quire
