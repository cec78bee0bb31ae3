#include "ui/resultsactions.h"

#include "core/run/batchrunner.h"
#include "ui/journalcontroller.h"
#include "ui/resultsmodel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QUrl>

namespace Quire {

namespace {

constexpr int MaxFoldersOpened = 5;

} // namespace

ResultsActions::ResultsActions(QWidget *window, ResultsModel *model, const BatchRunner *runner,
                               JournalController *journal)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_runner(runner)
    , m_journal(journal)
{
}

void ResultsActions::openFolders()
{
    const std::shared_ptr<const RunRecord> record = m_model->record();
    if (!record)
        return;
    const QStringList &folders = record->job.folders;
    for (qsizetype i = 0; i < std::min<qsizetype>(folders.size(), MaxFoldersOpened); ++i)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folders.at(i)));
}

void ResultsActions::copyErrors()
{
    const std::shared_ptr<const RunRecord> record = m_model->record();
    if (!record)
        return;
    QStringList lines = record->jobErrors;
    for (qsizetype i = 0; i < record->ledger->failureCount(); ++i) {
        const LedgerFailure failure = record->ledger->failure(i);
        lines << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(record->filePath(failure.position)),
                                              failure.message);
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Copied %1 error(s) to the clipboard.", "", int(lines.size())).arg(lines.size()));
}

void ResultsActions::exportReport()
{
    if (!m_model->record() || m_runner->isRunning())
        return;
    auto *dialog = new QFileDialog(m_window, tr("Export report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV report (*.csv)"), tr("JSON report (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("quire-report.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &ResultsActions::writeReport);
    dialog->open();
}

void ResultsActions::writeReport(const QString &path)
{
    const std::shared_ptr<const RunRecord> record = m_model->record();
    if (!record)
        return;
    m_journal->writeReport(record, path, this, [this, path](const QString &error) {
        Q_EMIT statusMessage(error.isEmpty() ? tr("Report written to %1.").arg(QDir::toNativeSeparators(path))
                                             : tr("Could not write the report: %1").arg(error));
    });
}

} // namespace Quire
