#pragma once

#include "ui/previewcalculator.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Quire {

/**
 * Shows a plan: file count, total size, first and last names, conflicts, every problem, and one
 * chosen file's content as text and as its first bytes in hex (so the BOM and encoding are visible).
 */
class PreviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setPlan(const PlanPtr &plan);
    [[nodiscard]] PlanPtr plan() const;
    void setBusy(bool busy);

    /** "EF BB BF 49 6E …" in rows of 16 with offsets; at most maxBytes bytes. */
    static QString hexDump(const QByteArray &bytes, int maxBytes);

private:
    void showSummary();
    void showProblems();
    void showFile();

    PlanPtr m_plan;
    QLabel *m_status = nullptr;
    QLabel *m_first = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_conflicts = nullptr;
    QListWidget *m_problems = nullptr;
    QSpinBox *m_fileNumber = nullptr;
    QLabel *m_fileName = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_hex = nullptr;
    bool m_busy = false;
};

} // namespace Quire
