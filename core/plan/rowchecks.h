#pragma once

#include "core/plan/plan.h"

#include <atomic>

namespace Quire {

class TextEncoder;

/**
 * The plan's part for CSV rows (JobSpec::rows): reading the file, and the checks that must look at
 * every row because values, not the template's structure, make the names. Every problem names the
 * physical line of the CSV file; at most about 20 are listed, then "and N more".
 */
class RowChecks
{
public:
    RowChecks(Plan &plan, const std::atomic_bool *cancel);

    /** Reads plan.spec.rows.file into plan.rows; recorded: a run's plan again (resume), which refuses a
     *  changed file. Returns the number of data rows, 0 after an error. */
    qint64 load(bool recorded);
    /** Warns when a column is hidden by a built-in placeholder the templates use ({index}, {name}...). */
    void warnHiddenColumns();
    /** Per row: values with '/', NUL or a line break, empty, "." or ".." names, names over 255 bytes,
     *  and two rows giving one name (both lines); then checkEncodedValues(). */
    void checkNames();

    /** Bytes a column value takes in the written file (encoded), for the plan's total size. */
    static qint64 valueBytes(const Plan &plan, qint64 row, int column, TextEncoder &encoder, bool utf8);

private:
    /** kind: most of them are about one row's name. */
    void problem(const QString &message, PlanProblem::Kind kind = PlanProblem::Kind::RowName);
    /**
     * Per row, only when the content's encoding is not a Unicode one: column values the content holds
     * (directly or through {name}) with a character the encoding cannot represent, by line and column.
     * (Names are always UTF-8 bytes: no encoding limits them.)
     */
    void checkEncodedValues();
    void checkFolderNames(int folder);
    bool checkValues(const Template &name, qint64 row);
    bool checkEncodedRow(qint64 row, const QList<const Template::Segment *> &columns, TextEncoder &encoder,
                         QByteArray &scratch);
    void findCollisions(const Template &name, qint64 base, std::vector<std::pair<quint64, quint32>> &hashes);
    [[nodiscard]] bool listing() const; ///< fewer problems than are listed: worth counting lines for

    Plan &m_plan;
    const std::atomic_bool *m_cancel;
    int m_problems = 0;
};

} // namespace Quire
