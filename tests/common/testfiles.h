#pragma once

#include <QByteArray>
#include <QDir>
#include <QMap>
#include <QString>
#include <QStringList>

// Reading, writing, listing and snapshotting files: computed here, independently of the code under test.
namespace QuireTest {

/** The bytes of the file at path, or "<unreadable: path>" (never equal to any expected content). */
[[nodiscard]] QByteArray readFile(const QString &path);
/** Creates or truncates the file at path and writes exactly bytes; false if any step fails. */
[[nodiscard]] bool writeFile(const QString &path, const QByteArray &bytes);
/**
 * The names of the entries of kinds in dir (hidden and system ones included, no "." or ".."), sorted by
 * name; no recursion.
 */
[[nodiscard]] QStringList entryNames(const QString &dir, QDir::Filters kinds = QDir::AllEntries);
/**
 * Recursive listing of root, relative path → permissions, type, size and content hash of every entry,
 * hidden ones included: two snapshots are equal only if nothing below root changed.
 */
[[nodiscard]] QMap<QString, QByteArray> snapshot(const QString &root);
/** Directory for heavy file traffic: /dev/shm if usable, else the temp path. Ends without '/'. */
[[nodiscard]] QString fastTempBase();
/** The bytes spelled by hex digits ("efbbbf"). */
[[nodiscard]] QByteArray hex(const char *digits);
/** Resident memory of this process now (VmRSS from /proc/self/status) in KiB, or -1. */
[[nodiscard]] qint64 residentKiB();

} // namespace QuireTest
