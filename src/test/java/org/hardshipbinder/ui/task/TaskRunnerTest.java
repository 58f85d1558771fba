package org.hardshipbinder.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Reports, deliveries and the result reach the UI executor, in the order the work made them. */
class TaskRunnerTest {

    @Test
    void deliveriesLandOnTheUiExecutorBetweenReportsAndBeforeTheResult() {
        List<Runnable> uiQueue = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Executor direct = Runnable::run;
        TaskRunner tasks = new TaskRunner(direct, uiQueue::add, e -> { });

        tasks.run(progress -> {
            progress.report(1, 2, "first");
            progress.deliver(() -> seen.add("row 1"));
            progress.report(2, 2, "second");
            progress.deliver(() -> seen.add("row 2"));
            assertThat(seen).as("nothing runs on the worker's thread").isEmpty();
            return "done";
        }, new TaskRunner.Callbacks<String>() {
            @Override
            public void progress(long done, long total, String message) {
                seen.add(message);
            }

            @Override
            public void succeeded(String result) {
                seen.add(result);
            }

            @Override
            public void failed(Throwable error) {
                seen.add("failed");
            }
        });

        assertThat(seen).isEmpty();
        uiQueue.forEach(Runnable::run);
        assertThat(seen).containsExactly("first", "row 1", "second", "row 2", "done");
    }
}
