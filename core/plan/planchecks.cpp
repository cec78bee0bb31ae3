#include "core/plan/planchecks.h"

#include "core/base/oserror.h"
#include "core/base/progressformat.h"
#include "core/base/translations.h"
#include "core/content/textencoder.h"
#include "core/plan/namehashset.h"
#include "core/plan/namematcher.h"
#include "core/plan/pathchecks.h"
#include "core/plan/rowchecks.h"
#include "core/plan/windowsnames.h"
#include "core/template/placeholderexpr.h"

#include <QFile>
#include <QLocale>

#include <dirent.h>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>

namespace Quire {

namespace {

using StatBuffer = struct stat;

constexpr size_t FirstConflicts = 3; // names quoted in the conflict message

// A symbolic link to a folder is not a folder here: it is replaced like a file.
bool isFolder(DIR *dir, const dirent *entry)
{
    if (entry->d_type != DT_UNKNOWN)
        return entry->d_type == DT_DIR;
    StatBuffer info{};
    return ::fstatat(::dirfd(dir), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(info.st_mode);
}

int digitCount(quint64 magnitude, unsigned base)
{
    int digits = 1;
    while (magnitude >= base) {
        magnitude /= base;
        ++digits;
    }
    return digits;
}

qint64 numberLength(qint64 value, const Template::Segment &segment)
{
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    return std::max(digitCount(magnitude, segment.hex ? 16 : 10), segment.width) + (value < 0 ? 1 : 0);
}

QString lineColumn(const QString &text, qsizetype at)
{
    const qsizetype lineStart = at > 0 ? text.lastIndexOf(u'\n', at - 1) + 1 : 0;
    return trCore("Quire::Planner", "line %1, column %2").arg(text.left(at).count(u'\n') + 1).arg(at - lineStart + 1);
}

QString describeChar(QStringView text, qsizetype at)
{
    const bool pair = text[at].isHighSurrogate() && at + 1 < text.size();
    const char32_t code = pair ? QChar::surrogateToUcs4(text[at], text[at + 1]) : text[at].unicode();
    return QStringLiteral("'%1' (U+%2)")
        .arg(text.mid(at, pair ? 2 : 1).toString())
        .arg(quint32(code), 4, 16, QLatin1Char('0'));
}

QString valueProblem(QStringView value)
{
    if (value.contains(u'/'))
        return trCore("Quire::Planner", "contains '/'");
    if (value.contains(u'\n') || value.contains(u'\r'))
        return trCore("Quire::Planner", "contains a line break");
    if (const qsizetype bad = firstUnnameable(value); bad >= 0)
        return trCore("Quire::Planner", "contains %1").arg(describeUnnameable(value, bad));
    return {};
}

// Per part of a nested name: "a./b.txt" makes a folder that Windows would strip too.
bool endsWithSpaceOrDot(const Template &name)
{
    const QList<QList<Template::Segment>> parts = NestedChecks::components(name);
    return std::any_of(parts.cbegin(), parts.cend(), [](const QList<Template::Segment> &part) {
        // "." and ".." are errors of their own (NestedChecks::checkComponents)
        const bool dots = part.size() == 1 && (part.first().text == u"." || part.first().text == u"..");
        return !part.isEmpty() && !dots && part.last().kind == Template::Kind::Literal &&
               (part.last().text.endsWith(u' ') || part.last().text.endsWith(u'.'));
    });
}

} // namespace

qint64 variableLength(const Template::Segment &segment, qint64 index, qint64 n)
{
    switch (segment.kind) {
    case Template::Kind::Index:
        return numberLength(index, segment);
    case Template::Kind::N:
        return numberLength(n, segment);
    case Template::Kind::Expr:
        return numberLength(segment.expr->evaluate(index, n).value, segment);
    case Template::Kind::Uuid:
        return 36;
    case Template::Kind::Random:
        return segment.width;
    default:
        return 0;
    }
}

PlanChecks::PlanChecks(Plan &plan, const std::atomic_bool *cancel)
    : m_plan(plan)
    , m_cancel(cancel)
    , m_nested(plan, cancel)
{
}

bool PlanChecks::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

void PlanChecks::error(PlanProblem::Kind kind, const QString &field, const QString &message, const QStringList &args)
{
    m_plan.problems.append({PlanProblem::Severity::Error, field, message, kind, args});
}

void PlanChecks::warning(PlanProblem::Kind kind, const QString &field, const QString &message)
{
    m_plan.problems.append({PlanProblem::Severity::Warning, field, message, kind, {}});
}

void PlanChecks::checkNames()
{
    if (!checkPlaceholderValues())
        return; // e.g. {date:dd/MM}: its '/' would also make "collide" and "escape" errors, all one mistake
    if (!m_nested.checkExpressions())
        return; // a value that overflows: names and lengths would only repeat it
    m_nested.checkComponents();
    // Bound templates differ between folders only through {folder}; check each distinct one.
    QList<QList<Template::Segment>> seen;
    for (int f = 0; f < m_plan.boundNames.size(); ++f) {
        const Template &name = m_plan.boundNames.at(f);
        const bool duplicate = std::any_of(seen.cbegin(), seen.cend(), [&name](const auto &segments) {
            return segments.size() == name.segments().size() &&
                   std::equal(segments.cbegin(), segments.cend(), name.segments().cbegin(),
                              [](const auto &a, const auto &b) { return a.kind == b.kind && a.text == b.text; });
        });
        if (!duplicate) {
            seen.append(name.segments());
            checkNameTemplate(name);
            checkWindowsNames(f);
        }
    }
}

// What {folder}, {date}, {time} put into a name is checked on its own, so that the message names the
// placeholder: a '/' there would make a sub-folder and a line break a name no one can type.
bool PlanChecks::checkPlaceholderValues()
{
    for (int f = 0; f < m_plan.folders.size(); ++f) {
        const TemplateConstants constants = m_plan.constantsFor(f);
        for (const Template::Segment &segment : m_plan.nameTemplate.segments()) {
            QString shown;
            QString value;
            if (segment.kind == Template::Kind::Folder) {
                shown = QStringLiteral("{folder}");
                value = constants.folderName;
            } else if (segment.kind == Template::Kind::Date || segment.kind == Template::Kind::Time) {
                shown = (segment.kind == Template::Kind::Date ? QStringLiteral("{date:") : QStringLiteral("{time:")) +
                        segment.text + u'}';
                value = constants.start.toString(segment.text);
            } else {
                continue;
            }
            if (const QString problem = valueProblem(value); !problem.isEmpty()) {
                error(PlanProblem::Kind::PlaceholderValue, QStringLiteral("name"),
                      trCore("Quire::Planner", "%1 gives \"%2\" for folder %3, which %4: a placeholder must give one "
                                               "plain name (%5)")
                          .arg(shown, visibleText(value), visibleText(m_plan.folders.at(f).path), problem,
                               segment.kind == Template::Kind::Folder
                                   ? trCore("Quire::Planner", "rename the folder or remove {folder}")
                                   : trCore("Quire::Planner", "use e.g. - or . instead")));
                return false;
            }
        }
    }
    return true;
}

qint64 PlanChecks::maxNameBytes(const QList<Template::Segment> &segments) const
{
    const qint64 first = m_plan.files.firstIndex();
    const qint64 last = m_plan.files.lastIndex();
    qint64 bytes = 0;
    for (const Template::Segment &segment : segments) {
        if (segment.kind == Template::Kind::Literal) {
            bytes += QFile::encodeName(segment.text).size();
        } else if (segment.kind == Template::Kind::Expr) {
            // The longest number of a range is at one of its ends.
            const auto [low, high] = m_nested.range(segment.text);
            bytes += std::max(numberLength(low, segment), numberLength(high, segment));
        } else {
            bytes += std::max({variableLength(segment, first, 1),
                               variableLength(segment, last, m_plan.filesPerFolder()), variableLength(segment, 0, 1)});
        }
    }
    return bytes;
}

void PlanChecks::checkNameTemplate(const Template &name)
{
    QString fixed;
    for (const Template::Segment &segment : name.segments())
        fixed += segment.kind == Template::Kind::Literal ? segment.text : QString();
    const bool variable = std::any_of(name.segments().cbegin(), name.segments().cend(),
                                      [](const Template::Segment &s) { return s.kind != Template::Kind::Literal; });
    const QString example = m_plan.firstName;
    const QString field = QStringLiteral("name");
    if (name.contains(Template::Kind::Column))
        return; // CSV values make the names: RowChecks looks at every row
    if (!variable && fixed.isEmpty())
        return error(PlanProblem::Kind::EmptyName, field,
                     trCore("Quire::Planner", "the name template gives an empty file name: write a name such as "
                                              "file-{index}.txt"));
    // Parts of a nested name ("../x", "a/./b") are NestedChecks::checkComponents()' business.
    if (!NestedChecks::isNested(name) && !variable && (example == u"." || example == u".."))
        error(PlanProblem::Kind::NameEscapes, field,
              trCore("Quire::Planner", "file name \"%1\" would escape the target folder: names cannot contain .. or /")
                  .arg(example));
    checkUniqueness(name);
    checkNameLengths(name);
}

void PlanChecks::checkUniqueness(const Template &name)
{
    if (name.isUniquePerFile() || m_plan.filesPerFolder() <= 1)
        return;
    const QString field = QStringLiteral("name");
    if (name.contains(Template::Kind::Random))
        warning(PlanProblem::Kind::RandomNames, field,
                trCore("Quire::Planner", "names use {random} without {index}: two files may draw the same name; "
                                         "add {index} to be sure"));
    else if (name.contains(Template::Kind::Expr) || NestedChecks::isNested(name) ||
             name.contains(Template::Kind::Index) || name.contains(Template::Kind::N))
        m_nested.checkUniqueByRendering(); // arithmetic or several numbers: only the names themselves can tell
    else
        error(PlanProblem::Kind::NamesCollide, field,
              trCore("Quire::Planner", "file names collide: index %1 and index %2 would both be named \"%3\" "
                                       "(add {index} or {n} to the name template)")
                  .arg(m_plan.files.indexOfRow(0))
                  .arg(m_plan.files.indexOfRow(1))
                  .arg(m_plan.firstName));
}

// Every part of a nested name is a name of its own: 255 bytes each, and the whole path within PATH_MAX.
void PlanChecks::checkNameLengths(const Template &name)
{
    const QString example = m_plan.firstName;
    qint64 longest = 0;
    qint64 total = 0;
    for (const QList<Template::Segment> &part : NestedChecks::components(name)) {
        const qint64 bytes = maxNameBytes(part);
        longest = std::max(longest, bytes);
        total += bytes + 1;
    }
    if (longest > 255)
        error(PlanProblem::Kind::NameTooLong, QStringLiteral("name"),
              trCore("Quire::Planner", "file names would be up to %1 bytes long (\"%2\"); the file system allows 255: "
                                       "shorten the name template")
                  .arg(longest)
                  .arg(example.left(40) + QStringLiteral("…")));
    else if (total + QFile::encodeName(m_plan.folders.constFirst().path).size() >= 4096)
        error(PlanProblem::Kind::PathTooLong, QStringLiteral("name"),
              trCore("Quire::Planner", "paths would be up to %1 bytes long (\"%2\"); Linux allows 4095: use fewer or "
                                       "shorter folder levels")
                  .arg(total + QFile::encodeName(m_plan.folders.constFirst().path).size())
                  .arg(example.left(40) + QStringLiteral("…")));
}

// Only literal text can hold what Windows refuses: variable parts render letters, digits and '-'.
void PlanChecks::checkWindowsNames(int folder)
{
    const QString field = QStringLiteral("name");
    const Template &name = m_plan.boundNames.at(folder);
    const auto [firstRow, endRow] = m_plan.files.rowsIn(folder);
    if (firstRow == endRow)
        return; // another shard's folder
    const QString example = m_plan.fileName(m_plan.files.positionOf(folder, firstRow));
    const ReservedNames reserved = findReservedNames(m_plan, folder);
    if (reserved.possible)
        warning(PlanProblem::Kind::WindowsReservedName, field,
                trCore("Quire::Planner", "names like \"%1\" may draw a reserved device name on Windows (CON, NUL, "
                                         "COM1...): fine here, but such files cannot be opened on Windows")
                    .arg(reserved.first));
    else if (reserved.count == 1)
        warning(PlanProblem::Kind::WindowsReservedName, field,
                trCore("Quire::Planner", "\"%1\" is a reserved device name on Windows (fine here, but such files "
                                         "cannot be opened on Windows)")
                    .arg(reserved.first));
    else if (reserved.count > 1)
        warning(PlanProblem::Kind::WindowsReservedName, field,
                trCore("Quire::Planner", "%1 names, the first \"%2\", are reserved device names on Windows (fine "
                                         "here, but such files cannot be opened on Windows)")
                    .arg(formatCount(reserved.count), reserved.first));
    QString literal;
    for (const Template::Segment &segment : name.segments())
        literal += segment.kind == Template::Kind::Literal ? segment.text : QString();
    const QString bad = QStringLiteral("<>:\"\\|?*");
    const auto badChar = std::find_if(literal.cbegin(), literal.cend(), [&bad](QChar c) { return bad.contains(c); });
    if (badChar != literal.cend())
        warning(PlanProblem::Kind::WindowsCharacter, field,
                trCore("Quire::Planner", "\"%1\" contains '%2', which Windows does not allow in file names (fine "
                                         "here, a problem if the folder is shared with Windows)")
                    .arg(example, *badChar));
    else if (endsWithSpaceOrDot(name))
        warning(PlanProblem::Kind::WindowsTrailing, field,
                trCore("Quire::Planner", "\"%1\" ends with a space or a dot, which Windows strips").arg(example));
}

void PlanChecks::checkContent()
{
    TextEncoder encoder(m_plan.spec.encoding);
    const bool usesName = m_plan.contentTemplate.contains(Template::Kind::Name);
    for (int f = 0; f < m_plan.boundContents.size(); ++f) {
        QList<const Template *> templates{&m_plan.boundContents[f]};
        if (usesName)
            templates.append(&m_plan.boundNames[f]);
        for (const Template *t : std::as_const(templates)) {
            for (const Template::Segment &segment : t->segments()) {
                QByteArray scratch;
                const qsizetype bad =
                    segment.kind == Template::Kind::Literal ? encoder.encode(segment.text, scratch) : -1;
                if (bad < 0)
                    continue;
                const QString &source = t == templates.first() ? m_plan.spec.contentTemplate : m_plan.spec.nameTemplate;
                const qsizetype at = source.indexOf(segment.text.mid(bad, 1));
                const QString where =
                    at >= 0 ? trCore("Quire::Planner", " at %1").arg(lineColumn(source, at)) : QString();
                error(PlanProblem::Kind::Unencodable, QStringLiteral("content"),
                      trCore("Quire::Planner", "%1 character %2%3 cannot be represented in %4: choose another encoding "
                                               "(e.g. UTF-8) or remove it")
                          .arg(t == templates.first() ? trCore("Quire::Planner", "content template:")
                                                      : trCore("Quire::Planner", "file name "
                                                                                 "used by {name}:"),
                               describeChar(segment.text, bad), where, m_plan.spec.encoding));
                return;
            }
        }
    }
}

void PlanChecks::computeSizes()
{
    TextEncoder encoder(m_plan.spec.encoding);
    const qint64 width = encoder.asciiWidth();
    const qint64 bom = m_plan.spec.bom ? encoder.bom().size() : 0;
    m_plan.totalBytes = 0;
    for (int f = 0; f < m_plan.boundContents.size() && !cancelled(); ++f) {
        qint64 fixed = bom;
        QList<Template::Segment> variable;
        for (const Template *t : {&m_plan.boundContents[f], &m_plan.boundNames[f]}) {
            if (t == &m_plan.boundNames[f] && !m_plan.contentTemplate.contains(Template::Kind::Name))
                break;
            for (const Template::Segment &segment : t->segments()) {
                QByteArray bytes;
                if (segment.kind == Template::Kind::Literal)
                    fixed += encoder.encode(segment.text, bytes) < 0 ? bytes.size() : 0;
                else if (segment.kind != Template::Kind::Name)
                    variable.append(segment);
            }
        }
        const auto [firstRow, endRow] = m_plan.files.rowsIn(f); // a shard counts its own rows only
        qint64 sum = fixed * (endRow - firstRow);
        const bool utf8 = encoder.name() == u"UTF-8"; // CSV rows: values are UTF-8 bytes already
        for (qint64 i = firstRow; i < endRow; ++i) {
            const qint64 index = m_plan.files.indexOfRow(i);
            for (const Template::Segment &segment : std::as_const(variable))
                sum += segment.kind == Template::Kind::Column
                           ? RowChecks::valueBytes(m_plan, i, segment.column, encoder, utf8)
                           : variableLength(segment, index, i + 1) * width;
            if ((i & 0xffff) == 0 && cancelled())
                return;
        }
        m_plan.totalBytes += sum;
    }
}

void PlanChecks::scanConflicts()
{
    for (int f = 0; f < m_plan.folders.size() && f < m_plan.boundNames.size() && !cancelled(); ++f)
        scanFolder(f);
    m_plan.conflictCount = 0;
    for (const FolderPlan &folder : std::as_const(m_plan.folders))
        m_plan.conflictCount += folder.conflicts;
    if (m_plan.conflictCount == 0)
        return;
    for (const FolderPlan &folder : std::as_const(m_plan.folders)) {
        if (folder.conflicts == 0)
            continue;
        const QStringList args{formatCount(folder.conflicts), folder.path,
                               folder.firstConflicts.join(QStringLiteral(", "))};
        const QString what =
            trCore("Quire::Planner", "%1 of the files already exist in %2 (first: %3)").arg(args[0], args[1], args[2]);
        switch (m_plan.spec.ifExists) {
        case IfExists::Fail:
            error(PlanProblem::Kind::FilesExist, QStringLiteral("if-exists"),
                  what + trCore("Quire::Planner", ": nothing is overwritten; choose to skip, overwrite or rename "
                                                  "existing files, or another folder"),
                  args);
            break;
        case IfExists::Skip:
            warning(PlanProblem::Kind::FilesSkipped, QStringLiteral("if-exists"),
                    what + trCore("Quire::Planner", ": they will be left alone (skipped)"));
            break;
        case IfExists::Overwrite:
            // One wording per kind: files are replaced, folders never are (those files fail).
            if (folder.folderConflicts == 0)
                warning(PlanProblem::Kind::FilesReplaced, QStringLiteral("if-exists"),
                        what + trCore("Quire::Planner", ": they will be replaced"));
            else if (folder.conflicts > folder.folderConflicts) // the first names may be folders: not listed
                warning(PlanProblem::Kind::FilesReplaced, QStringLiteral("if-exists"),
                        trCore("Quire::Planner", "%1 files already in %2 will be replaced")
                            .arg(formatCount(folder.conflicts - folder.folderConflicts), folder.path));
            if (folder.folderConflicts > 0)
                warning(PlanProblem::Kind::FolderConflicts, QStringLiteral("if-exists"),
                        trCore("Quire::Planner",
                               "%1 of those names are taken by folders in %2, and a folder is never "
                               "replaced: those files will fail (rename the folders, or choose skip or "
                               "rename)")
                            .arg(formatCount(folder.folderConflicts), folder.path));
            break;
        case IfExists::Rename:
            warning(PlanProblem::Kind::FilesRenamed, QStringLiteral("if-exists"),
                    what + trCore("Quire::Planner", ": the new files get names like \"name (2).ext\""));
            break;
        }
    }
}

// One pass over the folder's listing, no stat per file. The usual templates are matched name by name
// (NameMatcher: no memory, sequential); the others keep the listing as hashes and look every planned
// name up, confirming a hash match with one fstatat.
void PlanChecks::scanFolder(int f)
{
    FolderPlan &folder = m_plan.folders[f];
    const auto [firstRow, endRow] = m_plan.files.rowsIn(f);
    if (firstRow == endRow)
        return; // only another shard's files
    if (NestedChecks::isNested(m_plan.boundNames.at(f)))
        return m_nested.scanFolder(f); // sub-folders: listed, counted and scanned one by one
    if (folder.create)
        return;
    DIR *dir = ::opendir(QFile::encodeName(folder.path).constData());
    if (!dir) {
        error(PlanProblem::Kind::FolderUnlistable, QStringLiteral("folder"),
              trCore("Quire::Planner", "cannot list folder %1 to check for existing files: %2")
                  .arg(folder.path, osMessage(errno)));
        return;
    }
    NameMatcher matcher(m_plan.boundNames.at(f), m_plan.files);
    if (matcher.isUsable())
        matchListing(f, dir, matcher);
    else
        hashListing(folder, f, dir, m_plan.boundNames.at(f));
    ::closedir(dir);
}

void PlanChecks::matchListing(int f, DIR *dir, NameMatcher &matcher)
{
    FolderPlan &folder = m_plan.folders[f];
    std::map<qint64, QString> first; // the lowest positions found, for the message
    qint64 entries = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if ((++entries & 0xffff) == 0 && cancelled())
            break;
        const qint64 row = matcher.positionOf(entry->d_name);
        // Another shard's file is no conflict of this one.
        const qint64 position = row >= 0 ? m_plan.files.positionOf(f, row) : -1;
        if (position < 0)
            continue;
        ++folder.conflicts;
        folder.folderConflicts += isFolder(dir, entry) ? 1 : 0;
        if (first.size() < FirstConflicts || position < first.rbegin()->first) {
            first.emplace(position, QString::fromLatin1(entry->d_name));
            if (first.size() > FirstConflicts)
                first.erase(std::prev(first.end()));
        }
    }
    for (const auto &[position, name] : first)
        folder.firstConflicts.append(name);
}

void PlanChecks::hashListing(FolderPlan &folder, int folderNumber, DIR *dir, const Template &name)
{
    NameHashSet existing;
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            existing.insert(NameHashSet::hash(entry->d_name, std::strlen(entry->d_name)));
    }
    QString text;
    QByteArray native;
    const auto [firstRow, endRow] = m_plan.files.rowsIn(folderNumber);
    const qint64 base = firstRow < endRow ? m_plan.files.positionOf(folderNumber, firstRow) : 0;
    for (qint64 i = 0; i < endRow - firstRow && !existing.isEmpty(); ++i) {
        const FileContext context = m_plan.contextAt(base + i);
        native.resize(0);
        const bool ascii = name.renderAscii(context, native);
        if (!ascii) {
            name.render(context, text);
            native = text.toUtf8();
        }
        StatBuffer info{};
        if (existing.mayContain(NameHashSet::hash(native.constData(), size_t(native.size()))) &&
            ::fstatat(::dirfd(dir), native.constData(), &info, AT_SYMLINK_NOFOLLOW) == 0) {
            folder.folderConflicts += S_ISDIR(info.st_mode) ? 1 : 0;
            if (++folder.conflicts <= qint64(FirstConflicts))
                folder.firstConflicts.append(ascii ? QString::fromLatin1(native) : text);
        }
        if ((i & 0xffff) == 0 && cancelled())
            break;
    }
}

} // namespace Quire
