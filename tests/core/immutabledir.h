#pragma once

#include <QByteArray>
#include <QString>

/**
 * Sets the immutable attribute on a folder for its lifetime: the one way to make a folder unwritable
 * for root (chmod 0555 does not stop root) on file systems that support it (ext4, xfs, btrfs, tmpfs 6.0+).
 */
class ImmutableDir
{
public:
    explicit ImmutableDir(const QString &path);
    ~ImmutableDir();
    Q_DISABLE_COPY_MOVE(ImmutableDir)

    [[nodiscard]] bool isSet() const;
    [[nodiscard]] QString error() const; ///< why it could not be set

private:
    QByteArray m_path;
    QString m_error;
    bool m_set = false;
};
