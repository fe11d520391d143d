package dev.cvmatch.demo.analysis;

import dev.cvmatch.demo.DemoProperties;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.InProcessAnalysisQueue;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The in-process queue keeps its messages in memory: analyses that were queued or being processed when the
 * application stopped would wait forever after a restart. At start, this re-enqueues them (the worker is idempotent
 * under redelivery, so an analysis whose message survived elsewhere is not analysed twice). A durable queue (Azure
 * Queue Storage) keeps its messages, so nothing is done then.
 */
@Component
public class QueueRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(QueueRecovery.class);

    private final AnalysisQueue queue;
    private final AnalysisStore store;
    private final JdbcTemplate jdbc;
    private final DemoProperties properties;

    /**
     * Creates the recovery.
     *
     * @param queue the queue
     * @param store the analyses
     * @param jdbc where the users are listed
     * @param properties the settings
     */
    public QueueRecovery(AnalysisQueue queue, AnalysisStore store, JdbcTemplate jdbc, DemoProperties properties) {
        this.queue = queue;
        this.store = store;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Re-enqueues at start. */
    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        if (queue instanceof InProcessAnalysisQueue) {
            int n = requeue();
            if (n > 0) {
                LOG.info("re-enqueued {} analyses left unfinished by the previous run", n);
            }
        }
    }

    /**
     * Sends a message for every queued or processing analysis of every user.
     *
     * @return how many were sent
     */
    public int requeue() {
        int sent = 0;
        List<String> users = jdbc.queryForList("SELECT id FROM app_user", String.class);
        for (String user : users) {
            try (Stream<Analysis> all = store.stream(user, 200)) {
                for (Analysis a : (Iterable<Analysis>) all.limit(properties.history().maxScan())::iterator) {
                    if (a.status() == AnalysisStatus.QUEUED || a.status() == AnalysisStatus.PROCESSING) {
                        queue.send(new AnalysisMessage(a.owner(), a.id()));
                        sent++;
                    }
                }
            }
        }
        return sent;
    }
}
