#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Quire {

/**
 * The bar above the form that says the last run was interrupted and offers Resume, Show history and
 * Dismiss. Non-modal; its colours come from the palette (a highlighted frame), never a style sheet.
 */
class ResumeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeBar)

public:
    explicit ResumeBar(QWidget *parent = nullptr);

    /** Shows the bar for the run id with message. */
    void offer(const QString &id, const QString &message);
    [[nodiscard]] QString runId() const;
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void resumeRequested(const QString &id);
    void historyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QString m_id;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace Quire
