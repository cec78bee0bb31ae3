#include "cli/problemwording.h"

#include "core/base/translations.h"

namespace Quire {

namespace {

// The sentences keep the planner's and the CSV reader's translation contexts: they are the very
// sentences quire-cli printed before the core stopped naming flags, so their translations still apply.

QString encodingText(PlanProblem::Kind kind, const QStringList &a)
{
    switch (kind) {
    case PlanProblem::Kind::UnknownEncoding:
        return trCore("Quire::Planner", "unknown encoding \"%1\" (quire-cli --list-encodings shows "
                                        "every encoding available)")
            .arg(a.value(0));
    case PlanProblem::Kind::ContentFileInvalid:
        return trCore("Quire::Planner", "content file %1 is not valid %2: bad byte sequence at byte offset %3 "
                                        "(state its encoding with --content-encoding)")
            .arg(a.value(0), a.value(1))
            .arg(a.value(2));
    case PlanProblem::Kind::RowsEncodingUnknown:
        return trCore("Quire::Csv", "rows file encoding \"%1\" is unknown (quire-cli "
                                    "--list-encodings shows every encoding)")
            .arg(a.value(0));
    case PlanProblem::Kind::RowsNotDecodable:
        return trCore("Quire::Csv", "rows file %1 is not valid %2: bad bytes at line %3 (byte "
                                    "offset %4); state its encoding with --rows-encoding")
            .arg(a.value(0), a.value(1))
            .arg(a.value(2))
            .arg(a.value(3));
    case PlanProblem::Kind::RowsNotUtf8:
        return trCore("Quire::Csv", "rows file %1 is not valid UTF-8: bad bytes at line %2 (byte offset %3); "
                                    "state its encoding with --rows-encoding, e.g. windows-1252")
            .arg(a.value(0))
            .arg(a.value(1))
            .arg(a.value(2));
    default:
        return {};
    }
}

QString contentText(PlanProblem::Kind kind, const QStringList &a)
{
    switch (kind) {
    case PlanProblem::Kind::ContentModesConflict:
        return trCore("Quire::Planner", "choose one content mode: --size, --random-bytes, --copy-from and "
                                        "--sparse exclude each other");
    case PlanProblem::Kind::ContentFileWithGenerator:
        return trCore("Quire::Planner", "--content-file gives a template, which --random-bytes, "
                                        "--copy-from and --sparse do not write: keep one of them");
    case PlanProblem::Kind::FillWithoutText:
        return trCore("Quire::Planner", "the content template renders no text, so there is nothing to "
                                        "repeat up to --size %1: give a content template")
            .arg(a.value(0));
    default:
        return {};
    }
}

QString otherText(PlanProblem::Kind kind, const QStringList &a)
{
    switch (kind) {
    case PlanProblem::Kind::NoFolder:
        return trCore("Quire::Planner", "no target folder: add at least one folder (--folder DIR)");
    case PlanProblem::Kind::ShardClock:
        return trCore("Quire::Planner", "the templates use {date} or {time}, and shards started at different times "
                                        "render different values: fix the start with --run-time, e.g. --run-time %1")
            .arg(a.value(0));
    case PlanProblem::Kind::NameStartsWithSlash:
        return trCore("Quire::Planner", "the name template \"%1\" starts with '/': names are relative to the target "
                                        "folder (remove the leading '/', or choose the folder with --folder)")
            .arg(a.value(0));
    case PlanProblem::Kind::FilesExist:
        return trCore("Quire::Planner", "%1 of the files already exist in %2 (first: %3)")
                   .arg(a.value(0), a.value(1), a.value(2)) +
               trCore("Quire::Planner", ": nothing is overwritten; choose --if-exists skip, "
                                        "overwrite or rename, or another folder");
    case PlanProblem::Kind::RowsDelimiterAmbiguous:
        return trCore("Quire::Csv", "rows file %1: the delimiter is ambiguous, line 1 has %2: give "
                                    "--delimiter , or ; or tab")
            .arg(a.value(0), a.value(1));
    default:
        return {};
    }
}

/** The kinds whose fix is a flag, and how many values their sentence needs. */
int flagArgs(PlanProblem::Kind kind)
{
    using K = PlanProblem::Kind;
    switch (kind) {
    case K::NoFolder:
    case K::ContentModesConflict:
    case K::ContentFileWithGenerator:
        return 0;
    case K::ShardClock:
    case K::UnknownEncoding:
    case K::FillWithoutText:
    case K::NameStartsWithSlash:
    case K::RowsEncodingUnknown:
        return 1;
    case K::RowsDelimiterAmbiguous:
        return 2;
    case K::ContentFileInvalid:
    case K::FilesExist:
    case K::RowsNotUtf8:
        return 3;
    case K::RowsNotDecodable:
        return 4;
    case K::ZeroStep:
    case K::EmptyRange:
    case K::TooManyFiles:
    case K::ShardTooLarge:
    case K::EmptyFolderPath:
    case K::FolderTwice:
    case K::SameFolder:
    case K::FolderUnusable:
    case K::FolderUnlistable:
    case K::UnnameableText:
    case K::EncodingWithoutByteOrder:
    case K::EncodingStateful:
    case K::EncodingNotAscii:
    case K::BomUnsupported:
    case K::ParallelOutOfRange:
    case K::Unencodable:
    case K::ContentFileUnreadable:
    case K::ContentFileEncodingUnknown:
    case K::NegativeSize:
    case K::TotalTooLarge:
    case K::CopySourcePath:
    case K::CopySourceUnreadable:
    case K::CopySourceNotFile:
    case K::TemplateSyntax:
    case K::PlaceholderValue:
    case K::ExpressionValue:
    case K::EmptyName:
    case K::NameEscapes:
    case K::NameBadPart:
    case K::RandomNames:
    case K::NamesCollide:
    case K::NameTooLong:
    case K::PathTooLong:
    case K::BlockedByFile:
    case K::WindowsReservedName:
    case K::WindowsCharacter:
    case K::WindowsTrailing:
    case K::FilesSkipped:
    case K::FilesReplaced:
    case K::FolderConflicts:
    case K::FilesRenamed:
    case K::RowsFile:
    case K::UnknownDelimiter:
    case K::RowsFromStdin:
    case K::RowsChanged:
    case K::ColumnShadowsPlaceholder:
    case K::RowName:
    case K::MoreRowProblems:
    case K::RowValueNotEncodable:
    case K::Cancelled:
        break; // the core's sentence names no flag: the command line says it as it is
    }
    return -1;
}

} // namespace

QString cliProblemText(const PlanProblem &problem)
{
    const int needed = flagArgs(problem.kind);
    // A problem made without its values (not by the planner) is shown as the core worded it.
    if (needed < 0 || problem.args.size() < needed)
        return problem.message;
    for (const auto wording : {&encodingText, &contentText, &otherText}) {
        if (QString text = wording(problem.kind, problem.args); !text.isEmpty())
            return text;
    }
    return problem.message;
}

} // namespace Quire
