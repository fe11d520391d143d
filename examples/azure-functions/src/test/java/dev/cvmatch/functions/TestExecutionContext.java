package dev.cvmatch.functions;

import com.microsoft.azure.functions.ExecutionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The {@link ExecutionContext} the Java worker would pass, with the invocation's log records kept for asserts. */
final class TestExecutionContext implements ExecutionContext {

    private final String invocationId = UUID.randomUUID().toString();
    private final Logger logger = Logger.getAnonymousLogger();
    private final List<LogRecord> records = new ArrayList<>();

    TestExecutionContext() {
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Override
    public Logger getLogger() {
        return logger;
    }

    @Override
    public String getInvocationId() {
        return invocationId;
    }

    @Override
    public String getFunctionName() {
        return AnalyseCvFunction.NAME;
    }

    /** The messages logged during the invocation. */
    List<String> messages() {
        synchronized (records) {
            return records.stream().map(LogRecord::getMessage).toList();
        }
    }
}
