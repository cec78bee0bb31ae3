#pragma once

#include <QtGlobal>

#include <utility>

namespace Quire {

/** The file one position of a job stands for. */
struct FileSlot
{
    int folder = 0;
    qint64 row = 0;   ///< 0-based inside its folder
    qint64 index = 0; ///< {index}
    qint64 n = 1;     ///< {n}: 1-based inside its folder
};

/**
 * The one place that maps a position of the job (0 .. fileCount-1, folder-major: every file of the
 * first folder, then the second...) to its file. Today the rows of a folder are an index range
 * (from, from + step, ...); other sources (CSV rows) will map rows their own way.
 */
class FileMap
{
public:
    FileMap() = default;
    static FileMap indexRange(qint64 from, qint64 step, qint64 perFolder, int folders);

    [[nodiscard]] qint64 perFolder() const;
    [[nodiscard]] int folderCount() const;
    [[nodiscard]] qint64 fileCount() const; ///< the positions of this map (of its slice, if sliced)
    [[nodiscard]] qint64 firstIndex() const;
    [[nodiscard]] qint64 lastIndex() const;

    [[nodiscard]] FileSlot at(qint64 position) const
    {
        const qint64 global = m_begin + position;
        const qint64 per = m_perFolder > 0 ? m_perFolder : 1;
        const qint64 row = global % per;
        return FileSlot{int(global / per), row, indexOfRow(row), row + 1};
    }

    // A slice (--shard): positions 0..size-1 of the map stand for begin..begin+size-1 of the whole job,
    // so ledgers and journals are sized to the slice while names, {n} and randomness stay the whole job's.
    /** This map cut to the whole job's positions [begin, begin + size). */
    [[nodiscard]] FileMap sliced(qint64 begin, qint64 size) const;
    [[nodiscard]] qint64 totalCount() const; ///< the whole job's positions, all folders
    [[nodiscard]] qint64 sliceBegin() const; ///< the whole job's position of position 0
    [[nodiscard]] qint64 globalPosition(qint64 position) const
    {
        return m_begin + position;
    }
    /** The rows [first, second) of folder that lie in the slice; empty when none does. */
    [[nodiscard]] std::pair<qint64, qint64> rowsIn(int folder) const;
    /** The position of folder's row in the slice, or -1 when the row lies outside it. */
    [[nodiscard]] qint64 positionOf(int folder, qint64 row) const;
    [[nodiscard]] qint64 indexOfRow(qint64 row) const
    {
        // Wraps like the planner's unsigned count: from and step may be anywhere in qint64.
        return qint64(quint64(m_from) + quint64(row) * quint64(m_step));
    }
    /** The row whose {index} is value, or -1 if no row has it. */
    [[nodiscard]] qint64 rowOfIndex(qint64 value) const;

private:
    qint64 m_from = 0;
    qint64 m_step = 1;
    qint64 m_perFolder = 0;
    int m_folders = 0;
    qint64 m_begin = 0; ///< the slice
    qint64 m_size = 0;
};

} // namespace Quire
