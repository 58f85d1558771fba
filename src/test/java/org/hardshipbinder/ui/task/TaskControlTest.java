package org.hardshipbinder.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskControlTest {

    @Test
    void aPausedTaskWaitsAtItsCheckpointUntilResumed() throws Exception {
        TaskControl control = new TaskControl();
        control.pause();
        CountDownLatch passed = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            control.checkpoint();
            passed.countDown();
        });
        worker.start();
        assertThat(passed.await(200, TimeUnit.MILLISECONDS)).isFalse();
        control.resume();
        assertThat(passed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCancelledTaskStopsAtItsNextCheckpointEvenWhilePaused() {
        TaskControl control = new TaskControl();
        control.pause();
        control.cancel();
        assertThatThrownBy(control::checkpoint).isInstanceOf(CancellationException.class);
    }

    @Test
    void theStatusBarFollowsATask() {
        Activity activity = new Activity(org.hardshipbinder.ui.testing.Sync.english());
        assertThat(activity.messageProperty().get()).isEqualTo("Ready");
        activity.start(Phrase.of("ui.documents.importStarting"));
        activity.progress(1, 4, Phrase.of("ui.ocr.progress", 1, 4));
        assertThat(activity.progressProperty().get()).isEqualTo(0.25);
        activity.togglePause();
        assertThat(activity.pausedProperty().get()).isTrue();
        activity.togglePause();
        activity.finish(Phrase.of("ui.task.cancelled"));
        assertThat(activity.runningProperty().get()).isFalse();
        assertThat(activity.messageProperty().get()).isEqualTo(org.hardshipbinder.ui.testing.Sync.english().get("ui.task.cancelled"));
    }
}
