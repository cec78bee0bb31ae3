#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace Quire {

/**
 * Runs work() on pool and calls done(result) on context's thread once it is finished: one
 * QFutureWatcher per call, owned by context, so done() never runs after context is gone. Whoever owns
 * pool waits for it (QThreadPool::waitForDone) before the data work() uses goes away. No nested event
 * loop, no blocking wait.
 */
template <typename Work, typename Done>
void runAsync(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace Quire
