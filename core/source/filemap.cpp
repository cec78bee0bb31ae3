#include "core/source/filemap.h"

#include <algorithm>

namespace Quire {

FileMap FileMap::indexRange(qint64 from, qint64 step, qint64 perFolder, int folders)
{
    FileMap map;
    map.m_from = from;
    map.m_step = step;
    map.m_perFolder = perFolder;
    map.m_folders = folders;
    map.m_size = map.totalCount();
    return map;
}

qint64 FileMap::perFolder() const
{
    return m_perFolder;
}

int FileMap::folderCount() const
{
    return m_folders;
}

qint64 FileMap::fileCount() const
{
    return m_size;
}

qint64 FileMap::totalCount() const
{
    return m_perFolder * m_folders;
}

qint64 FileMap::sliceBegin() const
{
    return m_begin;
}

FileMap FileMap::sliced(qint64 begin, qint64 size) const
{
    FileMap map = *this;
    map.m_begin = begin;
    map.m_size = size;
    return map;
}

// Folder-major: folder f holds the whole job's positions [f * perFolder, (f + 1) * perFolder).
std::pair<qint64, qint64> FileMap::rowsIn(int folder) const
{
    const qint64 start = qint64(folder) * m_perFolder;
    const qint64 first = std::clamp(m_begin - start, qint64(0), m_perFolder);
    const qint64 end = std::clamp(m_begin + m_size - start, qint64(0), m_perFolder);
    return {first, std::max(first, end)};
}

qint64 FileMap::positionOf(int folder, qint64 row) const
{
    const qint64 global = qint64(folder) * m_perFolder + row;
    if (row < 0 || row >= m_perFolder || global < m_begin || global >= m_begin + m_size)
        return -1;
    return global - m_begin;
}

qint64 FileMap::firstIndex() const
{
    return m_from;
}

qint64 FileMap::lastIndex() const
{
    return indexOfRow(m_perFolder > 0 ? m_perFolder - 1 : 0);
}

// In unsigned arithmetic, as the planner counts: from and the value may be anywhere in qint64.
qint64 FileMap::rowOfIndex(qint64 value) const
{
    if (m_step == 0)
        return -1;
    const bool up = m_step > 0;
    if (up ? value < m_from : value > m_from)
        return -1;
    const quint64 distance = up ? quint64(value) - quint64(m_from) : quint64(m_from) - quint64(value);
    const quint64 stride = up ? quint64(m_step) : quint64(0) - quint64(m_step);
    if (distance % stride != 0 || distance / stride >= quint64(m_perFolder))
        return -1;
    return qint64(distance / stride);
}

} // namespace Quire
