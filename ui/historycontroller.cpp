#include "ui/historycontroller.h"

#include "ui/historydialog.h"
#include "ui/historymodel.h"
#include "ui/preferencesdialog.h"
#include "ui/progresstext.h"
#include "ui/resumebar.h"

#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>
#include <climits>

namespace Quire {

namespace {

int count(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

// tr() with n picks the plural form; the number itself is written with the display locale (1,000,000).
QString number(qint64 n)
{
    return formatCount(n, displayLocale());
}

QString confirmationText(const UndoResult &dry)
{
    QString text =
        HistoryController::tr("Delete %1 file(s) created by the run?", "", count(dry.removed))
            .arg(number(dry.removed)) +
        QLatin1Char(' ') +
        HistoryController::tr("%1 file(s) changed since will be kept.", "", count(dry.kept)).arg(number(dry.kept));
    if (dry.restored > 0)
        text += QLatin1Char(' ') +
                HistoryController::tr("%1 replaced file(s) will be put back from the backup.", "", count(dry.restored))
                    .arg(number(dry.restored));
    if (dry.notRestorable > 0)
        text += QLatin1Char(' ') +
                HistoryController::tr("%1 file(s) it replaced cannot be brought back.", "", count(dry.notRestorable))
                    .arg(number(dry.notRestorable));
    return text;
}

QString undoSummary(const QString &id, const UndoResult &result)
{
    QStringList parts{
        HistoryController::tr("%1 file(s) deleted", "", count(result.removed)).arg(number(result.removed))};
    if (result.restored > 0)
        parts << HistoryController::tr("%1 put back").arg(number(result.restored));
    if (result.kept > 0)
        parts << HistoryController::tr("%1 kept (changed since)").arg(number(result.kept));
    if (result.notRestorable > 0)
        parts << HistoryController::tr("%1 not restorable").arg(number(result.notRestorable));
    if (result.failed > 0)
        parts << HistoryController::tr("%1 could not be removed").arg(number(result.failed));
    return HistoryController::tr("Undid run %1: %2.").arg(id, parts.join(QStringLiteral(", ")));
}

QString interruptedText(const RunInfo &run)
{
    const QString start = displayLocale().toString(run.start.toLocalTime(), QLocale::ShortFormat);
    QString text = HistoryController::tr("The last run (started %1) was interrupted: %2 of %3 file(s) written.", "",
                                         count(run.files))
                       .arg(start, number(run.counts.written()), number(run.files));
    if (const qint64 inFlight = run.counts.of(FileStatus::InFlight); inFlight > 0)
        text += QLatin1Char(' ') +
                HistoryController::tr("%1 file(s) may be incomplete.", "", count(inFlight)).arg(number(inFlight));
    return text;
}

} // namespace

HistoryController::HistoryController(QMainWindow *window, ResumeBar *bar)
    : QObject(window)
    , m_window(window)
    , m_bar(bar)
    , m_journal(new JournalController(this))
    , m_undoProgress(new QProgressBar(window))
{
    m_undoProgress->setObjectName(QStringLiteral("undoProgress"));
    m_undoProgress->setAccessibleName(tr("Undo progress"));
    m_undoProgress->setFormat(tr("Undo: %v / %m"));
    m_undoProgress->setMaximumWidth(260);
    m_undoProgress->hide();
    window->statusBar()->addPermanentWidget(m_undoProgress);
    connect(m_journal, &JournalController::undoProgress, this, &HistoryController::onUndoProgress);
    connect(m_bar, &ResumeBar::resumeRequested, this, &HistoryController::resume);
    connect(m_bar, &ResumeBar::historyRequested, this, &HistoryController::showHistory);
}

void HistoryController::addMenuActions(QMenu *edit, QMenu *view)
{
    QAction *undoLast = edit->addAction(tr("&Undo last run"), this, [this] { undo(QStringLiteral("last")); });
    undoLast->setObjectName(QStringLiteral("undoLastRunAction"));
    undoLast->setShortcut(QKeySequence::Undo); // a text field with focus keeps Ctrl+Z for its own undo
    undoLast->setStatusTip(tr("Delete the files the last run created (files changed since are kept)"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &HistoryController::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    QAction *history = view->addAction(tr("&History…"), this, &HistoryController::showHistory);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(tr("The recorded runs: undo, resume, retry, reports"));
}

void HistoryController::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

JournalController *HistoryController::journal() const
{
    return m_journal;
}

HistoryDialog *HistoryController::dialog() const
{
    return m_dialog;
}

void HistoryController::setRunActive(bool active)
{
    m_runActive = active;
    updateBusy();
    if (!active)
        refresh();
}

bool HistoryController::isActing() const
{
    return m_acting;
}

void HistoryController::updateBusy()
{
    if (m_dialog)
        m_dialog->setBusy(m_acting || m_runActive);
}

bool HistoryController::begin()
{
    if (m_runActive) {
        Q_EMIT statusMessage(tr("A run is going on: wait until it finishes."));
        return false;
    }
    if (m_acting) {
        Q_EMIT statusMessage(tr("Another action on a run is going on: wait until it finishes."));
        return false;
    }
    m_acting = true;
    updateBusy();
    Q_EMIT actingChanged(true);
    return true;
}

void HistoryController::end(const QString &message)
{
    m_acting = false;
    updateBusy();
    Q_EMIT actingChanged(false);
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
    refresh();
}

void HistoryController::showHistory()
{
    if (!m_dialog) {
        m_dialog = new HistoryDialog(m_window);
        connect(m_dialog, &HistoryDialog::refreshRequested, this, &HistoryController::refresh);
        connect(m_dialog, &HistoryDialog::undoRequested, this, &HistoryController::undo);
        connect(m_dialog, &HistoryDialog::resumeRequested, this, &HistoryController::resume);
        connect(m_dialog, &HistoryDialog::retryRequested, this, &HistoryController::retry);
        connect(m_dialog, &HistoryDialog::useJobRequested, this, &HistoryController::useJob);
        connect(m_dialog, &HistoryDialog::exportRequested, this, &HistoryController::exportReport);
        updateBusy();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    refresh();
}

void HistoryController::refresh()
{
    if (!m_dialog)
        return;
    m_journal->list(m_dialog, [dialog = m_dialog](const QList<RunInfo> &runs) { dialog->setRuns(runs); });
}

void HistoryController::checkInterrupted()
{
    m_journal->list(m_bar, [this](const QList<RunInfo> &runs) {
        if (!runs.isEmpty() && runs.constFirst().phase == RunPhase::Interrupted)
            m_bar->offer(runs.constFirst().id, interruptedText(runs.constFirst()));
    });
}

void HistoryController::openForWrite(const QString &id, const QString &what,
                                     const std::function<void(const std::shared_ptr<RunRecord> &)> &then)
{
    m_journal->open(id, JournalStore::Access::Write, this, [this, what, then](const JournalOutcome &opened) {
        if (!opened.record) {
            end(tr("Cannot %1: %2").arg(what, opened.error));
            return;
        }
        then(opened.record);
    });
}

// ---- undo ----

void HistoryController::undo(const QString &id)
{
    if (!begin())
        return;
    Q_EMIT statusMessage(tr("Checking what undo would delete…"));
    openForWrite(id, tr("undo"), [this](const std::shared_ptr<RunRecord> &record) {
        m_journal->undo(record, true, this, [this](const JournalOutcome &dry) { confirmUndo(dry); });
    });
}

void HistoryController::confirmUndo(const JournalOutcome &dry)
{
    if (!dry.error.isEmpty()) {
        end(tr("Cannot undo: %1").arg(dry.error));
        return;
    }
    // Undone already, or only files changed since are left: nothing to ask.
    if (dry.undo.nothingToUndo || dry.record->phase == RunPhase::Undone || dry.undo.removed + dry.undo.restored == 0) {
        end(tr("Run %1: nothing left to undo.").arg(dry.record->id));
        return;
    }
    // open(), not exec(): no nested event loop; the record (and its lock) lives in the lambda until then.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Undo run"), confirmationText(dry.undo),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("undoConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Delete files"));
    box->button(QMessageBox::Cancel)->setText(tr("&Keep them"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, record = dry.record](int result) {
        if (result == QMessageBox::Yes)
            runUndo(record);
        else
            end(tr("Undo cancelled: nothing was deleted."));
    });
    box->open();
}

void HistoryController::runUndo(const std::shared_ptr<RunRecord> &record)
{
    Q_EMIT statusMessage(tr("Undoing run %1…").arg(record->id));
    m_journal->undo(record, false, this, [this](const JournalOutcome &outcome) { onUndone(outcome); });
}

void HistoryController::onUndoProgress(qint64 done, qint64 total)
{
    if (!m_acting)
        return;
    // The bar's range is an int: scale huge runs down.
    const qint64 scale = std::max<qint64>(1, total / INT_MAX + 1);
    m_undoProgress->setRange(0, int(total / scale));
    m_undoProgress->setValue(int(done / scale));
    m_undoProgress->show();
}

void HistoryController::onUndone(const JournalOutcome &outcome)
{
    m_undoProgress->hide();
    if (!outcome.error.isEmpty()) {
        end(tr("Cannot undo: %1").arg(outcome.error));
        return;
    }
    if (m_bar->runId() == outcome.record->id)
        m_bar->hide(); // nothing to resume any more
    Q_EMIT undone(outcome.record);
    end(undoSummary(outcome.record->id, outcome.undo));
}

// ---- resume, retry, use job, report ----

void HistoryController::resume(const QString &id)
{
    if (!begin())
        return;
    openForWrite(id, tr("resume"), [this](const std::shared_ptr<RunRecord> &record) {
        m_journal->prepareResume(record, this, [this](const JournalOutcome &prepared) { onResumePrepared(prepared); });
    });
}

void HistoryController::onResumePrepared(const JournalOutcome &outcome)
{
    if (!outcome.error.isEmpty()) {
        end(tr("Cannot resume: %1").arg(outcome.error));
        return;
    }
    QString message = tr("Resuming run %1: %2 file(s) to write.", "", count(outcome.resume.toWrite))
                          .arg(outcome.record->id, number(outcome.resume.toWrite));
    if (!outcome.resume.leftAlone.isEmpty())
        message += QLatin1Char(' ') +
                   tr("%1 file(s) found changed were left alone.", "", count(outcome.resume.leftAlone.size()))
                       .arg(number(outcome.resume.leftAlone.size()));
    if (m_bar->runId() == outcome.record->id)
        m_bar->hide();
    end();
    Q_EMIT startRequested(outcome.record, message);
}

void HistoryController::retry(const QString &id)
{
    if (!begin())
        return;
    openForWrite(id, tr("retry"), [this](const std::shared_ptr<RunRecord> &record) {
        m_journal->prepareRetry(record, this, [this](const JournalOutcome &prepared) { onRetryPrepared(prepared); });
    });
}

void HistoryController::onRetryPrepared(const JournalOutcome &outcome)
{
    if (outcome.retryCount < 0 || outcome.retryCount == 0) {
        end(outcome.retryCount < 0 ? tr("Cannot retry: %1").arg(outcome.error)
                                   : tr("Run %1 has no failed files to retry.").arg(outcome.record->id));
        return;
    }
    end();
    Q_EMIT startRequested(outcome.record, tr("Retrying %1 failed file(s) of run %2.", "", count(outcome.retryCount))
                                              .arg(number(outcome.retryCount), outcome.record->id));
}

void HistoryController::useJob(const QString &id)
{
    if (m_runActive) {
        Q_EMIT statusMessage(tr("The form cannot change during a run."));
        return;
    }
    m_journal->open(id, JournalStore::Access::Read, this, [this](const JournalOutcome &opened) {
        if (!opened.record) {
            Q_EMIT statusMessage(tr("Cannot read the job: %1").arg(opened.error));
            return;
        }
        Q_EMIT useJobRequested(opened.record->job);
        Q_EMIT statusMessage(tr("Loaded the job of run %1 into the form.").arg(opened.record->id));
    });
}

void HistoryController::exportReport(const QString &id, const QString &path)
{
    m_journal->open(id, JournalStore::Access::Read, this, [this, path](const JournalOutcome &opened) {
        if (!opened.record) {
            Q_EMIT statusMessage(tr("Could not write the report: %1").arg(opened.error));
            return;
        }
        m_journal->writeReport(opened.record, path, this, [this, path](const QString &error) {
            Q_EMIT statusMessage(error.isEmpty() ? tr("Report written to %1.").arg(QDir::toNativeSeparators(path))
                                                 : tr("Could not write the report: %1").arg(error));
        });
    });
}

} // namespace Quire
