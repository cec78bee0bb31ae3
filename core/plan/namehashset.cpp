#include "core/plan/namehashset.h"

#include <cstring>

namespace Quire {

namespace {

constexpr int InitialBits = 10;

quint64 mix(quint64 h, quint64 word)
{
    h = (h ^ word) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 32);
}

} // namespace

// qHashBits was 15% of a scan of 1,000,000 names; names are short, so eight bytes at a time suffice.
quint64 NameHashSet::hash(const char *name, size_t size)
{
    quint64 h = 0x9e3779b97f4a7c15ULL ^ size;
    for (; size >= 8; name += 8, size -= 8) {
        quint64 word = 0;
        std::memcpy(&word, name, 8);
        h = mix(h, word);
    }
    quint64 tail = 0;
    std::memcpy(&tail, name, size);
    h = mix(h, tail) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return h ? h : 1;
}

size_t NameHashSet::slotOf(quint64 nameHash) const
{
    return size_t(nameHash >> m_shift);
}

void NameHashSet::insert(quint64 nameHash)
{
    if (size_t(m_size + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = slotOf(nameHash);; slot = (slot + 1) & mask) {
        if (m_slots[slot] == nameHash)
            return;
        if (m_slots[slot] == 0) {
            m_slots[slot] = nameHash;
            ++m_size;
            return;
        }
    }
}

bool NameHashSet::mayContain(quint64 nameHash) const
{
    if (m_size == 0)
        return false;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = slotOf(nameHash);; slot = (slot + 1) & mask) {
        if (m_slots[slot] == nameHash)
            return true;
        if (m_slots[slot] == 0)
            return false;
    }
}

qsizetype NameHashSet::size() const
{
    return m_size;
}

bool NameHashSet::isEmpty() const
{
    return m_size == 0;
}

// Doubles the table at half load: linear probing stays short, and growing costs one pass per doubling.
void NameHashSet::grow()
{
    std::vector<quint64> old;
    old.swap(m_slots);
    const int bits = old.empty() ? InitialBits : 65 - m_shift;
    m_slots.assign(size_t(1) << bits, 0);
    m_shift = 64 - bits;
    m_size = 0;
    for (const quint64 h : old) {
        if (h != 0)
            insert(h);
    }
}

} // namespace Quire
