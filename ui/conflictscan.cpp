#include "ui/conflictscan.h"

#include "core/plan/namehashset.h"
#include "core/plan/namematcher.h"
#include "core/plan/nestedchecks.h"

#include <QFile>

#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace Quire {

namespace {

constexpr qint64 CancelEvery = 0xffff;

bool exists(const QByteArray &path)
{
    struct stat info
    {
    };
    return ::lstat(path.constData(), &info) == 0;
}

// The usual templates: each existing name tells its planned file, no table, no stat.
void matchListing(const Plan &plan, int f, DIR *dir, const std::atomic_bool &cancel, std::vector<qint64> &out)
{
    NameMatcher matcher(plan.boundNames.at(f), plan.files);
    qint64 entries = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if ((++entries & CancelEvery) == 0 && cancel.load())
            return;
        const qint64 row = matcher.positionOf(entry->d_name);
        const qint64 position = row >= 0 ? plan.files.positionOf(f, row) : -1;
        if (position >= 0)
            out.push_back(position);
    }
}

// Any other flat template: the listing as hashes, every planned name looked up, a hit confirmed.
void hashListing(const Plan &plan, int f, DIR *dir, const std::atomic_bool &cancel, std::vector<qint64> &out)
{
    NameHashSet existing;
    while (const dirent *entry = ::readdir(dir))
        existing.insert(NameHashSet::hash(entry->d_name, std::strlen(entry->d_name)));
    const QByteArray folder = QFile::encodeName(plan.folders.at(f).path) + '/';
    const auto [firstRow, endRow] = plan.files.rowsIn(f);
    for (qint64 row = firstRow; row < endRow; ++row) {
        if ((row & CancelEvery) == 0 && cancel.load())
            return;
        const qint64 position = plan.files.positionOf(f, row);
        const QByteArray name = QFile::encodeName(plan.fileName(position));
        if (existing.mayContain(NameHashSet::hash(name.constData(), size_t(name.size()))) && exists(folder + name))
            out.push_back(position);
    }
}

// Names with sub-folders: one lstat a file (a miss in a missing sub-folder is cheap).
void lookEach(const Plan &plan, int f, const std::atomic_bool &cancel, std::vector<qint64> &out)
{
    const auto [firstRow, endRow] = plan.files.rowsIn(f);
    for (qint64 row = firstRow; row < endRow; ++row) {
        if ((row & CancelEvery) == 0 && cancel.load())
            return;
        const qint64 position = plan.files.positionOf(f, row);
        if (exists(QFile::encodeName(plan.filePath(position))))
            out.push_back(position);
    }
}

} // namespace

std::vector<qint64> findConflicts(const Plan &plan, const std::atomic_bool &cancel)
{
    std::vector<qint64> positions;
    for (int f = 0; f < plan.folders.size() && f < plan.boundNames.size() && !cancel.load(); ++f) {
        const FolderPlan &folder = plan.folders.at(f);
        if (folder.conflicts == 0)
            continue;
        if (NestedChecks::isNested(plan.boundNames.at(f))) {
            lookEach(plan, f, cancel, positions);
            continue;
        }
        DIR *dir = ::opendir(QFile::encodeName(folder.path).constData());
        if (!dir)
            continue;
        if (NameMatcher(plan.boundNames.at(f), plan.files).isUsable())
            matchListing(plan, f, dir, cancel, positions);
        else
            hashListing(plan, f, dir, cancel, positions);
        ::closedir(dir);
    }
    std::sort(positions.begin(), positions.end());
    return positions;
}

} // namespace Quire
