#pragma once

#include <QtGlobal>

#include <cstddef>
#include <vector>

namespace Quire {

/**
 * The names of a folder's listing as 64-bit hashes in an open-addressing table: 8-16 bytes an entry
 * however long the names, one probe per lookup, no allocation per name. A hit means only "maybe
 * there": two names can share a hash, so the caller confirms a hit (the conflict scan with fstatat).
 */
class NameHashSet
{
public:
    /** A fast 64-bit hash of a name's bytes (word at a time); never 0. */
    [[nodiscard]] static quint64 hash(const char *name, size_t size);

    void insert(quint64 nameHash);
    [[nodiscard]] bool mayContain(quint64 nameHash) const;
    [[nodiscard]] qsizetype size() const;
    [[nodiscard]] bool isEmpty() const;

private:
    [[nodiscard]] size_t slotOf(quint64 nameHash) const;
    void grow();

    std::vector<quint64> m_slots; // 0 = free
    qsizetype m_size = 0;
    int m_shift = 64; // slot = hash >> m_shift: the well-mixed high bits pick the slot
};

} // namespace Quire
