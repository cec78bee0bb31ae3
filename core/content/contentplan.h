#pragma once

#include "core/content/contentsource.h"

#include <QByteArray>

#include <memory>

namespace Quire {

struct Plan;

/**
 * The plan's part for content generators: sets plan.contentMode and plan.fileBytes and reports, as
 * problems of field "content", options that conflict, a file to copy from that is no readable regular
 * file, and a template that renders nothing to fill a size with.
 */
void planContentGenerators(Plan &plan);
/** Once the template sizes are known: the total bytes of the modes that fix every file's size. */
void computeGeneratorSizes(Plan &plan);

/**
 * The source of one file's bytes. rendered is the file's rendered template without BOM (Fill) and bom
 * the byte order mark to start with; copyFd the open file to copy from (Copy). Both must outlive it.
 */
std::unique_ptr<ContentSource> makeContentSource(const Plan &plan, qint64 position, const QByteArray &bom,
                                                 const QByteArray &rendered, int copyFd);

/** Opens the file to copy from for reading (once per run); -1 and errno on failure. */
int openCopySource(const Plan &plan);

} // namespace Quire
