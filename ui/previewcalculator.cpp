#include "ui/previewcalculator.h"

#include "core/plan/planner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Quire {

PreviewCalculator::PreviewCalculator(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewCalculator::launch);
    connect(&m_watcher, &QFutureWatcher<PlanPtr>::finished, this, &PreviewCalculator::onFinished);
}

PreviewCalculator::~PreviewCalculator()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void PreviewCalculator::request(const JobSpec &spec)
{
    m_requested = spec;
    ++m_requestedGeneration;
    if (m_cancel)
        m_cancel->store(true); // the running plan is stale now
    setBusy(true);
    m_debounce.start();
}

void PreviewCalculator::setDelay(int milliseconds)
{
    m_debounce.setInterval(milliseconds);
}

bool PreviewCalculator::isBusy() const
{
    return m_busy;
}

PlanPtr PreviewCalculator::latest() const
{
    return m_latest;
}

void PreviewCalculator::launch()
{
    if (m_watcher.isRunning())
        return; // onFinished() launches the newest request once the stale one has stopped
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runningGeneration = m_requestedGeneration;
    const JobSpec spec = m_requested;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [spec, cancel]() -> PlanPtr {
        return std::make_shared<const Plan>(Planner::plan(spec, cancel.get()));
    }));
}

void PreviewCalculator::onFinished()
{
    const PlanPtr plan = m_watcher.future().result();
    if (m_runningGeneration != m_requestedGeneration) {
        if (!m_debounce.isActive())
            launch();
        return; // stale: dropped
    }
    m_cancel.reset();
    m_latest = plan;
    setBusy(false);
    Q_EMIT planReady(plan);
}

void PreviewCalculator::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace Quire
