#pragma once

#include "core/job/jobspec.h"
#include "core/plan/plan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Quire {

using PlanPtr = std::shared_ptr<const Plan>;

/**
 * Plans a JobSpec off the GUI thread for the live preview: requests are debounced, a newer request
 * abandons the stale computation (Planner's cancel flag), and stale results are dropped. At most one
 * plan is computed at a time, so typing into a 10,000,000-file range never piles up work.
 */
class PreviewCalculator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewCalculator)

public:
    explicit PreviewCalculator(QObject *parent = nullptr);
    ~PreviewCalculator() override; ///< abandons the current plan and waits for it (it stops promptly)

    /** Schedules a plan of spec after the debounce delay; replaces any earlier request. */
    void request(const JobSpec &spec);
    void setDelay(int milliseconds);
    /** True from request() until the matching planReady(). */
    [[nodiscard]] bool isBusy() const;
    /** The plan of the latest request, once ready; null before. */
    [[nodiscard]] PlanPtr latest() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    void planReady(const Quire::PlanPtr &plan);

private:
    void launch();
    void onFinished();
    void setBusy(bool busy);

    QThreadPool m_pool;
    QTimer m_debounce;
    QFutureWatcher<PlanPtr> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    JobSpec m_requested;
    quint64 m_requestedGeneration = 0;
    quint64 m_runningGeneration = 0;
    PlanPtr m_latest;
    bool m_busy = false;
};

} // namespace Quire
