#pragma once

#include "core/plan/plan.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Quire {

/** What --dry-run prints: the plan in words, every planned path (--list), or one JSON document (--format json). */
class PlanPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(Quire::PlanPrinter)

public:
    /** How many names the JSON document and the text show from the start of the plan. */
    static constexpr int FirstNames = 10;

    /** "Plan: 10 files in 1 folder, 110 bytes", the folders, first and last names, the settings. */
    static void printText(const Plan &plan, QTextStream &out);
    /**
     * Every planned path, one per line, streamed (millions of names never make one string). Stops early
     * when out cannot be written (a closed pipe: `| head`); false then.
     */
    static bool printList(const Plan &plan, QTextStream &out);
    /**
     * The plan as one JSON document: valid, counts (files, folders, bytes, conflicts), the settings, the
     * folders, the first names and the last, errors and warnings; with withPaths every path, streamed.
     */
    static void printJson(const Plan &plan, bool withPaths, QTextStream &out);
};

} // namespace Quire
