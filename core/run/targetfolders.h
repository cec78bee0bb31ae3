#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <vector>

namespace Quire {

struct Plan;

/**
 * The target folders of one run, open as descriptors for the writers (*at() calls), with what
 * durable mode must sync: the folders, and every folder that gained an entry when missing targets
 * were created.
 */
class TargetFolders
{
public:
    TargetFolders() = default;
    ~TargetFolders();
    Q_DISABLE_COPY_MOVE(TargetFolders)

    /** The folders open() will make for plan (mkdir -p), outermost first. */
    static QStringList toCreate(const Plan &plan);
    /** Creates missing folders (mkdir -p) and opens every folder; problems are kept per folder. */
    void open(const Plan &plan);
    [[nodiscard]] int fd(int folder) const;        ///< -1 if it could not be opened
    [[nodiscard]] QString error(int folder) const; ///< why fd() is -1
    [[nodiscard]] QStringList errors() const;      ///< every folder's problem

    /** Durable mode: syncfs + fsync of every folder and of every new entry's parent; returns errors. */
    [[nodiscard]] QStringList sync() const;
    /** Durable mode, on its own thread: writes back what is written so far, until writesDone(). */
    void flushWhileWriting();
    void writesDone();

private:
    std::vector<int> m_fds;
    std::vector<QString> m_paths;
    QStringList m_errors;
    QStringList m_newEntryParents;

    QMutex m_flushMutex;
    QWaitCondition m_flushWake;
    bool m_writing = true; ///< guarded by m_flushMutex
};

} // namespace Quire
