#pragma once

#include <QtGlobal>

namespace Quire {

/**
 * The randomness of {random} and {uuid}: a pure function of (run seed, position of the file, which
 * placeholder), so the report, the preview, verification, undo and resume see exactly the names and
 * bytes that were written, and the same seed writes the same files again.
 */
class FileRandom
{
public:
    /** The key of one file: mixes the run's seed with the file's position in the job. */
    static quint64 keyFor(quint64 seed, qint64 position);

    /** The stream of the stream-th placeholder of its kind in one file (0 = the first {uuid}...). */
    FileRandom(quint64 key, quint64 stream);
    quint64 next();

    /** A seed for a run that was given none. */
    static qint64 drawSeed();

private:
    quint64 m_state;
};

} // namespace Quire
