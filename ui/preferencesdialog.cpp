#include "ui/preferencesdialog.h"

#include "ui/settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Quire {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_journal(new QCheckBox(tr("&Keep a journal of runs (history and undo)"), this))
    , m_keep(new QSpinBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const QSettings settings;
    m_journal->setObjectName(QStringLiteral("journalEnabled"));
    m_journal->setAccessibleName(tr("Keep a journal of runs"));
    m_journal->setChecked(Settings::loadJournalEnabled(settings));
    m_keep->setObjectName(QStringLiteral("journalKeep"));
    m_keep->setAccessibleName(tr("Runs to keep"));
    m_keep->setRange(1, Settings::MaxJournalKeep);
    m_keep->setValue(Settings::loadJournalKeep(settings));
    m_keep->setEnabled(m_journal->isChecked());
    connect(m_journal, &QCheckBox::toggled, m_keep, &QWidget::setEnabled);

    auto *hint = new QLabel(tr("The journal lets Quire undo, resume and retry runs, even after a crash. It is "
                               "kept in the app's data folder, never in your folders."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_journal);
    form->addRow(tr("Runs to &keep:"), m_keep);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    Settings::saveJournal(settings, m_journal->isChecked(), m_keep->value());
    QDialog::accept();
}

} // namespace Quire
