#include "ui/problemwording.h"

namespace Quire {

namespace {

/** A control's label as the window shows it, in the window's language: no mnemonic '&', no ':' after it. */
QString control(const char *context, const char *label)
{
    QString text = QCoreApplication::translate(context, label);
    text.remove(u'&');
    if (text.endsWith(u':'))
        text.chop(1);
    return u'"' + text + u'"';
}

/** An item of a combo box without its explanation: "Keep both: name (2).ext" reads "Keep both". */
QString item(const char *context, const char *label)
{
    const QString text = QCoreApplication::translate(context, label);
    return u'"' + text.left(text.indexOf(u':')) + u'"';
}

QString addFolder()
{
    return control("Quire::FolderListWidget", "&Add folder…");
}

QString csvEncoding()
{
    return control("Quire::CsvSourceFields", "Encodin&g:");
}

} // namespace

QString WindowProblemWording::text(const PlanProblem &problem)
{
    const QString text = reworded(problem.kind, problem.args);
    return text.isEmpty() ? problem.message : text;
}

bool WindowProblemWording::isReworded(PlanProblem::Kind kind)
{
    return !reworded(kind, QStringList(4, QStringLiteral("1"))).isEmpty();
}

QString WindowProblemWording::reworded(PlanProblem::Kind kind, const QStringList &args)
{
    for (const auto wording : {&folderText, &encodingText, &contentText, &rowsText}) {
        if (QString text = wording(kind, args); !text.isEmpty())
            return text;
    }
    return {};
}

QString WindowProblemWording::folderText(PlanProblem::Kind kind, const QStringList &a)
{
    if (kind == PlanProblem::Kind::NoFolder)
        return tr("no target folder: add at least one folder with %1").arg(addFolder());
    if (kind == PlanProblem::Kind::NameStartsWithSlash && a.size() >= 1)
        return tr("the name template \"%1\" starts with '/': names are relative to the target folder (remove the "
                  "leading '/', or add that folder with %2)")
            .arg(a[0], addFolder());
    if (kind == PlanProblem::Kind::FilesExist && a.size() >= 3)
        return tr("%1 of the files already exist in %2 (first: %3): nothing is overwritten; choose %4, %5 or %6 "
                  "under %7, or another folder")
            .arg(a[0], a[1], a[2], item("Quire::JobForm", "Skip it"), item("Quire::JobForm", "Overwrite it"),
                 item("Quire::JobForm", "Keep both: name (2).ext"), control("Quire::JobForm", "If a file exists"));
    if (kind == PlanProblem::Kind::ShardClock && a.size() >= 1)
        return tr("the templates use {date} or {time}, and shards started at different times render different "
                  "values: fix the start with the job file's \"runTime\", e.g. %1")
            .arg(a[0]);
    return {};
}

QString WindowProblemWording::encodingText(PlanProblem::Kind kind, const QStringList &a)
{
    if (kind == PlanProblem::Kind::UnknownEncoding && a.size() >= 1)
        return tr("unknown encoding \"%1\": choose one in the %2 list")
            .arg(a[0], control("Quire::JobForm", "Enco&ding:"));
    if (kind == PlanProblem::Kind::ContentFileInvalid && a.size() >= 3)
        return tr("content file %1 is not valid %2: bad byte sequence at byte offset %3 (state its encoding as the "
                  "job file's \"contentFileEncoding\")")
            .arg(a[0], a[1], a[2]);
    return {};
}

QString WindowProblemWording::contentText(PlanProblem::Kind kind, const QStringList &a)
{
    const QString write = control("Quire::ContentModeFields", "&Write:");
    if (kind == PlanProblem::Kind::ContentModesConflict)
        return tr("the job file gives more than one of \"size\", \"random\", \"copyFrom\" and \"sparse\": choose "
                  "one under %1")
            .arg(write);
    if (kind == PlanProblem::Kind::ContentFileWithGenerator)
        return tr("the job file's \"contentFile\" gives a template, which random bytes, a copy of a file and sparse "
                  "files do not write: choose %1 under %2")
            .arg(item("Quire::ContentModeFields", "The template"), write);
    if (kind == PlanProblem::Kind::FillWithoutText && a.size() >= 1)
        return tr("the content template renders no text, so there is nothing to repeat up to the %1 of %2 bytes: "
                  "fill in the %3")
            .arg(control("Quire::ContentModeFields", "Si&ze:"), a[0], control("Quire::JobForm", "&Content template:"));
    return {};
}

QString WindowProblemWording::rowsText(PlanProblem::Kind kind, const QStringList &a)
{
    if (kind == PlanProblem::Kind::RowsEncodingUnknown && a.size() >= 1)
        return tr("rows file encoding \"%1\" is unknown: choose one in the %2 list of the CSV file")
            .arg(a[0], csvEncoding());
    if (kind == PlanProblem::Kind::RowsNotDecodable && a.size() >= 4)
        return tr("rows file %1 is not valid %2: bad bytes at line %3 (byte offset %4); choose its %5")
            .arg(a[0], a[1], a[2], a[3], csvEncoding());
    if (kind == PlanProblem::Kind::RowsNotUtf8 && a.size() >= 3)
        return tr("rows file %1 is not valid UTF-8: bad bytes at line %2 (byte offset %3); choose its %4, e.g. "
                  "windows-1252")
            .arg(a[0], a[1], a[2], csvEncoding());
    if (kind == PlanProblem::Kind::RowsDelimiterAmbiguous && a.size() >= 2)
        return tr("rows file %1: the delimiter is ambiguous, line 1 has %2: choose the %3")
            .arg(a[0], a[1], control("Quire::CsvSourceFields", "&Delimiter:"));
    return {};
}

} // namespace Quire
