package vn.bentre.papi.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Officials submitting at the same time: a pool of threads completing report tasks as fast as they can. */
final class Submissions {

    record Result(List<Double> millis, int failed) {
    }

    private Submissions() {
    }

    static Result run(ProcessEngine engine, ReportingModel model, List<Task> tasks, int threads) throws InterruptedException {
        var queue = new ConcurrentLinkedQueue<>(tasks);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                start.await();
                for (Task task = queue.poll(); task != null; task = queue.poll()) {
                    long began = System.nanoTime();
                    try {
                        engine.getTaskService().complete(task.getId(), model.submission(task));
                        millis.add((System.nanoTime() - began) / 1_000_000.0);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Submissions did not finish in 30 minutes");
        }
        return new Result(List.copyOf(millis), failed.get());
    }
}
