#include "core/run/runledger.h"

#include "core/base/translations.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Quire {

namespace {

class MemoryLedgerStore final : public LedgerStore
{
public:
    explicit MemoryLedgerStore(qint64 count)
        : m_bytes(std::make_unique<quint8[]>(size_t(std::max<qint64>(count, 1))))
    {
    }
    quint8 *statusBytes() override
    {
        return m_bytes.get();
    }

private:
    std::unique_ptr<quint8[]> m_bytes; // value-initialised: every file Pending
};

} // namespace

QString fileStatusText(FileStatus status)
{
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Quire::RunState", "not attempted"), QT_TRANSLATE_NOOP("Quire::RunState", "in flight"),
        QT_TRANSLATE_NOOP("Quire::RunState", "created"),       QT_TRANSLATE_NOOP("Quire::RunState", "replaced"),
        QT_TRANSLATE_NOOP("Quire::RunState", "skipped"),       QT_TRANSLATE_NOOP("Quire::RunState", "failed"),
        QT_TRANSLATE_NOOP("Quire::RunState", "undone"),
    };
    static_assert(std::size(texts) == FileStatusCount, "one text per status, in the enum's order");
    return trCore("Quire::RunState", texts[size_t(status)]);
}

QString fileStatusName(FileStatus status)
{
    switch (status) {
    case FileStatus::InFlight:
        return QStringLiteral("in flight");
    case FileStatus::Created:
        return QStringLiteral("created");
    case FileStatus::Replaced:
        return QStringLiteral("replaced");
    case FileStatus::Skipped:
        return QStringLiteral("skipped");
    case FileStatus::Failed:
        return QStringLiteral("failed");
    case FileStatus::Undone:
        return QStringLiteral("undone");
    case FileStatus::Pending:
        break;
    }
    return QStringLiteral("not attempted");
}

void LedgerStore::nameChosen(qint64, const QString &)
{
}

void LedgerStore::failed(qint64, const QString &)
{
}

void LedgerStore::failuresCleared()
{
}

qint64 StatusCounts::of(FileStatus status) const
{
    return byStatus[size_t(status)];
}

qint64 StatusCounts::written() const
{
    return of(FileStatus::Created) + of(FileStatus::Replaced);
}

RunLedger::RunLedger(qint64 count, std::unique_ptr<LedgerStore> store)
    : m_count(count)
    , m_store(store ? std::move(store) : std::make_unique<MemoryLedgerStore>(count))
    , m_status(m_store->statusBytes())
{
}

RunLedger::~RunLedger() = default;

qint64 RunLedger::count() const
{
    return m_count;
}

void RunLedger::setFinalName(qint64 position, const QString &name)
{
    QMutexLocker locker(&m_mutex);
    m_finalNames.insert(position, name);
    m_store->nameChosen(position, name);
}

QString RunLedger::finalName(qint64 position) const
{
    QMutexLocker locker(&m_mutex);
    return m_finalNames.value(position);
}

void RunLedger::addFailure(qint64 position, const QString &message)
{
    setStatus(position, FileStatus::Failed);
    QMutexLocker locker(&m_mutex);
    restoreFailureLocked(position, message);
    m_store->failed(position, message);
}

void RunLedger::restoreFailure(qint64 position, const QString &message)
{
    QMutexLocker locker(&m_mutex);
    restoreFailureLocked(position, message);
}

void RunLedger::restoreFailureLocked(qint64 position, const QString &message)
{
    auto id = m_messageIds.constFind(message);
    if (id == m_messageIds.cend()) {
        id = m_messageIds.insert(message, int(m_messages.size()));
        m_messages.append(message);
    }
    m_failures.append({position, *id});
    m_failureByPosition.insert(position, *id);
}

void RunLedger::restoreName(qint64 position, const QString &name)
{
    QMutexLocker locker(&m_mutex);
    m_finalNames.insert(position, name);
}

QString RunLedger::message(qint64 position) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_failureByPosition.constFind(position);
    return it == m_failureByPosition.cend() ? QString() : m_messages.at(*it);
}

qsizetype RunLedger::failureCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_failures.size();
}

LedgerFailure RunLedger::failure(qsizetype i) const
{
    QMutexLocker locker(&m_mutex);
    const auto &[position, message] = m_failures.at(i);
    return LedgerFailure{position, m_messages.at(message)};
}

qint64 RunLedger::resetFailed()
{
    qint64 reset = 0;
    for (qint64 p = 0; p < m_count; ++p) {
        if (status(p) == FileStatus::Failed) {
            setStatus(p, FileStatus::Pending);
            ++reset;
        }
    }
    QMutexLocker locker(&m_mutex);
    m_failures.clear();
    m_failureByPosition.clear();
    m_messages.clear();
    m_messageIds.clear();
    m_store->failuresCleared();
    return reset;
}

StatusCounts RunLedger::counts() const
{
    StatusCounts counts;
    for (qint64 p = 0; p < m_count; ++p) {
        const quint8 byte = quint8(status(p));
        counts.byStatus[byte < FileStatusCount ? byte : size_t(FileStatus::Pending)] += 1;
    }
    return counts;
}

LedgerStore *RunLedger::store() const
{
    return m_store.get();
}

} // namespace Quire
