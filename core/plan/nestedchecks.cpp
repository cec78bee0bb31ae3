#include "core/plan/nestedchecks.h"

#include "core/base/progressformat.h"
#include "core/base/translations.h"
#include "core/plan/windowsnames.h"
#include "core/template/placeholderexpr.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Quire {

namespace {

using StatBuffer = struct stat;

enum class DirState : quint8 {
    Missing,
    Folder,
    Blocked ///< the name is held by a file or a symbolic link: nothing can go below it
};

// Follows no symbolic link on the way: a link planted at a sub-folder name blocks it, like in the run.
DirState stateOf(int targetFd, const QString &relative)
{
    int fd = ::dup(targetFd);
    DirState state = DirState::Folder;
    for (const QString &part : relative.split(u'/')) {
        const int next =
            ::openat(fd, QFile::encodeName(part).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int error = errno;
        ::close(fd);
        fd = next;
        if (fd < 0) {
            state = error == ENOENT ? DirState::Missing : DirState::Blocked;
            break;
        }
    }
    if (fd >= 0)
        ::close(fd);
    return state;
}

} // namespace

NestedChecks::NestedChecks(Plan &plan, const std::atomic_bool *cancel)
    : m_plan(plan)
    , m_cancel(cancel)
{
}

bool NestedChecks::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

void NestedChecks::error(PlanProblem::Kind kind, const QString &message, const QStringList &args)
{
    m_plan.problems.append({PlanProblem::Severity::Error, QStringLiteral("name"), message, kind, args});
}

bool NestedChecks::isNested(const Template &name)
{
    const auto &segments = name.segments();
    return std::any_of(segments.cbegin(), segments.cend(), [](const Template::Segment &s) {
        return s.kind == Template::Kind::Literal && s.text.contains(u'/');
    });
}

QList<QList<Template::Segment>> NestedChecks::components(const Template &name)
{
    QList<QList<Template::Segment>> parts{{}};
    for (const Template::Segment &segment : name.segments()) {
        if (segment.kind != Template::Kind::Literal) {
            parts.last().append(segment);
            continue;
        }
        const QStringList pieces = segment.text.split(u'/');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                parts.append(QList<Template::Segment>{});
            if (pieces.at(i).isEmpty())
                continue;
            Template::Segment literal;
            literal.text = pieces.at(i);
            parts.last().append(literal);
        }
    }
    return parts;
}

// Evaluated file by file (a few nanoseconds each): exact where interval arithmetic would only guess.
bool NestedChecks::checkExpressions()
{
    QList<Template::Segment> exprs;
    for (const Template *t : {&m_plan.nameTemplate, &m_plan.contentTemplate}) {
        for (const Template::Segment &segment : t->segments()) {
            if (segment.kind == Template::Kind::Expr && !m_ranges.contains(segment.text)) {
                exprs.append(segment);
                m_ranges.insert(segment.text, {0, 0});
            }
        }
    }
    for (const Template::Segment &segment : std::as_const(exprs)) {
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = std::numeric_limits<qint64>::min();
        for (qint64 row = 0; row < m_plan.filesPerFolder(); ++row) {
            const qint64 index = m_plan.files.indexOfRow(row);
            const PlaceholderExpr::Result r = segment.expr->evaluate(index, row + 1);
            if (r.status != PlaceholderExpr::Status::Ok) {
                error(PlanProblem::Kind::ExpressionValue,
                      trCore("Quire::Planner", "{%1} %2 for the file with index %3 (n = %4): change the "
                                               "expression or the range")
                          .arg(segment.text, PlaceholderExpr::statusText(r.status))
                          .arg(index)
                          .arg(row + 1));
                return false;
            }
            low = std::min(low, r.value);
            high = std::max(high, r.value);
            if ((row & 0xffff) == 0 && cancelled())
                return false;
        }
        m_ranges.insert(segment.text, {low, high});
    }
    return true;
}

std::pair<qint64, qint64> NestedChecks::range(const QString &expression) const
{
    return m_ranges.value(expression, {0, 0});
}

bool NestedChecks::checkComponents()
{
    const QString &text = m_plan.spec.nameTemplate;
    if (text.startsWith(u'/')) {
        error(PlanProblem::Kind::NameStartsWithSlash,
              trCore("Quire::Planner", "the name template \"%1\" starts with '/': names are relative to the target "
                                       "folder (remove the leading '/', or make that folder a target folder)")
                  .arg(text.left(60)),
              {text.left(60)});
        return false;
    }
    if (!isNested(m_plan.nameTemplate))
        return true; // one plain name: PlanChecks checks it
    const QList<QList<Template::Segment>> parts = components(m_plan.nameTemplate);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QList<Template::Segment> &part = parts.at(i);
        const bool literal = std::all_of(part.cbegin(), part.cend(),
                                         [](const Template::Segment &s) { return s.kind == Template::Kind::Literal; });
        const QString fixed = literal && !part.isEmpty() ? part.first().text : QString();
        QString problem;
        if (part.isEmpty())
            problem = i + 1 == parts.size()
                          ? trCore("Quire::Planner", "ends with '/' (the last part must name the file)")
                          : trCore("Quire::Planner", "has an empty folder name between two '/' (write one '/')");
        else if (literal && (fixed == u"." || fixed == u".."))
            problem = trCore("Quire::Planner", "has a \"%1\" part (names cannot leave or repeat a folder)").arg(fixed);
        if (!problem.isEmpty()) {
            error(PlanProblem::Kind::NameBadPart,
                  trCore("Quire::Planner", "the name template \"%1\" %2").arg(text.left(60), problem));
            return false;
        }
    }
    return true;
}

// Names with arithmetic can repeat ({index/1000}.txt): hash every name, confirm repeats by their text.
// Only the sorted hashes are kept (8 bytes a file); the rare second pass renders the names again.
bool NestedChecks::checkUniqueByRendering()
{
    const Template &name = m_plan.boundNames.constFirst();
    const qint64 rows = m_plan.filesPerFolder();
    QByteArray text;
    const auto hashOf = [&](qint64 row) {
        text.resize(0);
        if (!name.renderAscii(m_plan.contextAt(row), text))
            text = name.render(m_plan.contextAt(row)).toUtf8();
        return quint64(qHash(text, 0x51ed27u)) ^ (quint64(text.size()) << 56);
    };
    std::vector<quint64> sorted;
    sorted.reserve(size_t(rows));
    for (qint64 row = 0; row < rows; ++row) {
        sorted.push_back(hashOf(row));
        if ((row & 0xffff) == 0 && cancelled())
            return false;
    }
    std::sort(sorted.begin(), sorted.end());
    std::vector<quint64> repeated;
    for (size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i] == sorted[i - 1] && (repeated.empty() || repeated.back() != sorted[i]))
            repeated.push_back(sorted[i]);
    }
    sorted = {};
    QHash<QString, qint64> seen;
    for (qint64 row = 0; row < rows && !repeated.empty(); ++row) {
        if (!std::binary_search(repeated.begin(), repeated.end(), hashOf(row)))
            continue;
        const QString rendered = m_plan.fileName(row);
        if (const auto it = seen.constFind(rendered); it != seen.cend()) {
            error(PlanProblem::Kind::NamesCollide,
                  trCore("Quire::Planner", "file names collide: index %1 and index %2 would both be named \"%3\" "
                                           "(add {index} or {n} to the file's own name)")
                      .arg(m_plan.files.indexOfRow(*it))
                      .arg(m_plan.files.indexOfRow(row))
                      .arg(rendered));
            return false;
        }
        seen.insert(rendered, row);
    }
    return true; // only 64-bit hash collisions between different names
}

namespace {

struct FolderScan
{
    FolderPlan &folder;
    int targetFd;
    QHash<QString, DirState> states;
    QString firstBlocked;
    qint64 blockedFiles = 0;
    QString firstReserved; ///< a part Windows reserves (CON, COM1.txt...)
    qint64 reservedParts = 0;

    // The usual parts are long: only those of four characters or fewer before a dot need the full test.
    void checkReserved(QStringView part, const QString &path)
    {
        const qsizetype dot = part.indexOf(u'.');
        if ((dot < 0 ? part.size() : dot) > 4 || !isWindowsReserved(part))
            return;
        if (reservedParts++ == 0)
            firstReserved = path;
    }

    // The state of dir, its parents looked at (and listed, parents first) on the way.
    DirState stateOfDir(const QString &dir)
    {
        if (const auto it = states.constFind(dir); it != states.cend())
            return *it;
        const qsizetype slash = dir.lastIndexOf(u'/');
        const DirState parent = slash < 0 ? DirState::Folder : stateOfDir(dir.left(slash));
        DirState state = parent;
        if (parent == DirState::Folder)
            state = targetFd < 0 ? DirState::Missing : stateOf(targetFd, dir);
        folder.subfolders.append(dir);
        checkReserved(QStringView(dir).mid(slash + 1), dir);
        folder.subfoldersToCreate += state == DirState::Missing ? 1 : 0;
        if (state == DirState::Blocked && parent != DirState::Blocked && firstBlocked.isEmpty())
            firstBlocked = dir;
        states.insert(dir, state);
        return state;
    }

    void checkFile(const QString &name, qsizetype slash)
    {
        const DirState state = stateOfDir(name.left(slash));
        checkReserved(QStringView(name).mid(slash + 1), name);
        if (state == DirState::Blocked)
            ++blockedFiles;
        StatBuffer info{};
        if (state != DirState::Folder ||
            ::fstatat(targetFd, QFile::encodeName(name).constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
            return;
        folder.folderConflicts += S_ISDIR(info.st_mode) ? 1 : 0;
        if (++folder.conflicts <= 3)
            folder.firstConflicts.append(name);
    }
};

} // namespace

void NestedChecks::scanFolder(int f)
{
    FolderPlan &folder = m_plan.folders[f];
    const int targetFd =
        folder.create ? -1 : ::open(QFile::encodeName(folder.path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    FolderScan scan{folder, targetFd, {}, {}, 0, {}, 0};
    // A shard scans its own files only: another shard's files are not conflicts.
    const auto [firstRow, endRow] = m_plan.files.rowsIn(f);
    QString name;
    for (qint64 row = firstRow; row < endRow; ++row) {
        m_plan.boundNames.at(f).render(m_plan.contextAt(m_plan.files.positionOf(f, row)), name);
        scan.checkFile(name, name.lastIndexOf(u'/'));
        if ((row & 0xffff) == 0 && cancelled())
            break;
    }
    if (targetFd >= 0)
        ::close(targetFd);
    if (scan.reservedParts > 0)
        m_plan.problems.append({PlanProblem::Severity::Warning,
                                QStringLiteral("name"),
                                trCore("Quire::Planner", "%1 names or folders, the first \"%2\", are reserved "
                                                         "device names on Windows (fine here, but they cannot be "
                                                         "opened on Windows)")
                                    .arg(formatCount(scan.reservedParts), scan.firstReserved),
                                PlanProblem::Kind::WindowsReservedName,
                                {}});
    if (scan.blockedFiles > 0)
        error(PlanProblem::Kind::BlockedByFile,
              trCore("Quire::Planner", "\"%1\" in %2 is a file or a symbolic link, not a folder: the %3 files "
                                       "planned below it cannot be written (move it away or change the name "
                                       "template)")
                  .arg(scan.firstBlocked, folder.path, formatCount(scan.blockedFiles)));
}

} // namespace Quire
