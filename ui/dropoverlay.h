#pragma once

#include <QWidget>

namespace Quire {

/** The visible drop highlight laid over the whole window while folders are dragged over it. */
class DropOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DropOverlay)

public:
    explicit DropOverlay(QWidget *parent);

    void setText(const QString &text);
    [[nodiscard]] QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace Quire
