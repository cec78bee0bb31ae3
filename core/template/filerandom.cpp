#include "core/template/filerandom.h"

#include "core/job/jobspec.h"

#include <QRandomGenerator>

namespace Quire {

namespace {

// SplitMix64 (Steele, Lea, Flood 2014): passes BigCrush, and one multiply-xorshift round per value
// is far cheaper than the file system call it accompanies.
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 Golden = 0x9e3779b97f4a7c15ULL;

} // namespace

quint64 FileRandom::keyFor(quint64 seed, qint64 position)
{
    return mix(mix(seed + Golden) ^ (quint64(position) * Golden));
}

FileRandom::FileRandom(quint64 key, quint64 stream)
    : m_state(mix(key ^ mix(stream + 1)))
{
}

quint64 FileRandom::next()
{
    m_state += Golden;
    return mix(m_state);
}

qint64 FileRandom::drawSeed()
{
    return qint64(QRandomGenerator::system()->generate64() & quint64(MaxSeed));
}

} // namespace Quire
