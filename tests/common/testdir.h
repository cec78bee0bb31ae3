#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

namespace QuireTest {

/**
 * A fresh temporary folder for one test, removed with it, that creates and reads files by names relative
 * to it (after KDE Dolphin's TestDir). Every path-taking QTemporaryDir call still works.
 */
class TestDir : public QTemporaryDir
{
public:
    /** A new folder in QDir::tempPath(). */
    TestDir();
    /** A new folder from a QTemporaryDir template, e.g. fastTempBase() + "/quire-XXXXXX". */
    explicit TestDir(const QString &templatePath);

    /** Writes exactly content to name (relative to path(), parents created); false if any step fails. */
    [[nodiscard]] bool createFile(const QString &name, const QByteArray &content = {}) const;
    /** createFile() with the same content for every name; false if one fails. */
    [[nodiscard]] bool createFiles(const QStringList &names, const QByteArray &content = {}) const;
    /** Creates the folder name (and its parents) below path(); false if it cannot. */
    [[nodiscard]] bool createDir(const QString &name) const;
    /** readFile() of name below path(). */
    [[nodiscard]] QByteArray read(const QString &name) const;
    /** entryNames() of the folder name below path() (path() itself when empty). */
    [[nodiscard]] QStringList entries(const QString &name = {}) const;
    /** snapshot() of path(). */
    [[nodiscard]] QMap<QString, QByteArray> snapshot() const;
};

} // namespace QuireTest
