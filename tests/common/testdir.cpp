#include "tests/common/testdir.h"

#include "tests/common/testfiles.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace QuireTest {

TestDir::TestDir() = default;

TestDir::TestDir(const QString &templatePath)
    : QTemporaryDir(templatePath)
{
}

bool TestDir::createFile(const QString &name, const QByteArray &content) const
{
    const QString path = filePath(name);
    return QDir().mkpath(QFileInfo(path).path()) && writeFile(path, content);
}

bool TestDir::createFiles(const QStringList &names, const QByteArray &content) const
{
    return std::all_of(names.cbegin(), names.cend(), [&](const QString &name) { return createFile(name, content); });
}

bool TestDir::createDir(const QString &name) const
{
    return QDir().mkpath(filePath(name));
}

QByteArray TestDir::read(const QString &name) const
{
    return readFile(filePath(name));
}

QStringList TestDir::entries(const QString &name) const
{
    return entryNames(name.isEmpty() ? path() : filePath(name));
}

QMap<QString, QByteArray> TestDir::snapshot() const
{
    return QuireTest::snapshot(path());
}

} // namespace QuireTest
