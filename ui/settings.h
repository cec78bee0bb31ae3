#pragma once

#include "core/job/jobspec.h"

#include <QByteArray>

class QSettings;

namespace Quire {

/** Persists the job form and the window's geometry with QSettings (the app's organization/name). */
class Settings
{
public:
    /** The saved job, or JobSpec's defaults for anything never saved. */
    static JobSpec loadJob(const QSettings &settings);
    static void saveJob(QSettings &settings, const JobSpec &spec);

    static QByteArray loadGeometry(const QSettings &settings);
    static QByteArray loadWindowState(const QSettings &settings);
    static void saveWindow(QSettings &settings, const QByteArray &geometry, const QByteArray &state);

    /** Whether runs keep a journal (history, undo, resume); on unless switched off. */
    static bool loadJournalEnabled(const QSettings &settings);
    /** How many runs the journal folder keeps (JournalStore::DefaultKeep unless set). */
    static int loadJournalKeep(const QSettings &settings);
    static void saveJournal(QSettings &settings, bool enabled, int keep);
    static constexpr int MaxJournalKeep = 10'000;
};

} // namespace Quire
